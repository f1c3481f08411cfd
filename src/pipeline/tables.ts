// aggregates.csv and its download copy for people, written in one pass over
// the rows as typed columns. Host-free: the CLI writes into files (on a
// worker thread for large builds, table-writer.ts), the browser into memory.

import { LEVELS } from '../contract/geography';
import { FLAGS, METRICS, type Flag } from '../contract/metrics';
import { AGGREGATES_COLUMNS, csvCell } from '../contract/published';
import type { AggregateRow } from './aggregate';
import type { ReferenceUnit } from './reference-list';

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

/** Where a table's bytes go: a file descriptor (CLI) or a list of chunks (browser). */
export interface ByteTarget {
  /** Takes `bytes[0, length)`; the buffer is reused after the call returns. */
  write(bytes: Uint8Array, length: number): void;
  close(): void;
}

const encoder = new TextEncoder();

/** A table written through one reusable byte buffer. */
class ByteFile {
  private buf = new Uint8Array(1 << 20);
  private used = 0;

  constructor(private readonly target: ByteTarget) {}

  /** Appends text; returns the offset where its bytes start in the buffer. */
  write(text: string): number {
    if (this.used + text.length * 3 > this.buf.length) this.flush(text.length * 3);
    const at = this.used;
    this.used += encoder.encodeInto(text, this.buf.subarray(at)).written;
    return at;
  }

  /** Appends bytes already encoded (another file's line). */
  copyFrom(source: Uint8Array, start: number, end: number): void {
    if (this.used + (end - start) > this.buf.length) this.flush(end - start);
    this.buf.set(source.subarray(start, end), this.used);
    this.used += end - start;
  }

  bytes(): Uint8Array {
    return this.buf;
  }

  get length(): number {
    return this.used;
  }

  private flush(need: number): void {
    this.target.write(this.buf, this.used);
    this.used = 0;
    if (need > this.buf.length) this.buf = new Uint8Array(need * 2);
  }

  close(): void {
    this.target.write(this.buf, this.used);
    this.target.close();
  }
}

/**
 * Writes aggregates.csv and the download copy in one pass over the columns.
 * A line differs between the two only in its end (the download adds
 * data_status): each is formatted and encoded once, its bytes copied into the
 * download. Rows come sorted by year, level and code: a unit's `level,code,name,parent,`
 * prefix is made once for its run of metrics.
 */
export function writeAggregateTables(
  contractTarget: ByteTarget,
  downloadTarget: ByteTarget,
  c: RowColumns,
  synthetic: boolean,
  reference: readonly ReferenceUnit[],
): void {
  const suffix = `,${synthetic ? 'synthetic' : 'real'}\n`;
  const units = unitPrefixes(reference);
  const flagText = Array.from({ length: 1 << FLAGS.length }, (_, bits) =>
    FLAGS.filter((flag) => bits & FLAG_BITS[flag]).join(';'),
  );
  const contract = new ByteFile(contractTarget);
  const download = new ByteFile(downloadTarget);
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
function unitPrefixes(reference: readonly ReferenceUnit[]): Map<number, string>[] {
  const byLevel = LEVELS.map(() => new Map<number, string>());
  for (const u of reference) {
    byLevel[LEVELS.indexOf(u.level)].set(
      Number(u.code),
      `${u.level},${u.code},${csvCell(u.name)},${u.parent},`,
    );
  }
  return byLevel;
}

/** Rows as transferable columns (names and parents are looked up again on the other side). */
export interface RowColumns {
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

export function toColumns(rows: readonly AggregateRow[]): RowColumns {
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

/** The two tables as bytes (the browser host). */
export function tablesInMemory(
  rows: readonly AggregateRow[],
  synthetic: boolean,
  reference: readonly ReferenceUnit[],
): { contract: Uint8Array; download: Uint8Array } {
  const contract = new ChunkTarget();
  const download = new ChunkTarget();
  writeAggregateTables(contract, download, toColumns(rows), synthetic, reference);
  return { contract: contract.bytes(), download: download.bytes() };
}

/** Collects written bytes (copies: the writer reuses its buffer). */
export class ChunkTarget implements ByteTarget {
  private readonly chunks: Uint8Array[] = [];

  write(bytes: Uint8Array, length: number): void {
    if (length > 0) this.chunks.push(bytes.slice(0, length));
  }

  close(): void {}

  bytes(): Uint8Array {
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
