// Finding and streaming the input files from disk (the CLI host): plain or
// gzip; csv-input.ts reads them.

import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { streamCsvChunks, type CsvConsumer, type StreamResult } from '../../src/pipeline/csv-input';
import './node-bytes';
import { InputError } from '../../src/pipeline/errors';

export {
  resolveHeader,
  scanInputError,
  streamCsvChunks,
  type ColumnIndex,
  type CsvConsumer,
  type StreamResult,
} from '../../src/pipeline/csv-input';

export interface FoundInput {
  path: string;
  /** The name as found, used in every message (`schools.csv.gz`). */
  file: string;
  gzip: boolean;
  /** An Excel workbook (`schools.xlsx`): its first sheet is read (scripts/pipeline/xlsx.ts). */
  xlsx?: boolean;
}

/**
 * Finds `base.csv`, `base.csv.gz` or (when `xlsx`) `base.xlsx` in a folder;
 * two forms of one input present is an error naming them.
 */
export function findInput(dir: string, base: string, { xlsx = false } = {}): FoundInput | null {
  const forms: FoundInput[] = [
    { path: join(dir, `${base}.csv`), file: `${base}.csv`, gzip: false },
    { path: join(dir, `${base}.csv.gz`), file: `${base}.csv.gz`, gzip: true },
  ];
  if (xlsx)
    forms.push({ path: join(dir, `${base}.xlsx`), file: `${base}.xlsx`, gzip: false, xlsx });
  const present = forms.filter((form) => existsSync(form.path));
  if (present.length > 1) {
    const names = present.map((form) => form.file);
    const listed =
      names.length === 2
        ? `both ${names[0]} and ${names[1]} are`
        : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are all`;
    throw new InputError(names[1], `${listed} present in ${dir}; keep only one of them`);
  }
  return present[0] ?? null;
}

// The file's hash is computed on a second core while the main thread parses.
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const hash = require('node:crypto').createHash('sha256');
const fd = openSync(workerData, 'r');
const buf = Buffer.allocUnsafe(8 << 20);
let n;
while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
closeSync(fd);
parentPort.postMessage(hash.digest('hex'));
`;

export function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(HASH_WORKER, { eval: true, workerData: path });
    worker.once('message', (hex: string) => resolvePromise(hex));
    worker.once('error', reject);
  });
}

const CHUNK_BYTES = 4 * 1024 * 1024;
/** Below this size hashing on this thread costs less than starting a thread. */
const HASH_ON_THREAD_FROM = 16 * 1024 * 1024;

/** Streams one CSV file through `consumer`, never holding more than a chunk. */
export async function streamCsv(
  input: FoundInput,
  consumer: CsvConsumer,
  onProgress?: (fraction: number) => void,
): Promise<StreamResult> {
  const size = statSync(input.path).size;
  if (size === 0) {
    throw new InputError(input.file, 'the file is empty (0 bytes); expected a header row');
  }
  // A small file is hashed here as it streams; a large one on another thread.
  const hashHere = size < HASH_ON_THREAD_FROM ? createHash('sha256') : null;
  const hashing = hashHere ? null : sha256OfFile(input.path);
  hashing?.catch(() => undefined);
  const raw = createReadStream(input.path, { highWaterMark: CHUNK_BYTES });
  if (hashHere) raw.on('data', (chunk) => hashHere.update(chunk));
  if (onProgress) {
    let read = 0;
    raw.on('data', (chunk) => onProgress((read += chunk.length) / size));
  }
  let source: NodeJS.ReadableStream = raw;
  const gunzip = input.gzip ? createGunzip({ chunkSize: 1024 * 1024 }) : null;
  if (gunzip) {
    raw.on('error', (error) => gunzip.destroy(error));
    source = raw.pipe(gunzip);
  }
  try {
    const reading = await streamCsvChunks(
      input.file,
      input.gzip,
      source as AsyncIterable<Buffer>,
      consumer,
    );
    return { ...reading, sha256: hashing ?? Promise.resolve(hashHere!.digest('hex')) };
  } finally {
    // A stop in the middle (an error) must not leave the file open or inflating.
    gunzip?.destroy();
    raw.destroy();
  }
}
