// Every string an embed shows when it draws (a map's title and subtitle are in
// embed-map.ts, loaded with the map; the messages about wrong attributes in
// embed-problems.ts, loaded only when there are some).
// Each locale's table is src/i18n/<locale>/embed.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/embed';
import type { EmbedStrings } from './types/embed';
import { strings as zh } from './zh/embed';

export type { EmbedStrings } from './types/embed';

export const embedStrings: Record<Locale, EmbedStrings> = { zh, en };
