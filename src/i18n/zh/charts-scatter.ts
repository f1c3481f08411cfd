import type { ScatterStrings } from '../types/charts-scatter';
import { strings as chart } from './charts';

export const strings: ScatterStrings = {
  ...chart,
  scatterSubtitle: (parent, year, shown, missing, level) =>
    `${parent}，${year}年，${chart.unitCount(shown, level)}${missing ? `（另有${missing}个缺少数据未显示）` : ''}`,
};
