// The two display languages of the atlas. Numbers are written by fixed.ts, with
// one ASCII hyphen-minus everywhere (not U+2212) so that numbers copied from a
// chart or table paste into Excel as numbers.

export type Locale = 'zh' | 'en';

export const LOCALES: readonly Locale[] = ['zh', 'en'];

/** BCP 47 tag for Intl and the `lang` attribute. */
export function languageTag(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}
