// The strings every chart shows (its frame, the ranking's words); each other
// chart adds its own in charts-<chart>.ts. Numbers are formatted by
// src/format; here only words.
// Each locale's table is src/i18n/<locale>/charts.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/charts';
import type { ChartStrings } from './types/charts';
import { strings as zh } from './zh/charts';

export type { ChartStrings } from './types/charts';

export const chartStrings: Record<Locale, ChartStrings> = { zh, en };
