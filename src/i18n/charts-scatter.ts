// The words only the scatter chart shows, in both languages, added to every
// chart's own (charts.ts): an embed loads the strings of its chart only.

import type { Level } from '../contract';
import type { Locale } from '../format';
import { chartStrings, type ChartStrings } from './charts';

export interface ScatterStrings extends ChartStrings {
  scatterSubtitle: (
    parent: string,
    year: string,
    shown: number,
    missing: number,
    level?: Level,
  ) => string;
}

export const scatterStrings: Record<Locale, ScatterStrings> = {
  zh: {
    ...chartStrings.zh,
    scatterSubtitle: (parent, year, shown, missing, level) =>
      `${parent}，${year}年，${chartStrings.zh.unitCount(shown, level)}${missing ? `（另有${missing}个缺少数据未显示）` : ''}`,
  },
  en: {
    ...chartStrings.en,
    scatterSubtitle: (parent, year, shown, missing, level) =>
      `${parent}, ${year}: ${chartStrings.en.unitCount(shown, level)}${missing ? ` (${missing} more without data not shown)` : ''}`,
  },
};
