import type { MapFigureStrings } from '../types/embed-map';
import { CHILD_LEVELS } from './coverage';

export const strings: MapFigureStrings = {
  mapTitle: (metric, region, year) => `${metric}: ${region}, ${year}`,
  mapSubtitle: (count, level) => `${count} ${level}`,
  levels: {
    province: CHILD_LEVELS.province[1],
    prefecture: CHILD_LEVELS.prefecture[1],
    county: CHILD_LEVELS.county[1],
  },
};
