// Writers of the build's output folder: the contract table, the per-view JSON
// for the client, the manifest, the download for people.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LEVELS, NATION_CODE, type Level } from '../../src/contract/geography';
import { METRICS, type MetricId } from '../../src/contract/metrics';
import {
  DATA_VERSION_DIR,
  INDEX_PATH,
  SCHEMA_VERSION,
  type AtlasIndex,
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
} from '../../src/contract/published';
import type { AggregateRow } from './aggregate';
import { englishNameOf, placeBase } from './english-names';
import { searchKeysOf, type SearchKeys } from './pinyin';
import { tablePaths, writeTables, type TableWriterThread } from './table-writer';
import type { ReferenceList } from './reference';

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
function writeHashed(root: string, stem: string, data: unknown): string {
  // Encoded once, for the hash and the file alike.
  const bytes = Buffer.from(JSON.stringify(data));
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const path = `${DATA_VERSION_DIR}/${stem}.${hash}.json`;
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), bytes);
  return path;
}

function writeValues(
  root: string,
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
      writeMetricYear(root, files, metric, year, list, rows, cells);
  }
  return files;
}

/** One metric-year file: every unit's value, grouped by level. */
function writeMetricYear(
  root: string,
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
  (files[metric] ??= {})[String(year)] = writeHashed(root, `values/${metric}/${year}`, data);
}

function seriesScopeOf(r: AggregateRow): string {
  return r.level === 'nation' || r.level === 'province' ? NATION_CODE : `${r.code.slice(0, 2)}0000`;
}

function writeSeries(
  root: string,
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
    files[scope] = writeHashed(root, `series/${scope}`, series);
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
  root: string;
  rows: AggregateRow[];
  reference: ReferenceList;
  reported: ReportedFigure[];
  build: BuildInfo;
  manifest: Omit<Manifest, 'outputs' | 'scope' | 'coverage' | 'site'>;
  notes: BuildNote[];
  scope: DataScope;
  coverage: CoverageYear[];
  site: SiteIdentity;
  /** Writes the CSV tables on another thread while this one writes the JSON. */
  tableWriter?: TableWriterThread | null;
}

/** Writes every output file into `root` (a fresh temporary folder). */
export async function publish(input: PublishInput): Promise<void> {
  const { root, rows } = input;
  mkdirSync(join(root, DATA_VERSION_DIR), { recursive: true });
  mkdirSync(join(root, 'downloads'), { recursive: true });
  const downloadPath = 'downloads/education-atlas-aggregates.csv';
  const paths = tablePaths(root, downloadPath);
  const tablesWritten = input.tableWriter
    ? input.tableWriter.write(paths, rows, input.build.synthetic)
    : Promise.resolve(writeTables(paths, rows, input.build.synthetic));

  const cells = jsonCellsOf(rows);
  const files: PublishedFiles = {
    values: writeValues(root, rows, cells),
    series: writeSeries(root, rows, cells),
    reported: writeHashed(root, 'reported', {
      schemaVersion: SCHEMA_VERSION,
      figures: input.reported,
    }),
    aggregatesCsv: 'aggregates.csv',
    downloadCsv: downloadPath,
    manifest: 'manifest.json',
  };
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const index: AtlasIndex = {
    schemaVersion: SCHEMA_VERSION,
    build: input.build,
    years,
    metrics: METRICS.map((m) => ({
      id: m.id,
      years: Object.keys(files.values[m.id] ?? {}).map(Number),
    })),
    units: input.units ?? unitColumns(input.reference),
    files,
    notes: input.notes,
    remaps: input.manifest.remaps,
    scope: input.scope,
    coverage: input.coverage,
    site: input.site,
  };
  writeFileSync(join(root, INDEX_PATH), JSON.stringify(index));
  await tablesWritten;
  const outputs = filesUnder(root).sort();
  const { scope, coverage, site } = input;
  const manifest: Manifest = { ...input.manifest, scope, coverage, site, outputs };
  writeFileSync(join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Every file under `dir`, relative, with `/` separators. */
export function filesUnder(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...filesUnder(join(dir, entry.name), rel));
    else files.push(rel);
  }
  return files;
}
