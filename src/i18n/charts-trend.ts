// The words only the trend chart shows, added to every chart's own
// (charts.ts): an embed loads the strings of its chart only.
// Each locale's table is src/i18n/<locale>/charts-trend.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/charts-trend';
import type { TrendStrings } from './types/charts-trend';
import { strings as zh } from './zh/charts-trend';

export type { TrendStrings } from './types/charts-trend';

export const trendStrings: Record<Locale, TrendStrings> = { zh, en };
