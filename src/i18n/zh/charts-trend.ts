import type { TrendStrings } from '../types/charts-trend';
import { strings as chart } from './charts';

export const strings: TrendStrings = {
  ...chart,
  nationalReported: '全国公报（真实）',
  nationalReportedShort: '公报（真实）',
  trendSubtitle: '虚线为教育部统计公报公布的全国真实数据，只画公报有的年份',
};
