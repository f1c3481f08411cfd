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
import { UsageError } from '../../src/pipeline/errors';
import { removeOnSignal, removeStaleSiblings, temporarySibling } from './atomic';
import { isWithin } from './output-folder';
import {
  RejectedTally,
  SIGNATURE,
  type RejectedRow,
  type RejectedSink,
} from '../../src/pipeline/rejected-rows';

export {
  neutralised,
  rejectedLine,
  RejectedList,
  type RejectedRow,
  type RejectedSink,
} from '../../src/pipeline/rejected-rows';

const FLUSH_BYTES = 256 * 1024;

/** Streams rejected rows to a temporary file beside the destination. */
export class RejectedFile implements RejectedSink {
  private fd: number | null = null;
  /** Bytes written to the body file (explicit positions: a reset starts again at 0). */
  private written = 0;
  private body: string;
  private pending: string[] = [];
  private pendingBytes = 0;
  private readonly tally = new RejectedTally();

  private readonly forget: () => void;

  constructor(readonly destination: string) {
    removeStaleSiblings(destination);
    this.body = temporarySibling(destination, 'new');
    this.forget = removeOnSignal(this.body);
  }

  add(row: RejectedRow, header: readonly string[]): void {
    const line = this.tally.line(row, header);
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
    this.tally.reset();
    if (this.fd !== null) ftruncateSync(this.fd, 0);
    this.written = 0;
  }

  get count(): number {
    return this.tally.total;
  }

  /** Writes the destination (header, then the streamed rows) and removes the temporary file. */
  finish(): void {
    this.flush();
    const final = temporarySibling(this.destination, 'new');
    const forgetFinal = removeOnSignal(final);
    const out = openSync(final, 'w');
    try {
      writeSync(out, this.tally.headerLine());
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
    return this.tally.summary();
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
