// Words for coverage and scope: a `partial` value covers only part of its
// unit ("covers 1 of 18 prefectures"), and units outside the data's scope are
// drawn as context.
// Each locale's table is src/i18n/<locale>/coverage.ts (a translator copies a
// locale's folder); this module puts them side by side under the name the rest
// of src/ imports.

import type { Locale } from '../format/locale';
import { strings as en } from './en/coverage';
import type { CoverageStrings } from './types/coverage';
import { strings as zh } from './zh/coverage';

export type { CoverageStrings, ChildLevel } from './types/coverage';

export const coverageStrings: Record<Locale, CoverageStrings> = { zh, en };
