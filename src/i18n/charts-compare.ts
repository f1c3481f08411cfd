// The words only the comparison chart shows, in both languages, added to every
// chart's own (charts.ts): an embed loads the strings of its chart only.

import type { Locale } from '../format';
import { chartStrings, type ChartStrings } from './charts';

export interface CompareStrings extends ChartStrings {
  compareSubtitle: (year: string) => string;
  ratesSection: string;
  cvSection: string;
  targetTickNote: string;
}

export const compareStrings: Record<Locale, CompareStrings> = {
  zh: {
    ...chartStrings.zh,
    compareSubtitle: (year) => `${year}年，各项指标`,
    ratesSection: '比例指标',
    cvSection: '差异系数（越低越均衡）',
    targetTickNote: '紫色竖线：目标或达标线',
  },
  en: {
    ...chartStrings.en,
    compareSubtitle: (year) => `All metrics, ${year}`,
    ratesSection: 'Rates',
    cvSection: 'Balance coefficients (lower is more balanced)',
    targetTickNote: 'Purple tick: target or threshold',
  },
};
