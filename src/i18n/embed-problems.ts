// What an embed says in place of its chart when an attribute is wrong (loaded
// only when there is a problem, so a chart that draws does not carry these).
// Each locale's table is src/i18n/<locale>/embed-problems.ts (a translator
// copies a locale's folder); this module puts them side by side under the name
// the rest of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/embed-problems';
import type { ProblemStrings } from './types/embed-problems';
import { strings as zh } from './zh/embed-problems';

export type { ProblemStrings } from './types/embed-problems';

export const problemStrings: Record<Locale, ProblemStrings> = { zh, en };
