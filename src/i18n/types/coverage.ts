// The shape of one locale's words for coverage and scope: a `partial` value
// covers only part of its unit ("covers 1 of 18 prefectures"), and units
// outside the data's scope are drawn as context. Each locale fills it in
// src/i18n/<locale>/coverage.ts.

export type ChildLevel = 'province' | 'prefecture' | 'county';

export interface CoverageStrings {
  /** The short name of each data-status flag (table cells, tooltips, notes). */
  flags: Record<string, string>;
  /** Short flag text. */
  partial: string;
  /** "数据覆盖18个地级单位中的1个" / "covers 1 of 18 prefectures". */
  share: (covered: number, total: number, childLevel: ChildLevel) => string;
  /** A partial unit's name where its value is drawn (reference lines, breadcrumbs). */
  partialName: (name: string) => string;
  /** Units outside the data's scope. */
  outside: string;
  /** Why a partial unit has no rank. */
  notRanked: string;
  /** What the figures are, after the site's title in source lines. */
  dataKind: { synthetic: string; real: string };
  /** Footer labels of the site's publisher and contact. */
  publisher: string;
  contact: string;
}
