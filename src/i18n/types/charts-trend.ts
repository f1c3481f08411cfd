// The shape of one locale's table for one part of the UI: what only the trend
// chart says, on top of every chart's words. Each locale fills it in
// src/i18n/<locale>/charts-trend.ts.

import type { ChartStrings } from './charts';

export interface TrendStrings extends ChartStrings {
  nationalReported: string;
  /** The bulletin series where its full name does not fit (still says real). */
  nationalReportedShort: string;
  trendSubtitle: string;
}
