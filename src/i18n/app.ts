// Every string the atlas shell shows to people. Charts and the map keep
// their own (i18n/charts.ts, i18n/map.ts).
// Each locale's table is src/i18n/<locale>/app.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/app';
import type { AppStrings } from './types/app';
import { strings as zh } from './zh/app';

export type { AppStrings } from './types/app';

export const appStrings: Record<Locale, AppStrings> = { zh, en };
