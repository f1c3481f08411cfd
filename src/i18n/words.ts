// The words more than one part shows, one wording each. Each locale's words
// are src/i18n/<locale>/words.ts; this module puts them side by side.

import type { Locale } from '../format/locale';
import { strings as en } from './en/words';
import type { Words } from './types/words';
import { strings as zh } from './zh/words';

export type { Words } from './types/words';

export const wordStrings: Record<Locale, Words> = { zh, en };
