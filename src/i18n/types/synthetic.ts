// The shape of one locale's synthetic-data label: the short form on badges,
// the long form on figures, maps, embeds and downloads. Each locale fills it in
// src/i18n/<locale>/synthetic.ts.

export interface SyntheticLabel {
  short: string;
  long: string;
}
