// The words only the comparison chart shows, added to every chart's own
// (charts.ts): an embed loads the strings of its chart only.
// Each locale's table is src/i18n/<locale>/charts-compare.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/charts-compare';
import type { CompareStrings } from './types/charts-compare';
import { strings as zh } from './zh/charts-compare';

export type { CompareStrings } from './types/charts-compare';

export const compareStrings: Record<Locale, CompareStrings> = { zh, en };
