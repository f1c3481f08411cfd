// Reading one CSV input from a stream of byte chunks: the header, the
// encoding decided and checked over the whole file, the records handed to a
// consumer. Host-free: the CLI feeds it file chunks (input.ts), the browser
// a File's stream.

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
import { InputError } from './errors';

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

export interface StreamResult {
  /** Of the file's bytes as stored (compressed when gzip); may finish after the read. */
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

/** What reading a CSV found, before its hash is known. */
export type CsvReading = Omit<StreamResult, 'sha256'>;

/**
 * Streams one CSV through `consumer` from its (decompressed) chunks, never
 * holding more than a chunk and an unfinished record.
 */
export async function streamCsvChunks(
  file: string,
  gzip: boolean,
  chunks: AsyncIterable<Uint8Array>,
  consumer: CsvConsumer,
): Promise<CsvReading> {
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
    for await (const chunk of chunks) {
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
    if (error instanceof ScanError) throw scanInputError(file, error, header);
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(
      file,
      `cannot be read (${reason})${gzip ? '; is it really gzip-compressed?' : ''}`,
    );
  }
  if (!handle)
    throw new InputError(file, 'no header row found; the first line must name the columns');
  return { encoding: guard.encoding ?? 'utf-8', records };
}
