// One byte range of schools.csv, read on a worker thread: the same validation
// and county-year sums as a sequential read, returned for merging. Line
// numbers are relative to the range's first line; the main thread shifts them.

import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { BuildContext, type RejectedRow } from '../../src/pipeline/context';
import { RejectedList } from '../../src/pipeline/rejected-rows';
import { CountyYearState } from '../../src/pipeline/county-state';
import { CsvScanner, ScanError, type ScanErrorKind } from '../../src/pipeline/csv-scan';
import { CellDecoder, EncodingGuard, type Encoding } from '../../src/pipeline/encoding';
import './node-bytes';
import type { RowProblem } from '../../src/pipeline/errors';
import { loadReferenceList, type ReferenceList } from './reference';
import { SchoolsReader } from '../../src/pipeline/schools';

export interface PartRequest {
  path: string;
  file: string;
  /** Byte range [start, end). `start` is the first byte of a record. */
  start: number;
  end: number;
  /** The file's encoding, or null when its head was ASCII: the part decides as a whole read would. */
  encoding: Encoding | null;
  header: string[];
  skipInvalid: boolean;
  /** Physical line of the range's first record (only known for the first part). */
  firstLine: number;
}

export interface PartResult {
  tables: Map<number, Float64Array>;
  keys: { hi: Uint32Array; lo: Uint32Array; lines: Uint32Array };
  problems: RowProblem[];
  problemCount: number;
  /** Rejected rows, unless there were too many to pass back (then the caller reads again, streaming). */
  rejected: RejectedRow[];
  rejectedOverflowed: boolean;
  rejectedCount: number;
  /** Rows remapped through the crosswalk: [remap id, year, rows]. */
  remapped: [number, number, number][];
  records: number;
  /** Line on which the next record after the range would start. */
  nextLine: number;
  /** False when a quoted field ran across the end of the range: the split was wrong. */
  endedOnRecordBoundary: boolean;
  /** The encoding the range was read in (null: all ASCII). */
  encoding: Encoding | null;
  /** Where the scanner stopped (an invalid byte, a record over 1 MiB), lines relative to the range. */
  scanError: { kind: ScanErrorKind; line: number; field: number; message: string } | null;
}

const WINDOW = 4 * 1024 * 1024;

/**
 * Reads [start, end) through one reusable window (a thread of its own may
 * block): no per-chunk buffers to allocate or join. Returns false when the
 * range ends inside a record.
 */
function readRange(
  request: PartRequest,
  scanner: CsvScanner,
  onProgress: (bytes: number) => void,
): boolean {
  const fd = openSync(request.path, 'r');
  try {
    let window = Buffer.allocUnsafe(WINDOW * 2);
    let kept = 0;
    let position = request.start;
    while (position < request.end) {
      if (kept + WINDOW > window.length) {
        const larger = Buffer.allocUnsafe((kept + WINDOW) * 2); // a record longer than the window
        window.copy(larger, 0, 0, kept);
        window = larger;
      }
      const read = readSync(fd, window, kept, Math.min(WINDOW, request.end - position), position);
      if (read === 0) break;
      position += read;
      const filled = kept + read;
      const consumed = scanner.scanWindow(window.subarray(0, filled), false);
      window.copy(window, 0, consumed, filled);
      kept = filled - consumed;
      onProgress(read);
    }
    if (kept === 0) return true;
    scanner.scanWindow(window.subarray(0, kept), true);
    return false;
  } finally {
    closeSync(fd);
  }
}

export async function readPart(
  request: PartRequest,
  onProgress: (bytes: number) => void = () => undefined,
  reference: ReferenceList = loadReferenceList(),
): Promise<PartResult> {
  const rejected = new RejectedList();
  const ctx = new BuildContext(reference, request.skipInvalid, rejected);
  const state = new CountyYearState(reference.countyCodes.length);
  const reader = new SchoolsReader(request.file, ctx, state);
  const guard = new EncodingGuard(request.encoding);
  const decoder = new CellDecoder(request.encoding ?? 'utf-8');
  const handle = reader.onHeader(request.header);
  let records = 0;
  const scanner = new CsvScanner(
    request.encoding
      ? (record) => {
          records++;
          handle(record, decoder);
        }
      : (record) => {
          if (guard.encoding) decoder.use(guard.encoding);
          records++;
          handle(record, decoder);
        },
    { firstLine: request.firstLine, guard, atFileStart: false },
  );
  let endedOnRecordBoundary = false;
  let scanError: PartResult['scanError'] = null;
  try {
    endedOnRecordBoundary = readRange(request, scanner, onProgress);
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    const { kind, line, field, message } = error;
    scanError = { kind, line, field, message };
  }
  return {
    tables: state.tables(),
    keys: reader.keys.export(),
    problems: ctx.problems.kept,
    problemCount: ctx.problems.count,
    rejected: rejected.rows,
    rejectedOverflowed: rejected.overflowed,
    rejectedCount: reader.rejectedCount,
    remapped: reader.remapped.export(),
    records,
    nextLine: scanner.nextLine,
    endedOnRecordBoundary,
    encoding: guard.encoding,
    scanError,
  };
}

/** workerData of a reader thread: it is started before its range is known (parallel-schools.ts). */
export const READER_THREAD = { schoolsPart: true } as const;

/**
 * A reader thread loads the reference list as soon as it starts, then waits
 * for its range. Should the list fail to load, readPart loads it again and
 * fails as a whole read would.
 */
function serveOneRange(port: MessagePort): void {
  let reference: ReferenceList | undefined;
  try {
    reference = loadReferenceList();
  } catch {
    reference = undefined;
  }
  port.once('message', (request: PartRequest) => {
    readPart(request, (bytes) => port.postMessage({ progress: bytes }), reference).then(
      (result) => {
        const transfer = [
          ...[...result.tables.values()].map((t) => t.buffer as ArrayBuffer),
          result.keys.hi.buffer as ArrayBuffer,
          result.keys.lo.buffer as ArrayBuffer,
          result.keys.lines.buffer as ArrayBuffer,
        ];
        port.postMessage({ result }, transfer);
      },
    );
  });
}

if (parentPort && (workerData as typeof READER_THREAD | null)?.schoolsPart)
  serveOneRange(parentPort);
