// The shape of one locale's table for one part of the UI: what the profile and
// gap-table panels say. Each locale fills it in src/i18n/<locale>/panels.ts.

import type { Level } from '../../contract';

export interface PanelStrings {
  // shared
  synthetic: string;
  syntheticNote: string;
  noData: string;
  levels: Record<Level, string>;
  flags: Record<string, string>;
  flagShort: Record<string, string>;
  listSeparator: string;
  labelSeparator: string;
  siblingsSummary: (count: number) => string;
  clauseSeparator: string;
  /** A flag's note under the gap table as a sentence (the note names the flag first). */
  flagNote: (note: string) => string;
  meets: string;
  below: string;
  /** Status of a unit whose returns cover only some of its counties. */
  partialStatus: string;
  noTarget: string;
  loading: string;
  loadError: (message: string) => string;
  /** "includes returns filed under 371202 莱城区 (merged into 济南市 2019)". */
  remapNote: (
    oldCode: string,
    oldName: string,
    change: 'became' | 'merged' | 'moved' | 'regrouped',
    into: string,
    year: number,
  ) => string;
  // profile
  profileLabel: (name: string) => string;
  pathLabel: string;
  code: string;
  siblingsLabel: string;
  metricsHeading: (year: number) => string;
  metricsCaption: (name: string, year: number) => string;
  colMetric: string;
  colValue: string;
  colTarget: string;
  colRank: string;
  colParent: (name: string) => string;
  colNation: string;
  colNotes: string;
  rank: (rank: number, of: number) => string;
  rankLabel: (rank: number, of: number, parent: string) => string;
  targetLine: (difference: string, target: string, status: string) => string;
  inFocus: string;
  computedHeading: string;
  computedIntro: string;
  formula: string;
  numerator: string;
  denominator: string;
  result: string;
  cvComputation: string;
  targetSource: string;
  howToRead: string;
  trendsHeading: string;
  focusTrendTitle: (metric: string, name: string) => string;
  otherTrendsCaption: (year: string) => string;
  trendTableSummary: string;
  colYear: string;
  nationalReported: string;
  yearLabel: (year: number) => string;
  reportedUnits: Record<string, string>;
  colFirst: string;
  colLatest: string;
  colChange: string;
  colSparkline: string;
  neighboursHeading: string;
  neighboursCaption: (metric: string, year: number, higherIsBetter: boolean) => string;
  neighboursNone: string;
  neighboursUnavailable: string;
  colUnit: string;
  thisUnit: string;
  reportedHeading: string;
  reportedLabel: string;
  reportedIntro: string;
  reportedNone: string;
  reportedQuote: string;
  reportedCaveat: string;
  reportedSource: string;
  /** A restored reading: never a clean figure ("100%？· 原文数字缺失"). */
  reportedRestored: (value: string) => string;
  reportedRestoredTitle: string;
  reportedMetric: Record<string, string>;
  unknownUnit: string;
  // gap table
  gapHeading: (metric: string, parent: string, year: number, level: Level) => string;
  gapCaption: (metric: string, parent: string, year: number, level: Level) => string;
  /** The units of a level, as a plural noun ("区县", "prefectures"). */
  levelUnits: Record<Level, string>;
  colCountiesBelow: string;
  countiesBelowCell: (below: number, of: number) => string;
  countiesTotals: (below: number, of: number) => string;
  /** Which level places are counted at, and how (never netted). */
  neededCountedAt: (rowLevel: Level) => string;
  countySwitch: (on: boolean, level: Level) => string;
  targetInput: string;
  targetInputPercent: string;
  resetTarget: string;
  targetFrom: (source: string) => string;
  cvMessage: (threshold: string) => string;
  noTargetMessage: string;
  colStatus: string;
  colGap: string;
  colNeeded: (countNoun: string) => string;
  sortByGap: string;
  totalsRow: string;
  totals: (below: number, of: number) => string;
  neededTotal: (count: string, noun: string) => string;
  neededNoteGross: string;
  neededNoteRatio: (denominator: string) => string;
  missingHeading: (count: number) => string;
  missingNote: string;
  download: string;
  downloadNote: string;
  allMeet: string;
}
