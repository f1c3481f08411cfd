// The words only the trend chart shows, in both languages, added to every
// chart's own (charts.ts): an embed loads the strings of its chart only.

import type { Locale } from '../format';
import { chartStrings, type ChartStrings } from './charts';

export interface TrendStrings extends ChartStrings {
  nationalReported: string;
  /** The bulletin series where its full name does not fit (still says real). */
  nationalReportedShort: string;
  trendSubtitle: string;
}

export const trendStrings: Record<Locale, TrendStrings> = {
  zh: {
    ...chartStrings.zh,
    nationalReported: '全国公报（真实）',
    nationalReportedShort: '公报（真实）',
    trendSubtitle: '虚线为教育部统计公报公布的全国真实数据，只画公报有的年份',
  },
  en: {
    ...chartStrings.en,
    nationalReported: 'National bulletin (real)',
    nationalReportedShort: 'Bulletin (real)',
    trendSubtitle:
      'Dashed: the national figures of the Ministry of Education bulletins (real data, their years only)',
  },
};
