// The string tables of the atlas, one per part of the UI, both languages.
//
// Layout (issue 12, "one string table per locale"):
// - types/<part>.ts: the shape of one locale's table for a part;
// - <locale>/<part>.ts: that locale's table (`strings`), one folder per locale
//   with the same files. What several parts show is written once and the
//   others refer to it: a lazily loaded part (panels, own-data) to a part the
//   atlas entry holds (app, map, coverage, charts), an entry part to charts
//   (which the ranking embed loads alone), never a chart to anything else.
//   Shared bundle chunks cost bytes: a separate words module cost the entry
//   0.3 KB more than these references;
// - <part>.ts: the table every importer uses, the locales side by side.
// Parts stay apart so each bundle loads only what it shows (the ranking embed
// loads charts.ts alone). To add a locale: add it to Locale (src/format/locale.ts),
// copy zh/ to the new folder and translate; the type checker then names each
// part module that lacks the locale, and each table's interface each missing
// entry. test/i18n checks the folders, keys and the one wording per meaning.

export { appStrings, type AppStrings } from './app';
export { chartStrings } from './charts';
export { coverageStrings, type CoverageStrings } from './coverage';
export { mapStrings, type MapStrings } from './map';
