// schools.xlsx / population.xlsx in the data build: the first sheet's rows
// become the same byte records the CSV scanner produces (one field per
// column, UTF-8), handed to the same consumers, so validation and messages
// are the CSV's. A record's line is the sheet's row number; since records
// are built directly (not re-scanned as CSV text), a line break inside a
// cell cannot shift the numbering. Rows whose cells are all empty are
// skipped, as blank lines are in a CSV. Only the first sheet part and the
// shared strings are held in memory, never the whole sheet.

import { open, type FileHandle } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { CsvRecord } from './csv-scan';
import { CellDecoder } from './encoding';
import { InputError } from './errors';
import { sha256OfFile, type CsvConsumer, type FoundInput, type StreamResult } from './input';
import { readFirstSheet, XlsxFormatError, type ByteSource } from './xlsx-sheet';

/** As for CSV: a longer record is an error at its line. */
const MAX_RECORD_BYTES = 1024 * 1024;

/** Node's zlib CRC-32 (Node 20.15 and later). */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, previous: number) => number }).crc32;

/** A file read by position, inflated by Node's zlib (native, faster than fflate's). */
function fileSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    inflateRaw(compressed) {
      const inflater = zlib.createInflateRaw({ chunkSize: 1024 * 1024 });
      const input = Readable.from(compressed);
      input.on('error', (error) => inflater.destroy(error));
      return input.pipe(inflater);
    },
    crc32: nativeCrc32,
    async read(offset, length) {
      const buf = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await handle.read(buf, done, length - done, offset + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return buf.subarray(0, done);
    },
  };
}

/** Turns sheet rows into reusable CsvRecords of UTF-8 bytes. */
export class SheetRecords {
  private readonly record = new CsvRecord();
  private buf = Buffer.allocUnsafe(64 * 1024);

  constructor(private readonly file: string) {}

  /** The row's first `width` cells as one record (missing cells empty, later ones left out). */
  build(row: number, cells: readonly string[], count: number, width: number): CsvRecord {
    const rec = this.record;
    rec.line = row;
    rec.malformed = null;
    if (rec.starts.length < width) {
      // Fields are set directly: never quoted, so their `escaped` marks stay 0.
      rec.starts = new Int32Array(width);
      rec.ends = new Int32Array(width);
      rec.escaped = new Uint8Array(width);
    }
    let at = 0;
    for (let i = 0; i < width; i++) {
      const cell = i < count ? cells[i] : '';
      if (at + cell.length * 3 > this.buf.length) this.grow(at + cell.length * 3);
      rec.starts[i] = at;
      if (cell.length > 0) at += this.buf.write(cell, at);
      rec.ends[i] = at;
      if (at > MAX_RECORD_BYTES) {
        throw new InputError(
          `${this.file}:${row}`,
          `row longer than ${MAX_RECORD_BYTES / 1024 / 1024} MiB; a row of a school return is far shorter`,
        );
      }
    }
    rec.count = width;
    rec.buf = this.buf;
    return rec;
  }

  private grow(needed: number): void {
    const bigger = Buffer.allocUnsafe(Math.max(needed, this.buf.length * 2));
    this.buf.copy(bigger);
    this.buf = bigger;
  }
}

/** Streams an .xlsx input's first sheet through `consumer`, like `streamCsv` for a CSV. */
export async function streamXlsx(
  input: FoundInput,
  consumer: CsvConsumer,
  onProgress?: (fraction: number) => void,
): Promise<StreamResult> {
  const size = statSync(input.path).size;
  if (size === 0) {
    throw new InputError(input.file, 'the file is empty (0 bytes); expected a workbook');
  }
  const hashing = sha256OfFile(input.path);
  hashing.catch(() => undefined);
  const decoder = new CellDecoder('utf-8');
  const records = new SheetRecords(input.file);
  let handle: ((record: CsvRecord, decoder: CellDecoder) => void) | null = null;
  let width = 0;
  let rows = 0;
  const file = await open(input.path, 'r');
  try {
    await readFirstSheet(fileSource(file, size), {
      onRow(row, cells, count) {
        if (!handle) {
          const record = records.build(row, cells, count, count);
          const header = Array.from({ length: record.count }, (_, i) => decoder.text(record, i));
          width = header.length;
          handle = consumer.onHeader(header, decoder);
          return;
        }
        rows++;
        handle(records.build(row, cells, count, width), decoder);
      },
      onProgress,
    });
  } catch (error) {
    if (error instanceof XlsxFormatError) throw new InputError(input.file, error.message);
    throw error;
  } finally {
    await file.close();
  }
  if (!handle) {
    throw new InputError(
      input.file,
      'no header row found; the first row of the first sheet must name the columns',
    );
  }
  return { sha256: hashing, encoding: 'utf-8', records: rows };
}
