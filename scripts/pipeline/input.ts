// Finding and streaming the input files: plain or gzip, UTF-8 or GB18030.

import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import {
  acceptedNames,
  normaliseHeader,
  POPULATION_COLUMNS,
  REPORTED_COLUMNS,
  SCHOOL_COLUMNS,
  type ColumnSpec,
} from './columns';
import { CsvRecord, CsvScanner, ScanError } from './csv-scan';
import { CellDecoder, EncodingGuard, hasUtf8Bom, type Encoding } from './encoding';
import './node-bytes';
import { InputError } from './errors';

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

/** Column name → index in the file; -1 when the column is absent. */
export type ColumnIndex<Name extends string> = Record<Name, number>;

export function resolveHeader<Name extends string>(
  file: string,
  header: string[],
  specs: readonly (ColumnSpec & { name: Name })[],
): ColumnIndex<Name> {
  const positions = new Map<string, number[]>();
  header.forEach((cell, i) => {
    const key = normaliseHeader(cell);
    const seen = positions.get(key);
    if (seen) seen.push(i);
    else positions.set(key, [i]);
  });
  const index = {} as ColumnIndex<Name>;
  const missing: string[] = [];
  for (const spec of specs) {
    const names = new Set([spec.name, ...spec.aliases].map(normaliseHeader));
    const found = [...names].flatMap((name) => positions.get(name) ?? []).sort((a, b) => a - b);
    if (found.length > 1) {
      const where = found.map((i) => `column ${i + 1} ("${header[i]}")`).join(' and ');
      throw new InputError(
        `${file}:1:${spec.name}`,
        `column ${spec.name} appears ${found.length} times in the header, as ${where}; keep one of them`,
      );
    }
    index[spec.name] = found[0] ?? -1;
    if (spec.required && found.length === 0) {
      missing.push(`${spec.name} (accepted names: ${acceptedNames(spec)})`);
    }
  }
  if (missing.length > 0) {
    throw new InputError(
      file,
      `missing required column${missing.length > 1 ? 's' : ''} ${missing.join('; ')}`,
    );
  }
  return index;
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

export interface StreamResult {
  /** Computed on another thread; may finish after the read. */
  sha256: Promise<string>;
  encoding: Encoding;
  /** Data records seen (header excluded). */
  records: number;
}

export interface CsvConsumer {
  /** Called once with the decoded header cells; returns the per-record handler. */
  onHeader(
    header: string[],
    decoder: CellDecoder,
  ): (record: CsvRecord, decoder: CellDecoder) => void;
}

const CHUNK_BYTES = 4 * 1024 * 1024;
/** Below this size hashing on this thread costs less than starting a thread. */
const HASH_ON_THREAD_FROM = 16 * 1024 * 1024;

/** The canonical name of a header cell (COLUMN of an error), else the cell as written. */
function columnLabel(file: string, header: readonly string[] | null, field: number): string {
  const cell = header?.[field];
  if (cell === undefined) return `column ${field + 1}`;
  const specs: readonly ColumnSpec[] = file.startsWith('population')
    ? POPULATION_COLUMNS
    : file.includes('reported')
      ? REPORTED_COLUMNS
      : SCHOOL_COLUMNS;
  const key = normaliseHeader(cell);
  const spec = specs.find((s) => [s.name, ...s.aliases].some((n) => normaliseHeader(n) === key));
  return spec?.name ?? (key ? cell.trim() : `column ${field + 1}`);
}

/**
 * A stop of the scanner as an input error: `FILE:LINE:COLUMN` for an invalid
 * byte, `FILE:LINE` for a record over the limit, `FILE` for CR-only line ends.
 * `header` is null while the header itself was being read.
 */
export function scanInputError(
  file: string,
  error: ScanError,
  header: readonly string[] | null,
  lineOffset = 0,
): InputError {
  const line = error.line + lineOffset;
  switch (error.kind) {
    case 'cr-only-line-ends':
      return new InputError(file, error.message);
    case 'record-too-long':
      return new InputError(`${file}:${line}`, error.message);
    case 'invalid-bytes':
      return new InputError(
        `${file}:${line}:${columnLabel(file, header, error.field)}`,
        error.message,
      );
  }
}

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

  // Undecided (read as UTF-8) while the bytes are ASCII; see encoding.ts.
  const guard = new EncodingGuard();
  const decoder = new CellDecoder('utf-8');
  let header: string[] | null = null;
  let handle: ((record: CsvRecord, decoder: CellDecoder) => void) | null = null;
  let records = 0;
  const scanner = new CsvScanner(
    (record) => {
      if (guard.encoding) decoder.use(guard.encoding);
      if (!handle) {
        header = Array.from({ length: record.count }, (_, i) => decoder.text(record, i));
        handle = consumer.onHeader(header, decoder);
        return;
      }
      records++;
      handle(record, decoder);
    },
    { guard },
  );

  let first = true;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      let bytes = chunk;
      if (first) {
        first = false;
        if (hasUtf8Bom(bytes)) {
          guard.encoding = 'utf-8';
          bytes = bytes.subarray(3);
        }
      }
      scanner.push(bytes);
    }
    scanner.end();
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof ScanError) throw scanInputError(input.file, error, header);
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      input.file,
      `cannot be read (${reason})${input.gzip ? '; is it really gzip-compressed?' : ''}`,
    );
  } finally {
    // A stop in the middle (an error) must not leave the file open or inflating.
    gunzip?.destroy();
    raw.destroy();
  }
  if (!handle)
    throw new InputError(input.file, 'no header row found; the first line must name the columns');
  return {
    sha256: hashing ?? Promise.resolve(hashHere!.digest('hex')),
    encoding: guard.encoding ?? 'utf-8',
    records,
  };
}
