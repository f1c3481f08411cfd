// The synthetic-data label, one wording everywhere it is shown: the short form
// on badges, the long form on figures, maps, embeds and downloads. Each
// locale's label is src/i18n/<locale>/synthetic.ts.

import type { Locale } from '../format/locale';
import { strings as en } from './en/synthetic';
import type { SyntheticLabel } from './types/synthetic';
import { strings as zh } from './zh/synthetic';

export type { SyntheticLabel } from './types/synthetic';

export const SYNTHETIC_LABEL: Readonly<Record<Locale, SyntheticLabel>> = { zh, en };
