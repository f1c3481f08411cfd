// aggregates.csv and its download copy for people, written in one pass. For
// large builds the writing runs on a worker thread, started early, while the
// main thread writes the JSON: the rows cross over as typed columns.

import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData, type Worker } from 'node:worker_threads';
import { LEVELS } from '../../src/contract/geography';
import { FLAGS, METRICS, type Flag } from '../../src/contract/metrics';
import { AGGREGATES_COLUMNS } from '../../src/contract/published';
import type { AggregateRow } from './aggregate';
import { loadReferenceList } from './reference';
import { startThread } from './threads';

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
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
 * Writes aggregates.csv and the download copy in one pass over the columns.
 * A line differs between the two only in its end (the download adds
 * data_status): each is formatted and encoded once, its bytes copied into the
 * download. Rows come sorted by year, level and code: a unit's `level,code,name,parent,`
 * prefix is made once for its run of metrics.
 */
function writeAggregateTables(
  contractPath: string,
  downloadPath: string,
  c: RowColumns,
  synthetic: boolean,
): void {
  const suffix = `,${synthetic ? 'synthetic' : 'real'}\n`;
  const units = unitPrefixes();
  const flagText = Array.from({ length: 1 << FLAGS.length }, (_, bits) =>
    FLAGS.filter((flag) => bits & FLAG_BITS[flag]).join(';'),
  );
  const contract = new ByteFile(contractPath);
  const download = new ByteFile(downloadPath);
  try {
    contract.write(csvLine([...AGGREGATES_COLUMNS]));
    download.write(`\uFEFF${csvLine([...AGGREGATES_COLUMNS, 'data_status'])}`);
    const n = c.code.length;
    let prefix = '';
    let prefixLevel = -1;
    let prefixCode = -1;
    for (let i = 0; i < n; i++) {
      if (c.code[i] !== prefixCode || c.level[i] !== prefixLevel) {
        prefixLevel = c.level[i];
        prefixCode = c.code[i];
        prefix = units[prefixLevel].get(prefixCode)!;
      }
      const numerator = Number.isNaN(c.numerator[i]) ? '' : c.numerator[i];
      const denominator = Number.isNaN(c.denominator[i]) ? '' : c.denominator[i];
      const start = contract.write(
        `${prefix}${c.year[i]},${METRICS[c.metric[i]].id},${numerator},${denominator},${c.value[i]},${flagText[c.flags[i]]}`,
      );
      download.copyFrom(contract.bytes(), start, contract.length);
      contract.write('\n');
      download.write(suffix);
    }
  } finally {
    contract.close();
    download.close();
  }
}

/** Per level: numeric code → `level,code,name,parent,` (names quoted as CSV needs). */
function unitPrefixes(): Map<number, string>[] {
  const byLevel = LEVELS.map(() => new Map<number, string>());
  for (const u of loadReferenceList().units) {
    byLevel[LEVELS.indexOf(u.level)].set(
      Number(u.code),
      `${u.level},${u.code},${csvCell(u.name)},${u.parent},`,
    );
  }
  return byLevel;
}

export interface TablePaths {
  contract: string;
  download: string;
}

/** Rows as transferable columns (names and parents are looked up again on the other side). */
interface RowColumns {
  level: Uint8Array;
  code: Int32Array;
  year: Uint16Array;
  metric: Uint8Array;
  numerator: Float64Array;
  denominator: Float64Array;
  value: Float64Array;
  flags: Uint8Array;
}

const FLAG_BITS = Object.fromEntries(FLAGS.map((flag, i) => [flag, 1 << i])) as Record<
  Flag,
  number
>;

function toColumns(rows: readonly AggregateRow[]): RowColumns {
  const n = rows.length;
  const c: RowColumns = {
    level: new Uint8Array(n),
    code: new Int32Array(n),
    year: new Uint16Array(n),
    metric: new Uint8Array(n),
    numerator: new Float64Array(n),
    denominator: new Float64Array(n),
    value: new Float64Array(n),
    flags: new Uint8Array(n),
  };
  const metricIndex = new Map(METRICS.map((m, i) => [m.id, i]));
  rows.forEach((r, i) => {
    c.level[i] = LEVELS.indexOf(r.level);
    c.code[i] = Number(r.code);
    c.year[i] = r.year;
    c.metric[i] = metricIndex.get(r.metric)!;
    c.numerator[i] = r.numerator ?? Number.NaN;
    c.denominator[i] = r.denominator ?? Number.NaN;
    c.value[i] = r.value;
    c.flags[i] = r.flags.reduce((bits, flag) => bits | FLAG_BITS[flag], 0);
  });
  return c;
}

/** Writes the two tables on the calling thread. */
export function writeTables(
  paths: TablePaths,
  rows: readonly AggregateRow[],
  synthetic: boolean,
): void {
  writeAggregateTables(paths.contract, paths.download, toColumns(rows), synthetic);
}

interface Job {
  paths: TablePaths;
  columns: RowColumns;
  synthetic: boolean;
}

/** A worker thread that waits for the rows and writes the two tables. */
export class TableWriterThread {
  private readonly worker: Worker;
  private readonly done: Promise<void>;

  constructor() {
    this.worker = startThread('table-writer', { workerData: { tableWriter: true } });
    this.done = new Promise<void>((resolve, reject) => {
      this.worker.once('message', () => resolve());
      this.worker.once('error', reject);
    });
    this.done.catch(() => undefined);
  }

  write(paths: TablePaths, rows: readonly AggregateRow[], synthetic: boolean): Promise<void> {
    const columns = toColumns(rows);
    const job: Job = { paths, columns, synthetic };
    this.worker.postMessage(
      job,
      Object.values(columns).map((a: ArrayBufferView) => a.buffer as ArrayBuffer),
    );
    return this.done;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

if (parentPort && (workerData as { tableWriter?: boolean } | null)?.tableWriter) {
  const port = parentPort;
  port.once('message', (job: Job) => {
    writeAggregateTables(job.paths.contract, job.paths.download, job.columns, job.synthetic);
    port.postMessage('done');
  });
}

export function tablePaths(root: string, downloadPath: string): TablePaths {
  return { contract: join(root, 'aggregates.csv'), download: join(root, downloadPath) };
}
