// The shape of one locale's table for one part of the UI: what the atlas shell
// says (header, views, table, footer, search). Each locale fills it in
// src/i18n/<locale>/app.ts.

import type { ChartKind, ClassParam, View } from '../../app/state';
import type { Level } from '../../contract';

export interface AppStrings {
  title: string;
  subtitle: string;
  skip: string;
  loading: string;
  loadError: string;
  metric: string;
  year: string;
  play: string;
  pause: string;
  language: string;
  otherLanguage: string;
  share: string;
  /** The header button that opens the own-data dialog. */
  ownData: string;
  /** The badge shown instead of the synthetic label while the atlas runs on the user's data. */
  ownBadge: string;
  ownBadgeNote: string;
  ownReturn: string;
  ownForget: string;
  ownRestoreFailed: string;
  views: Record<View, string>;
  /** The profile tab, named for the level of the unit it shows (no "全国 / 全国 / 全国" 区县概况). */
  profileTab: Record<Level, string>;
  viewsLabel: string;
  charts: Record<ChartKind, string>;
  chartsLabel: string;
  classes: Record<ClassParam, string>;
  classLabel: string;
  byLabel: string;
  byProvince: string;
  byPrefecture: string;
  byCounty: string;
  breadcrumb: string;
  up: string;
  synthetic: string;
  syntheticNote: string;
  howToRead: string;
  /** The metric note's heading: how to read `metric`. */
  howToReadOf: (metric: string) => string;
  /** A source named after a figure, in the language's brackets. */
  inBrackets: (text: string) => string;
  formula: string;
  target: string;
  noTarget: string;
  targetText: (comparison: string, value: string, year: number | null) => string;
  invalidParams: (names: string) => string;
  dismiss: string;
  unknownRegion: string;
  footerBuild: (date: string, version: string) => string;
  /** Where the figures come from: the demo generator, or the returns the site was built from. */
  footerSource: (synthetic: boolean) => string;
  rankedList: (metric: string, region: string, year: number) => string;
  rank: string;
  name: string;
  code: string;
  value: string;
  numerator: string;
  denominator: string;
  flagsColumn: string;
  flags: Record<string, string>;
  /** A unit with data but no area on the map (a functional zone): the table says so. */
  noAreaOnMap: string;
  sortBy: (column: string) => string;
  openProfile: (name: string) => string;
  drillInto: (name: string) => string;
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;
  downloadAll: string;
  downloadAllCsv: string;
  manifest: string;
  cite: string;
  citeText: (date: string, url: string) => string;
  changelog: string;
  changelogBuild: (date: string, version: string, reference: string) => string;
  privacy: string;
  secondMetric: string;
  fromYear: string;
  selectHint: string;
  compareHint: string;
  clearSelection: string;
  selected: (count: number) => string;
  search: string;
  searchPlaceholder: string;
  searchHint: string;
  noResults: string;
  results: (count: number) => string;
  panelMissing: string;
  boundarySource: string;
  mapHeading: string;
  chartHeading: string;
  tableHeading: string;
  noDataYear: string;
}
