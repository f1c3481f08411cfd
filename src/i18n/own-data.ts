// Strings of the "Use your own data" dialog. Loaded with the dialog (its own
// chunk), never with the atlas entry.
// Each locale's table is src/i18n/<locale>/own-data.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/own-data';
import type { OwnDataStrings } from './types/own-data';
import { strings as zh } from './zh/own-data';

export type { OwnDataStrings, OwnDataRole, UnplacedWhy } from './types/own-data';

export const ownDataStrings: Readonly<Record<Locale, OwnDataStrings>> = { zh, en };
