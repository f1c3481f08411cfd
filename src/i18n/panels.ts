// Every string the profile and gap-table panels show.
// Numbers are formatted by src/format; here only words.
// Each locale's table is src/i18n/<locale>/panels.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/panels';
import type { PanelStrings } from './types/panels';
import { strings as zh } from './zh/panels';

export type { PanelStrings } from './types/panels';

export const panelStrings: Record<Locale, PanelStrings> = { zh, en };
