// The shape of one locale's table for one part of the UI: what only the
// comparison chart says, on top of every chart's words. Each locale fills it in
// src/i18n/<locale>/charts-compare.ts.

import type { ChartStrings } from './charts';

export interface CompareStrings extends ChartStrings {
  compareSubtitle: (year: string) => string;
  ratesSection: string;
  cvSection: string;
  targetTickNote: string;
}
