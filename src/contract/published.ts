// Types of every JSON file the data build publishes under OUT/v1/, and the
// layout of the output folder. Runtime validators live in ./validate.ts.
//
// OUT/
//   aggregates.csv                 the tidy contract table (docs/data-contract.md)
//   manifest.json                  inputs, hashes, counts, provenance
//   downloads/education-atlas-aggregates.csv   for people: BOM + data_status column
//   v1/index.json                  small, briefly cached: units, metrics, years, file map
//   v1/values/<metric>/<year>.<hash>.json   one metric-year, all units, by level
//   v1/series/<province>.<hash>.json        all metrics and years of one province's units
//                                           (000000: the nation and its provinces)
//   v1/reported.<hash>.json        figures quoted from published documents

import type { Level } from './geography';
import type { Localized, MetricId } from './metrics';

export const SCHEMA_VERSION = 1;
export const DATA_VERSION_DIR = 'v1';
export const INDEX_PATH = `${DATA_VERSION_DIR}/index.json`;

export type DataStatus = 'synthetic' | 'real';

export interface InputFileSummary {
  /** Role of the file: which input it is. */
  role: 'schools' | 'population' | 'reported' | 'project_reported';
  /** File name as found (`schools.csv.gz`). */
  file: string;
  sha256: string;
  encoding: 'utf-8' | 'gb18030';
  gzip: boolean;
  rowsRead: number;
  rowsRejected: number;
  synthetic: boolean;
}

export interface BuildInfo {
  /** ISO 8601 build time (SOURCE_DATE_EPOCH when set). */
  builtAt: string;
  /** Version of the code that built the data (package version + git commit when known). */
  codeVersion: string;
  /** True when any school input is synthetic. */
  synthetic: boolean;
  dataStatus: DataStatus;
  referenceList: string;
}

export interface BuildNote {
  metric: MetricId | null;
  message: Localized;
}

/** Levels a scope or a coverage count can be at (a county is never partial). */
export type ScopeLevel = Exclude<Level, 'county'>;

/**
 * Coverage of one year: every unit above county level that has data, with how
 * many of its county-level units (functional zones not counted) have at least
 * one school row and how many it has. Parallel arrays, top-down then by code.
 */
export interface CoverageYear {
  year: number;
  level: ScopeLevel[];
  code: string[];
  withData: number[];
  total: number[];
}

/**
 * A coverage year as index.json holds it: each listed unit by its row in the
 * index's `units` columns instead of its level and code. Ten years of 374
 * units' level and code strings were 100 KB of the index, and strings are what
 * JSON.parse is slowest at.
 */
export interface PublishedCoverageYear {
  year: number;
  unit: number[];
  withData: number[];
  total: number[];
}

/** Rows of `units` as `encodeCoverage` numbers them: `level:code` → row. */
function unitRows(units: UnitColumns): Map<string, number> {
  return new Map(units.code.map((code, row) => [`${units.level[row]}:${code}`, row]));
}

/** index.json's form of coverage; every listed unit must be in `units`. */
export function encodeCoverage(
  coverage: readonly CoverageYear[],
  units: UnitColumns,
): PublishedCoverageYear[] {
  const rows = unitRows(units);
  return coverage.map(({ year, level, code, withData, total }) => ({
    year,
    unit: code.map((c, i) => {
      const row = rows.get(`${level[i]}:${c}`);
      if (row === undefined) throw new Error(`coverage ${year}: ${level[i]} ${c} is not in units`);
      return row;
    }),
    withData,
    total,
  }));
}

/** The smallest unit holding every county with data in the latest year (`year`). */
export interface DataScope {
  level: ScopeLevel;
  code: string;
  name: string;
  /** The latest year with school rows; null when there are none. */
  year: number | null;
}

/** Who publishes the site and what it is called (site.json, build flags, or the scope). */
export interface SiteIdentity {
  title: Localized;
  subtitle: Localized;
  publisher: string | null;
  contact: string | null;
  defaultMetric: MetricId | null;
  /** Where the title came from: `scope` when nothing was given. */
  origin: 'site.json' | 'flags' | 'scope';
}

export interface Manifest {
  schemaVersion: typeof SCHEMA_VERSION;
  /** `edu-atlas build:data`: marks a folder this build made (the next build may replace it). */
  generator: string;
  /** True when any school input is synthetic (from the demo generator). */
  synthetic: boolean;
  builtAt: string;
  codeVersion: string;
  build: BuildInfo;
  inputs: InputFileSummary[];
  notes: BuildNote[];
  /** Rows filed under old codes and counted towards current units (data/crosswalk.csv). */
  remaps: RemappedCode[];
  /** The smallest unit holding every county with data in the latest year. */
  scope: DataScope;
  /** Per year: units above county level with data, their counties with data and in all. */
  coverage: CoverageYear[];
  site: SiteIdentity;
  /** Every file the build wrote besides manifest.json, relative, `/`-separated, sorted. */
  outputs: string[];
}

