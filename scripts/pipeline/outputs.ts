// Writers of the build's output folder: the contract table, the per-view JSON
// for the client, the manifest, the download for people, rejected rows.

import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LEVELS, NATION_CODE, type Level } from '../../src/contract/geography';
import { METRICS, type MetricId } from '../../src/contract/metrics';
import {
  AGGREGATES_COLUMNS,
  DATA_VERSION_DIR,
  INDEX_PATH,
  SCHEMA_VERSION,
  type AtlasIndex,
  type BuildInfo,
  type BuildNote,
  type Manifest,
  type MetricYearValues,
  type ProvinceSeries,
  type PublishedFiles,
  type ReportedFigure,
  type ValueColumns,
} from '../../src/contract/published';
import type { AggregateRow } from './aggregate';
import type { RejectedRow } from './context';
import { searchKeysOf } from './pinyin';
import type { ReferenceList } from './reference';

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvLine(cells: string[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

/** One row of aggregates.csv without its line end. Codes, ids and numbers never need quoting. */
function aggregateLine(r: AggregateRow): string {
  const numerator = r.numerator === null ? '' : r.numerator;
  const denominator = r.denominator === null ? '' : r.denominator;
  return `${r.level},${r.code},${csvCell(r.name)},${r.parent},${r.year},${r.metric},${numerator},${denominator},${r.value},${r.flags.join(';')}`;
}

/** aggregates.csv exactly per DOMAIN.md: UTF-8 without BOM, LF, RFC 4180. */
export function aggregatesCsv(rows: AggregateRow[]): string {
  return csvLine([...AGGREGATES_COLUMNS]) + rows.map((r) => `${aggregateLine(r)}\n`).join('');
}

/** The same table for people: a BOM for Excel and the data status on every row. */
export function downloadCsv(rows: AggregateRow[], synthetic: boolean): string {
  const status = synthetic ? 'synthetic' : 'real';
  return `\uFEFF${csvLine([...AGGREGATES_COLUMNS, 'data_status'])}${rows.map((r) => `${aggregateLine(r)},${status}\n`).join('')}`;
}

/** A file written through one reusable byte buffer. */
class ByteFile {
  private readonly fd: number;
  private buf = Buffer.allocUnsafe(1 << 20);
  private used = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  /** Appends text; returns the offset where its bytes start in the buffer. */
  write(text: string): number {
    if (this.used + text.length * 3 > this.buf.length) this.flush(text.length * 3);
    const at = this.used;
    this.used += this.buf.write(text, at);
    return at;
  }

  /** Appends bytes already encoded (another file's line). */
  copyFrom(source: Buffer, start: number, end: number): void {
    if (this.used + (end - start) > this.buf.length) this.flush(end - start);
    this.used += source.copy(this.buf, this.used, start, end);
  }

  bytes(): Buffer {
    return this.buf;
  }

  get length(): number {
    return this.used;
  }

  private flush(need: number): void {
    writeSync(this.fd, this.buf, 0, this.used);
    this.used = 0;
    if (need > this.buf.length) this.buf = Buffer.allocUnsafe(need * 2);
  }

  close(): void {
    writeSync(this.fd, this.buf, 0, this.used);
    closeSync(this.fd);
  }
}

/**
 * Writes aggregates.csv and the download copy in one pass: each line is
 * formatted and encoded once, and its bytes copied into the download.
 */
function writeAggregateTables(
  contractPath: string,
  downloadPath: string,
  rows: AggregateRow[],
  synthetic: boolean,
): void {
  const suffix = `,${synthetic ? 'synthetic' : 'real'}\n`;
  const contract = new ByteFile(contractPath);
  const download = new ByteFile(downloadPath);
  try {
    contract.write(csvLine([...AGGREGATES_COLUMNS]));
    download.write(`\uFEFF${csvLine([...AGGREGATES_COLUMNS, 'data_status'])}`);
    for (const row of rows) {
      const start = contract.write(aggregateLine(row));
      download.copyFrom(contract.bytes(), start, contract.length);
      contract.write('\n');
      download.write(suffix);
    }
  } finally {
    contract.close();
    download.close();
  }
}

export function rejectedCsv(rows: RejectedRow[], headers: Map<string, string[]>): string {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const single = headers.size === 1 ? [...headers.values()][0] : null;
  const cellNames = Array.from({ length: width }, (_, i) => single?.[i] ?? `cell_${i + 1}`);
  const parts = [csvLine(['file', 'line', 'column', 'reason', ...cellNames])];
  for (const r of rows)
    parts.push(csvLine([r.file, String(r.line), r.column, r.reason, ...r.cells]));
  return parts.join('');
}

/** Value in JSON: 8 significant digits (aggregates.csv keeps the exact double). */
function jsonValue(value: number): number {
  return Number(value.toPrecision(8));
}

function emptyValueColumns(): ValueColumns {
  return { code: [], numerator: [], denominator: [], value: [], flags: [] };
}

function pushValue(columns: ValueColumns, r: AggregateRow): void {
  columns.code.push(r.code);
  columns.numerator.push(r.numerator);
  columns.denominator.push(r.denominator);
  columns.value.push(jsonValue(r.value));
  columns.flags.push(r.flags.join(';'));
}

/** Writes JSON under a content-hashed name; returns its path relative to the root. */
function writeHashed(root: string, stem: string, data: unknown): string {
  const text = JSON.stringify(data);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  const path = `${DATA_VERSION_DIR}/${stem}.${hash}.json`;
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  return path;
}

function writeValues(root: string, rows: AggregateRow[]): PublishedFiles['values'] {
  const files: PublishedFiles['values'] = {};
  const groups = new Map<string, AggregateRow[]>();
  for (const r of rows) {
    const key = `${r.metric}|${r.year}`;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  for (const [key, list] of groups) {
    const [metric, yearText] = key.split('|') as [MetricId, string];
    const levels: Partial<Record<Level, ValueColumns>> = {};
    for (const r of list) pushValue((levels[r.level] ??= emptyValueColumns()), r);
    const data: MetricYearValues = {
      schemaVersion: SCHEMA_VERSION,
      metric,
      year: Number(yearText),
      levels,
    };
    (files[metric] ??= {})[yearText] = writeHashed(root, `values/${metric}/${yearText}`, data);
  }
  return files;
}

function seriesScopeOf(r: AggregateRow): string {
  return r.level === 'nation' || r.level === 'province' ? NATION_CODE : `${r.code.slice(0, 2)}0000`;
}

function writeSeries(root: string, rows: AggregateRow[]): Record<string, string> {
  const scopes = new Map<string, ProvinceSeries>();
  const add = (scope: string, r: AggregateRow) => {
    let series = scopes.get(scope);
    if (!series) {
      series = {
        schemaVersion: SCHEMA_VERSION,
        scope,
        rows: { ...emptyValueColumns(), level: [], metric: [], year: [] },
      };
      scopes.set(scope, series);
    }
    pushValue(series.rows, r);
    series.rows.level.push(r.level);
    series.rows.metric.push(r.metric);
    series.rows.year.push(r.year);
  };
  for (const r of rows) {
    add(seriesScopeOf(r), r);
    // A province's own rows also open its series, so that a profile needs one file.
    if (r.level === 'province') add(r.code, r);
  }
  const files: Record<string, string> = {};
  for (const [scope, series] of [...scopes].sort(([a], [b]) => a.localeCompare(b))) {
    files[scope] = writeHashed(root, `series/${scope}`, series);
  }
  return files;
}

function unitColumns(reference: ReferenceList): AtlasIndex['units'] {
  const units: AtlasIndex['units'] = {
    level: [],
    code: [],
    name: [],
    parent: [],
    pinyin: [],
    initials: [],
  };
  const ordered = [...reference.units].sort(
    (a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.code.localeCompare(b.code),
  );
  for (const unit of ordered) {
    const keys = searchKeysOf(unit.name);
    units.level.push(unit.level);
    units.code.push(unit.code);
    units.name.push(unit.name);
    units.parent.push(unit.parent);
    units.pinyin.push(keys.pinyin);
    units.initials.push(keys.initials);
  }
  return units;
}

export interface PublishInput {
  root: string;
  rows: AggregateRow[];
  reference: ReferenceList;
  reported: ReportedFigure[];
  build: BuildInfo;
  manifest: Omit<Manifest, 'outputs'>;
  notes: BuildNote[];
  rejected: { rows: RejectedRow[]; headers: Map<string, string[]> } | null;
}

/** Writes every output file into `root` (a fresh temporary folder). */
export function publish(input: PublishInput): void {
  const { root, rows } = input;
  mkdirSync(join(root, DATA_VERSION_DIR), { recursive: true });
  mkdirSync(join(root, 'downloads'), { recursive: true });
  const downloadPath = 'downloads/education-atlas-aggregates.csv';
  writeAggregateTables(
    join(root, 'aggregates.csv'),
    join(root, downloadPath),
    rows,
    input.build.synthetic,
  );
  if (input.rejected)
    writeFileSync(
      join(root, 'rejected.csv'),
      rejectedCsv(input.rejected.rows, input.rejected.headers),
    );

  const files: PublishedFiles = {
    values: writeValues(root, rows),
    series: writeSeries(root, rows),
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
    units: unitColumns(input.reference),
    files,
    notes: input.notes,
  };
  writeFileSync(join(root, INDEX_PATH), JSON.stringify(index));
  const outputs = [
    'aggregates.csv',
    downloadPath,
    INDEX_PATH,
    ...(input.rejected ? ['rejected.csv'] : []),
  ];
  const manifest: Manifest = { ...input.manifest, outputs };
  writeFileSync(join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
