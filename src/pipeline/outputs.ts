// The build's published files: the contract table, the per-view JSON for the
// client, the manifest, the download for people. Host-free: they go to an
// OutputSink, a folder for the CLI (output-sink.ts), memory in the browser.

import { LEVELS, NATION_CODE, type Level } from '../contract/geography';
import { METRICS, type MetricId } from '../contract/metrics';
import {
  DATA_VERSION_DIR,
  encodeCoverage,
  INDEX_PATH,
  SCHEMA_VERSION,
  type AtlasIndex,
  type PublishedAtlasIndex,
  type BuildInfo,
  type BuildNote,
  type CoverageYear,
  type DataScope,
  type Manifest,
  type MetricYearValues,
  type ProvinceSeries,
  type PublishedFiles,
  type ReportedFigure,
  type SiteIdentity,
  type ValueColumns,
} from '../contract/published';
import type { AggregateRow } from './aggregate';
import { englishNameOf, placeBase } from './english-names';
import { searchKeysOf, type SearchKeys } from './pinyin';
import type { ReferenceList } from './reference-list';

/** Where published files go. Paths are relative to the data folder, with `/`. */
export interface OutputSink {
  /** SHA-256 of the bytes, hex (content-hashed file names). */
  sha256(bytes: Uint8Array): string;
  write(path: string, bytes: Uint8Array): void;
  /** Writes aggregates.csv (`contract`) and the download copy; may finish later. */
  writeTables(
    paths: { contract: string; download: string },
    rows: readonly AggregateRow[],
    synthetic: boolean,
  ): Promise<void>;
  /** Every path written so far, sorted. */
  paths(): string[];
}

const encoder = new TextEncoder();

/** Value in JSON: 8 significant digits (aggregates.csv keeps the exact double). */
function jsonValue(value: number): number {
  return Number(value.toPrecision(8));
}

function emptyValueColumns(): ValueColumns {
  return { code: [], numerator: [], denominator: [], value: [], flags: [] };
}

/** What the JSON files show of a row, made once per row for both values and series. */
interface JsonCells {
  value: number;
  flags: string;
}

function jsonCellsOf(rows: readonly AggregateRow[]): JsonCells[] {
  return rows.map((r) => ({ value: jsonValue(r.value), flags: r.flags.join(';') }));
}

function pushValue(columns: ValueColumns, r: AggregateRow, cells: JsonCells): void {
  columns.code.push(r.code);
  columns.numerator.push(r.numerator);
  columns.denominator.push(r.denominator);
  columns.value.push(cells.value);
  columns.flags.push(cells.flags);
}

/** Writes JSON under a content-hashed name; returns its path relative to the root. */
function writeHashed(sink: OutputSink, stem: string, data: unknown): string {
  // Encoded once, for the hash and the file alike.
  const bytes = encoder.encode(JSON.stringify(data));
  const hash = sink.sha256(bytes).slice(0, 10);
  const path = `${DATA_VERSION_DIR}/${stem}.${hash}.json`;
  sink.write(path, bytes);
  return path;
}

function writeValues(
  sink: OutputSink,
  rows: AggregateRow[],
  cells: JsonCells[],
): PublishedFiles['values'] {
  const files: PublishedFiles['values'] = {};
  const groups = new Map<MetricId, Map<number, number[]>>();
  rows.forEach((r, i) => {
    let byYear = groups.get(r.metric);
    if (!byYear) groups.set(r.metric, (byYear = new Map()));
    let list = byYear.get(r.year);
    if (!list) byYear.set(r.year, (list = []));
    list.push(i);
  });
  for (const [metric, byYear] of groups) {
    for (const [year, list] of byYear)
      writeMetricYear(sink, files, metric, year, list, rows, cells);
  }
  return files;
}

/** One metric-year file: every unit's value, grouped by level. */
function writeMetricYear(
  sink: OutputSink,
  files: PublishedFiles['values'],
  metric: MetricId,
  year: number,
  list: number[],
  rows: AggregateRow[],
  cells: JsonCells[],
): void {
  const levels: Partial<Record<Level, ValueColumns>> = {};
  for (const i of list) {
    pushValue((levels[rows[i].level] ??= emptyValueColumns()), rows[i], cells[i]);
  }
  const data: MetricYearValues = { schemaVersion: SCHEMA_VERSION, metric, year, levels };
  (files[metric] ??= {})[String(year)] = writeHashed(sink, `values/${metric}/${year}`, data);
}

function seriesScopeOf(r: AggregateRow): string {
  return r.level === 'nation' || r.level === 'province' ? NATION_CODE : `${r.code.slice(0, 2)}0000`;
}

