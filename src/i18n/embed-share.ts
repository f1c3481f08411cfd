// Strings of the share dialog (kept apart from the embed's strings so that
// embed.js does not carry them). Its 关闭 is written again rather than
// referring to app.ts: see test/i18n/one-wording.test.ts.
// Each locale's table is src/i18n/<locale>/embed-share.ts (a translator copies
// a locale's folder); this module puts them side by side under the name the
// rest of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/embed-share';
import type { ShareStrings } from './types/embed-share';
import { strings as zh } from './zh/embed-share';

export type { ShareStrings } from './types/embed-share';

export const shareStrings: Record<Locale, ShareStrings> = { zh, en };
