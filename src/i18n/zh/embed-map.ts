import type { MapFigureStrings } from '../types/embed-map';
import { CHILD_LEVELS } from './coverage';

export const strings: MapFigureStrings = {
  mapTitle: (metric, region, year) => `${metric}：${region}，${year}年`,
  mapSubtitle: (count, level) => `共${count}个${level}`,
  levels: CHILD_LEVELS,
};