function writeSeries(
  sink: OutputSink,
  rows: AggregateRow[],
  cells: JsonCells[],
): Record<string, string> {
  const scopes = new Map<string, ProvinceSeries>();
  const add = (scope: string, r: AggregateRow, c: JsonCells) => {
    let series = scopes.get(scope);
    if (!series) {
      series = {
        schemaVersion: SCHEMA_VERSION,
        scope,
        rows: { ...emptyValueColumns(), level: [], metric: [], year: [] },
      };
      scopes.set(scope, series);
    }
    pushValue(series.rows, r, c);
    series.rows.level.push(r.level);
    series.rows.metric.push(r.metric);
    series.rows.year.push(r.year);
  };
  rows.forEach((r, i) => {
    add(seriesScopeOf(r), r, cells[i]);
    // A province's own rows also open its series, so that a profile needs one file.
    if (r.level === 'province') add(r.code, r, cells[i]);
  });
  const files: Record<string, string> = {};
  for (const [scope, series] of [...scopes].sort(([a], [b]) => a.localeCompare(b))) {
    files[scope] = writeHashed(sink, `series/${scope}`, series);
  }
  return files;
}

/**
 * The unit tree with search keys: independent of the data, so it can be made
 * early; `keysOf` makes a name's keys (a build passes cached ones).
 */
export function unitColumns(
  reference: ReferenceList,
  keysOf: (name: string) => SearchKeys = searchKeysOf,
): AtlasIndex['units'] {
  const units: AtlasIndex['units'] = {
    level: [],
    code: [],
    name: [],
    parent: [],
    pinyin: [],
    initials: [],
    nameEn: [],
  };
  const ordered = [...reference.units].sort(
    // Codes are six digits: plain comparison orders them as localeCompare would, without its cost.
    (a, b) =>
      LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  // English names (issue 12): zones named after their province or prefecture are split on these.
  const places = new Set(
    ordered
      .filter((u) => u.level === 'province' || u.level === 'prefecture')
      .map((u) => placeBase(u.name)),
  );
  for (const unit of ordered) {
    const keys = keysOf(unit.name);
    units.level.push(unit.level);
    units.code.push(unit.code);
    units.name.push(unit.name);
    units.parent.push(unit.parent);
    units.pinyin.push(keys.pinyin);
    units.initials.push(keys.initials);
    units.nameEn?.push(englishNameOf(unit.name, places, keys.pinyin.split(' ').filter(Boolean)));
  }
  return units;
}

export interface PublishInput {
  /** The unit tree, when made in advance (see unitColumns). */
  units?: AtlasIndex['units'];
  rows: AggregateRow[];
  reference: ReferenceList;
  reported: ReportedFigure[];
  build: BuildInfo;
  manifest: Omit<Manifest, 'outputs' | 'scope' | 'coverage' | 'site'>;
  notes: BuildNote[];
  scope: DataScope;
  coverage: CoverageYear[];
  site: SiteIdentity;
}

/** Writes every published file into `sink` (a fresh temporary folder, or memory). */
export async function publish(input: PublishInput, sink: OutputSink): Promise<void> {
  const { rows } = input;
  const downloadPath = 'downloads/education-atlas-aggregates.csv';
  const tablesWritten = sink.writeTables(
    { contract: 'aggregates.csv', download: downloadPath },
    rows,
    input.build.synthetic,
  );

  const cells = jsonCellsOf(rows);
  const files: PublishedFiles = {
    values: writeValues(sink, rows, cells),
    series: writeSeries(sink, rows, cells),
    reported: writeHashed(sink, 'reported', {
      schemaVersion: SCHEMA_VERSION,
      figures: input.reported,
    }),
    aggregatesCsv: 'aggregates.csv',
    downloadCsv: downloadPath,
    manifest: 'manifest.json',
  };
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const units = input.units ?? unitColumns(input.reference);
  const index: PublishedAtlasIndex = {
    schemaVersion: SCHEMA_VERSION,
    build: input.build,
    years,
    metrics: METRICS.map((m) => ({
      id: m.id,
      years: Object.keys(files.values[m.id] ?? {}).map(Number),
    })),
    units,
    files,
    notes: input.notes,
    remaps: input.manifest.remaps,
    scope: input.scope,
    coverage: encodeCoverage(input.coverage, units),
    site: input.site,
  };
  sink.write(INDEX_PATH, encoder.encode(JSON.stringify(index)));
  await tablesWritten;
  const outputs = sink.paths();
  const { scope, coverage, site } = input;
  const manifest: Manifest = { ...input.manifest, scope, coverage, site, outputs };
  sink.write('manifest.json', encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`));
}
