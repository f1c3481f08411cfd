// Finding and streaming the input files: plain or gzip, UTF-8 or GB18030.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { acceptedNames, normaliseHeader, type ColumnSpec } from './columns';
import { CsvRecord, CsvScanner } from './csv-scan';
import { CellDecoder, detectEncoding, hasUtf8Bom, type Encoding } from './encoding';
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
  const positions = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = normaliseHeader(cell);
    if (!positions.has(key)) positions.set(key, i);
  });
  const index = {} as ColumnIndex<Name>;
  const missing: string[] = [];
  for (const spec of specs) {
    const found = [spec.name, ...spec.aliases]
      .map((name) => positions.get(normaliseHeader(name)))
      .filter((i): i is number => i !== undefined);
    if (found.length > 1) {
      throw new InputError(
        file,
        `column ${spec.name} appears more than once in the header (as ${found.map((i) => `"${header[i]}"`).join(' and ')}); keep one`,
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
  const hashing = sha256OfFile(input.path);
  hashing.catch(() => undefined);
  const raw = createReadStream(input.path, { highWaterMark: CHUNK_BYTES });
  if (onProgress) {
    let read = 0;
    raw.on('data', (chunk) => onProgress((read += chunk.length) / size));
  }
  let source: NodeJS.ReadableStream = raw;
  if (input.gzip) {
    const gunzip = createGunzip({ chunkSize: 1024 * 1024 });
    raw.on('error', (error) => gunzip.destroy(error));
    source = raw.pipe(gunzip);
  }

  let decoder: CellDecoder | null = null;
  let handle: ((record: CsvRecord, decoder: CellDecoder) => void) | null = null;
  let records = 0;
  const scanner = new CsvScanner((record) => {
    if (!decoder) return;
    if (!handle) {
      const header = Array.from({ length: record.count }, (_, i) => decoder!.text(record, i));
      handle = consumer.onHeader(header, decoder);
      return;
    }
    records++;
    handle(record, decoder);
  });

  let first = true;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      let bytes = chunk;
      if (first) {
        first = false;
        decoder = new CellDecoder(detectEncoding(bytes, false));
        if (hasUtf8Bom(bytes)) bytes = bytes.subarray(3);
      }
      scanner.push(bytes);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      input.file,
      `cannot be read (${reason})${input.gzip ? '; is it really gzip-compressed?' : ''}`,
    );
  }
  scanner.end();
  if (!handle)
    throw new InputError(input.file, 'no header row found; the first line must name the columns');
  return { sha256: hashing, encoding: decoder!.encoding, records };
}
