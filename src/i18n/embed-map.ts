// The words of a map embed's figure: loaded with the map (map-figure.ts), so a
// chart embed does not carry them. The level names are coverage's.
// Each locale's table is src/i18n/<locale>/embed-map.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/embed-map';
import type { MapFigureStrings } from './types/embed-map';
import { strings as zh } from './zh/embed-map';

export type { MapFigureStrings } from './types/embed-map';

export const mapFigureStrings: Record<Locale, MapFigureStrings> = { zh, en };
