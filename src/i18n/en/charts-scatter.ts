import type { ScatterStrings } from '../types/charts-scatter';
import { strings as chart } from './charts';

export const strings: ScatterStrings = {
  ...chart,
  scatterSubtitle: (parent, year, shown, missing, level) =>
    `${parent}, ${year}: ${chart.unitCount(shown, level)}${missing ? ` (${missing} more without data not shown)` : ''}`,
};
