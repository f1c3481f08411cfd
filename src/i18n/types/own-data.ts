// The shape of one locale's table for one part of the UI: what the "Use your
// own data" dialog says (loaded with the dialog only). Each locale fills it in
// src/i18n/<locale>/own-data.ts.

export type OwnDataRole = 'schools' | 'population' | 'reported';
export type UnplacedWhy = 'form' | 'role' | 'twice';

export interface OwnDataStrings {
  title: string;
  close: string;
  privacy: string;
  expects: string;
  choose: string;
  dropHere: string;
  chosen: string;
  noFiles: string;
  role: Record<OwnDataRole, string>;
  unplaced: Record<UnplacedWhy, (name: string) => string>;
  missing: (roles: string) => string;
  remove: (name: string) => string;
  skipInvalid: string;
  skipInvalidNote: string;
  build: string;
  cancel: string;
  progressLabel: string;
  /** The worker's step (`reading schools.csv`, `aggregating`, `writing`) in words. */
  step: (step: string) => string;
  progress: (rows: string, perSecond: string) => string;
  cancelled: string;
  failed: (message: string) => string;
  problemsTitle: string;
  nothingBuilt: string;
  more: (count: string) => string;
  tryAgain: string;
  built: (rows: string, seconds: string) => string;
  shown: string;
  rejected: string;
  keep: string;
  kept: string;
  keepFailed: string;
  forget: string;
  forgotten: string;
  zip: string;
  zipNote: string;
  backToPublished: string;
}
