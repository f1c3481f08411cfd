// Rows set aside under --skip-invalid (docs/data-contract.md, "Rejected rows"):
// streamed to disk as they come, so any number of them fits in bounded
// memory, and written to `--rejected FILE` (default: rejected.csv in the
// input folder, never the published output folder) when the build succeeds.
// The file is for people: a BOM for Excel, and cells a spreadsheet would run
// as formulas written with a leading `'`.

import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  ftruncateSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './errors';
import { removeOnSignal, removeStaleSiblings, temporarySibling } from './atomic';
import { isWithin } from './output-folder';

export interface RejectedRow {
  file: string;
  line: number;
  column: string;
  reason: string;
  cells: string[];
}

/** Where the readers put rejected rows. */
export interface RejectedSink {
  add(row: RejectedRow, header: readonly string[]): void;
  /** Forgets every row (before a second pass over the same files). */
  reset(): void;
  readonly count: number;
}

const BOM = '\uFEFF';
const COLUMNS = ['file', 'line', 'column', 'reason'];
const SIGNATURE = `${BOM}${COLUMNS.join(',')}`;
const FORMULA_START = /^[=+\-@\t\r]$/;

/** A cell as a spreadsheet will show it: text, never a formula. */
export function neutralised(cell: string): string {
  return cell.length > 0 && FORMULA_START.test(cell[0]) ? `'${cell}` : cell;
}

function needsQuotes(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 0x22 || c === 0x2c || c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

function csvField(cell: string): string {
  const safe = neutralised(cell);
  return needsQuotes(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function rejectedLine(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\n`;
}

/** Rejected rows kept in memory, up to a cap (reader threads; the main thread streams). */
export class RejectedList implements RejectedSink {
  rows: RejectedRow[] = [];
  overflowed = false;
  private total = 0;

  constructor(private readonly cap = 20_000) {}

  add(row: RejectedRow): void {
    this.total++;
    if (this.rows.length < this.cap) this.rows.push(row);
    else this.overflowed = true;
  }

  reset(): void {
    this.rows = [];
    this.total = 0;
    this.overflowed = false;
  }

  get count(): number {
    return this.total;
  }
}

/** The kind of problem a row was rejected for, for the summary line. */
function reasonKey(row: RejectedRow): string {
  return row.column || 'row shape';
}

const FLUSH_BYTES = 256 * 1024;

/** Streams rejected rows to a temporary file beside the destination. */
export class RejectedFile implements RejectedSink {
  private fd: number | null = null;
  /** Bytes written to the body file (explicit positions: a reset starts again at 0). */
  private written = 0;
  private body: string;
  private pending: string[] = [];
  private pendingBytes = 0;
  private total = 0;
  private width = 0;
  private readonly headers = new Map<string, readonly string[]>();
  readonly byReason = new Map<string, number>();

  private readonly forget: () => void;

  constructor(readonly destination: string) {
    removeStaleSiblings(destination);
    this.body = temporarySibling(destination, 'new');
    this.forget = removeOnSignal(this.body);
  }

  add(row: RejectedRow, header: readonly string[]): void {
    this.total++;
    const key = reasonKey(row);
    this.byReason.set(key, (this.byReason.get(key) ?? 0) + 1);
    if (!this.headers.has(row.file)) this.headers.set(row.file, header);
    if (row.cells.length > this.width) this.width = row.cells.length;
    const line = rejectedLine([row.file, String(row.line), row.column, row.reason, ...row.cells]);
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.fd ??= openSync(this.body, 'w+');
    this.written += writeSync(this.fd, this.pending.join(''), this.written);
    this.pending = [];
    this.pendingBytes = 0;
  }

  reset(): void {
    this.pending = [];
    this.pendingBytes = 0;
    this.total = 0;
    this.width = 0;
    this.headers.clear();
    this.byReason.clear();
    if (this.fd !== null) ftruncateSync(this.fd, 0);
    this.written = 0;
  }

  get count(): number {
    return this.total;
  }

  private headerLine(): string {
    const single = this.headers.size === 1 ? [...this.headers.values()][0] : null;
    const names = Array.from({ length: this.width }, (_, i) => single?.[i] || `cell_${i + 1}`);
    return rejectedLine([...COLUMNS, ...names]).replace(/^/, BOM);
  }

  /** Writes the destination (header, then the streamed rows) and removes the temporary file. */
  finish(): void {
    this.flush();
    const final = temporarySibling(this.destination, 'new');
    const forgetFinal = removeOnSignal(final);
    const out = openSync(final, 'w');
    try {
      writeSync(out, this.headerLine());
      if (this.fd !== null) copyInto(this.fd, out);
    } finally {
      closeSync(out);
    }
    renameSync(final, this.destination);
    forgetFinal();
    this.discard();
  }

  /** Drops the streamed rows (failed build): the destination stays as it was. */
  discard(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.body, { force: true });
    this.forget();
  }

  /** "149,000 county_code; 1,000 year" */
  summary(): string {
    return [...this.byReason]
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${n.toLocaleString('en')} ${reason}`)
      .join('; ');
  }
}

function copyInto(from: number, to: number): void {
  const buf = Buffer.allocUnsafe(1 << 20);
  let position = 0;
  let n;
  while ((n = readSync(from, buf, 0, buf.length, position)) > 0) {
    writeSync(to, buf, 0, n);
    position += n;
  }
}

/**
 * Checks that `--rejected FILE` may be (over)written: not inside the output
 * folder (which is published), and either absent or an earlier rejected.csv.
 */
export function checkRejectedPath(path: string, outFolder: string): void {
  if (isWithin(path, outFolder)) {
    throw new UsageError(
      `--rejected ${path} lies inside the output folder, which is published; put it elsewhere (the default is rejected.csv in the input folder)`,
    );
  }
  const folder = dirname(path);
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UsageError(
      `--rejected ${path}: cannot write into ${folder} (it does not exist, is not a folder, or is read-only); pass --rejected with a file in a folder you can write to`,
    );
  }
  if (!existsSync(path)) return;
  if (!statSync(path).isFile()) {
    throw new UsageError(`--rejected ${path} is not a file; pass --rejected with a file name`);
  }
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(Buffer.byteLength(SIGNATURE));
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('utf8') !== SIGNATURE) {
    throw new UsageError(
      `--rejected ${path} exists and is not a rejected-rows file from an earlier build; refusing to overwrite it (move it, or pass --rejected with another file name)`,
    );
  }
}
