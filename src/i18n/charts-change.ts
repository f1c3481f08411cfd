// The words only the change chart shows, added to every chart's own
// (charts.ts): an embed loads the strings of its chart only.
// Each locale's table is src/i18n/<locale>/charts-change.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/charts-change';
import type { ChangeStrings } from './types/charts-change';
import { strings as zh } from './zh/charts-change';

export type { ChangeStrings, ChangeLegendKey } from './types/charts-change';

export const changeStrings: Record<Locale, ChangeStrings> = { zh, en };