/** One row per unit; columns as parallel arrays (compact JSON). */
export interface UnitColumns {
  level: Level[];
  code: string[];
  name: string[];
  /** Parent code; '' for the nation. */
  parent: string[];
  /** Full pinyin without tones, syllables separated by spaces ("qi bin qu"). */
  pinyin: string[];
  /** Initials ("qbq"). */
  initials: string[];
  /**
   * English names made at build time (河南省 → Henan, 淇滨区 → Qibin District);
   * absent in data built before they were added (then `name` is shown).
   */
  nameEn?: string[];
}

export interface MetricAvailability {
  id: MetricId;
  /** Years in which the metric has at least one row. */
  years: number[];
}

export interface PublishedFiles {
  /** metric → year → path (relative to the data root). */
  values: Partial<Record<MetricId, Record<string, string>>>;
  /** province code (or 000000) → path. */
  series: Record<string, string>;
  reported: string;
  aggregatesCsv: string;
  downloadCsv: string;
  manifest: string;
}

/** index.json as written: the index with its coverage by unit rows. */
export type PublishedAtlasIndex = Omit<AtlasIndex, 'coverage'> & {
  coverage: PublishedCoverageYear[];
};

/** The index as read (validateAtlasIndex decodes its coverage). */
export interface AtlasIndex {
  schemaVersion: typeof SCHEMA_VERSION;
  build: BuildInfo;
  years: number[];
  metrics: MetricAvailability[];
  units: UnitColumns;
  files: PublishedFiles;
  notes: BuildNote[];
  remaps: RemappedCode[];
  scope: DataScope;
  coverage: CoverageYear[];
  site: SiteIdentity;
}

/**
 * Values of one level. `value` is the exact double rounded to 8 significant
 * digits (aggregates.csv keeps the exact double). Numerator and denominator are
 * null for CV metrics. `flags` is the `;`-joined sorted flag list or ''.
 */
export interface ValueColumns {
  code: string[];
  numerator: (number | null)[];
  denominator: (number | null)[];
  value: number[];
  flags: string[];
}

export interface MetricYearValues {
  schemaVersion: typeof SCHEMA_VERSION;
  metric: MetricId;
  year: number;
  levels: Partial<Record<Level, ValueColumns>>;
}

export interface SeriesColumns extends ValueColumns {
  level: Level[];
  metric: MetricId[];
  year: number[];
}

export interface ProvinceSeries {
  schemaVersion: typeof SCHEMA_VERSION;
  /** The province (or 000000 for nation + provinces). */
  scope: string;
  rows: SeriesColumns;
}

export type ReportedReading = 'printed' | 'restored';

export interface ReportedFigure {
  code: string;
  year: number;
  /** A catalogue id or another snake_case id (e.g. smart_blackboards_installed). */
  metric: string;
  value: number;
  unit: string;
  source: string;
  quote: string;
  /** What is doubtful, and the restored reading (in Chinese, as the documents). */
  caveat: string;
  /** The caveat in English; absent when the file gives none. */
  caveatEn?: string;
  /**
   * `restored`: the value was reconstructed from a damaged text and is never
   * shown as a clean figure; absent means `printed` (as the document prints it).
   */
  reading?: ReportedReading;
  /** Which file it came from (`data/reported.csv` or the input folder's). */
  origin: string;
}

/**
 * What became of an old code's prefecture: `moved` (it still exists; the unit
 * went to another), `renamed` (every county of the current prefecture came from
 * it, e.g. 山南地区 → 山南市) or `merged` (the current one holds other counties
 * too, e.g. 莱芜市 → 济南市). `code` and `name` are the current prefecture's.
 */
export interface PrefectureChange {
  change: 'moved' | 'renamed' | 'merged';
  code: string;
  name: string;
}

/**
 * Rows filed under an old code that the crosswalk renamed or merged into a
 * current county-level unit: they count towards `newCode`, and the rows they
 * reach at a level where the old code would have gone elsewhere are flagged
 * `remapped`.
 */
export interface RemappedCode {
  oldCode: string;
  oldName: string;
  kind: 'rename' | 'merge';
  newCode: string;
  newName: string;
  /** When the old code's prefecture is not the current one's (null: same prefecture). */
  prefecture: PrefectureChange | null;
  /** YYYY-MM-DD or YYYY-MM: the date of the approval. */
  effectiveDate: string;
  /** The approval (国函/民函 number) or the Ministry of Civil Affairs' change list. */
  source: string;
  /** Input rows (schools and population) filed under the old code. */
  rows: number;
  years: number[];
}

export interface ReportedFile {
  schemaVersion: typeof SCHEMA_VERSION;
  figures: ReportedFigure[];
}

/** One cell of a published CSV (RFC 4180): quoted only when it holds a quote, comma or line end. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The columns of aggregates.csv, in order. */
export const AGGREGATES_COLUMNS = [
  'level',
  'code',
  'name',
  'parent_code',
  'year',
  'metric',
  'numerator',
  'denominator',
  'value',
  'flags',
] as const;
