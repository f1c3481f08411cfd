// Reads a large plain schools.csv on two worker threads, one half each, while
// the main thread hashes the file; then merges their sums, problems and keys
// exactly as if the file had been read in one pass. Returns null when the
// file is not suitable (gzip, small, or a quoted line break at the split), so
// that the caller reads it sequentially instead.

import { openSync, readSync, closeSync, statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { BuildContext } from '../../src/pipeline/context';
import type { CountyYearState } from '../../src/pipeline/county-state';
import { CsvScanner, ScanError } from '../../src/pipeline/csv-scan';
import { CellDecoder, EncodingGuard, hasUtf8Bom, type Encoding } from '../../src/pipeline/encoding';
import { scanInputError, sha256OfFile, type FoundInput, type StreamResult } from './input';
import { READER_THREAD, type PartRequest, type PartResult } from './schools-part';
import type { SchoolsReader } from '../../src/pipeline/schools';
import { startThread } from './threads';

const QUOTE = 0x22;
const LF = 0x0a;
const PROBE_BYTES = 1024 * 1024;
/** Enough of the file's start for the header and, usually, the encoding decision. */
const HEAD_BYTES = 4 * 1024 * 1024;

/** Files below this size are read on the main thread (override: ATLAS_PARALLEL_MIN_BYTES). */
export function parallelThreshold(): number {
  const override = Number(process.env.ATLAS_PARALLEL_MIN_BYTES);
  return Number.isFinite(override) && override > 0 ? override : 64 * 1024 * 1024;
}

function readAt(path: string, position: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, position);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Offset just after the first record (quote-aware), or -1 if not within the buffer. */
function endOfFirstRecord(buf: Uint8Array, from: number): number {
  let quoted = false;
  for (let p = from; p < buf.length; p++) {
    if (buf[p] === QUOTE) quoted = !quoted;
    else if (buf[p] === LF && !quoted) return p + 1;
  }
  return -1;
}

function headerCells(head: Buffer, decoder: CellDecoder): string[] {
  let cells: string[] = [];
  const scanner = new CsvScanner((record) => {
    cells = Array.from({ length: record.count }, (_, i) => decoder.text(record, i));
  });
  scanner.push(head);
  scanner.end();
  return cells;
}

/**
 * The encoding, when the file's head decides it exactly as a whole read
 * would; null when the head is ASCII (or too little of it follows the first
 * non-ASCII line), and each part decides; undefined when the head has an
 * invalid byte (a whole read reports it).
 */
function headEncoding(head: Buffer, bom: number, wholeFile: boolean): Encoding | null | undefined {
  const guard = new EncodingGuard(bom > 0 ? 'utf-8' : null);
  const lines = wholeFile ? head.length : head.lastIndexOf(LF) + 1;
  const result = guard.check(head, bom, lines, wholeFile);
  return result >= 0 ? undefined : guard.encoding;
}

/**
 * The two reader threads, started before the file is looked at: their
 * start-up (the bundle, the reference list) overlaps the main thread's. Each
 * is handed one range; those not handed one are terminated by close().
 */
export class ReaderThreads {
  private idle: Worker[] = [];
  private readonly exited = new Set<Worker>();

  constructor(count = 2) {
    for (let i = 0; i < count; i++) this.idle.push(this.start());
  }

  private start(): Worker {
    const worker = startThread('schools-part', { workerData: READER_THREAD });
    worker.once('exit', () => this.exited.add(worker));
    worker.on('error', () => undefined); // a thread in use reports through its read (runPart)
    return worker;
  }

  /** A waiting thread, or a new one (all taken, or one has died). */
  take(): Worker {
    let worker = this.idle.shift();
    while (worker && this.exited.has(worker)) worker = this.idle.shift();
    return worker ?? this.start();
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }
}

function runPart(
  threads: ReaderThreads,
  request: PartRequest,
  onProgress: (bytes: number) => void,
): { result: Promise<PartResult>; worker: Worker } {
  const worker = threads.take();
  const result = new Promise<PartResult>((resolve, reject) => {
    worker.on('message', (message: { progress: number } | { result: PartResult }) => {
      if ('progress' in message) onProgress(message.progress);
      else resolve(message.result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`schools reader thread exited with code ${code}`)),
    );
  });
  worker.postMessage(request);
  return { result, worker };
}

/** How many reads took the two-thread path in this process (for tests). */
export const parallelReads = { count: 0 };

export async function readSchoolsInParallel(
  input: FoundInput,
  ctx: BuildContext,
  state: CountyYearState,
  reader: SchoolsReader,
  onProgress?: (fraction: number) => void,
  /** Threads started in advance (new ones are started without). */
  threads: ReaderThreads = new ReaderThreads(0),
): Promise<StreamResult | null> {
  const size = statSync(input.path).size;
  if (input.gzip || size < parallelThreshold()) return null;

  const head = readAt(input.path, 0, Math.min(size, HEAD_BYTES));
  const bom = hasUtf8Bom(head) ? 3 : 0;
  const headDecides = headEncoding(head, bom, size <= HEAD_BYTES);
  const bodyStart = endOfFirstRecord(head, bom);
  if (bodyStart < 0 || headDecides === undefined) return null;
  const decoder = new CellDecoder(headDecides ?? 'utf-8');
  let header: string[];
  try {
    header = headerCells(head.subarray(bom, bodyStart), decoder);
  } catch (error) {
    if (error instanceof ScanError) throw scanInputError(input.file, error, null);
    throw error;
  }
  reader.onHeader(header); // validates the columns, exactly as a sequential read would

  const middle = Math.floor(size / 2);
  const probe = readAt(input.path, middle, PROBE_BYTES);
  const newline = probe.indexOf(LF);
  if (newline < 0 || middle + newline + 1 >= size || middle <= bodyStart) return null;
  const split = middle + newline + 1;

  const common = {
    path: input.path,
    file: input.file,
    encoding: headDecides,
    header,
    skipInvalid: ctx.skipInvalid,
  };
  let parsed = bodyStart;
  const progress = (bytes: number) => onProgress?.((parsed += bytes) / size);
  const first = runPart(
    threads,
    { ...common, start: bodyStart, end: split, firstLine: 2 },
    progress,
  );
  const second = runPart(threads, { ...common, start: split, end: size, firstLine: 1 }, progress);
  let parts: [PartResult, PartResult];
  try {
    parts = await Promise.all([first.result, second.result]);
  } finally {
    await Promise.all([first.worker.terminate(), second.worker.terminate()]);
  }
  const [a, b] = parts;
  if (a.scanError) {
    // The first half stopped where a whole read stops, with the problems before.
    ctx.problems.merge(a.problems, a.problemCount, 0);
    throw scanInputError(
      input.file,
      new ScanError(a.scanError.kind, a.scanError.line, a.scanError.field, a.scanError.message),
      header,
    );
  }
  // A quoted line break across the split, or more rejected rows than a thread
  // passes back in memory: read sequentially instead (streaming rejected rows).
  if (!a.endedOnRecordBoundary || a.rejectedOverflowed || b.rejectedOverflowed) return null;
  // Halves that decided on different encodings: one whole read decides once.
  if (a.encoding && b.encoding && a.encoding !== b.encoding) return null;
  const encoding = a.encoding ?? b.encoding ?? 'utf-8';

  const offset = a.nextLine - 1;
  state.merge(a.tables);
  state.merge(b.tables);
  ctx.problems.merge(a.problems, a.problemCount, 0);
  ctx.problems.merge(b.problems, b.problemCount, offset);
  for (const row of a.rejected) ctx.rejected.add(row, header);
  for (const row of b.rejected) ctx.rejected.add({ ...row, line: row.line + offset }, header);
  reader.keys.append(a.keys, 0);
  reader.keys.append(b.keys, offset);
  reader.rejectedCount = a.rejectedCount + b.rejectedCount;
  reader.remapped.absorb(a.remapped);
  reader.remapped.absorb(b.remapped);
  if (b.scanError) {
    const { kind, line, field, message } = b.scanError;
    throw scanInputError(input.file, new ScanError(kind, line, field, message), header, offset);
  }
  parallelReads.count++;
  // Hashed on another thread after the parse, while this one rolls up the sums.
  const sha256 = sha256OfFile(input.path);
  sha256.catch(() => undefined);
  return { sha256, encoding, records: a.records + b.records };
}
