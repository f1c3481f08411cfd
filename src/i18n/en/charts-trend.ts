import type { TrendStrings } from '../types/charts-trend';
import { strings as chart } from './charts';

export const strings: TrendStrings = {
  ...chart,
  nationalReported: 'National bulletin (real)',
  nationalReportedShort: 'Bulletin (real)',
  trendSubtitle:
    'Dashed: the national figures of the Ministry of Education bulletins (real data, their years only)',
};
