// The two display languages of the atlas, and the d3 number locale behind every
// formatter. One ASCII hyphen-minus everywhere (not d3's default U+2212) so that
// numbers copied from a chart or table paste into Excel as numbers.

import { formatLocale, type FormatLocaleObject } from 'd3-format';

export type Locale = 'zh' | 'en';

export const LOCALES: readonly Locale[] = ['zh', 'en'];

/** BCP 47 tag for Intl and the `lang` attribute. */
export function languageTag(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}

export const numberLocale: FormatLocaleObject = formatLocale({
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['¥', ''],
  minus: '-',
});
