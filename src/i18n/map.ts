// Every string the map shows to people.
// Each locale's table is src/i18n/<locale>/map.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/map';
import type { MapStrings } from './types/map';
import { strings as zh } from './zh/map';

export type { MapStrings } from './types/map';

export const mapStrings: Record<Locale, MapStrings> = { zh, en };
