// The words only the scatter chart shows, added to every chart's own
// (charts.ts): an embed loads the strings of its chart only.
// Each locale's table is src/i18n/<locale>/charts-scatter.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/charts-scatter';
import type { ScatterStrings } from './types/charts-scatter';
import { strings as zh } from './zh/charts-scatter';

export type { ScatterStrings } from './types/charts-scatter';

export const scatterStrings: Record<Locale, ScatterStrings> = { zh, en };
