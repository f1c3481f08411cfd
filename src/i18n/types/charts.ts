// The shape of one locale's table for the words every chart shows (its frame,
// the ranking's words); each other chart extends it (charts-<chart>.ts). Each
// locale fills it in src/i18n/<locale>/charts.ts. Numbers are formatted by
// src/format; here only words.

import type { Level } from '../../contract';

export interface ChartStrings {
  missing: string;
  synthetic: string;
  sourcePrefix: string;
  datePrefix: string;
  separator: string;
  national: string;
  target: string;
  incompleteNote: string;
  over100Note: string;
  /** "18个地级单位" / "18 prefectures": a count of units named for their level ("units" when unknown). */
  unitCount: (count: number, level?: Level) => string;
  rankingSubtitle: (parent: string, year: string, count: number, level?: Level) => string;
  lowerIsBetter: string;
  missingNote: (names: string) => string;
  chartDescription: (title: string, marks: number) => string;
  /** A partial unit's name where its value is drawn (reference lines, breadcrumbs). */
  partialName: (name: string) => string;
  /** What the figures are, after the site's title in source lines. */
  dataKind: { synthetic: string; real: string };
}
