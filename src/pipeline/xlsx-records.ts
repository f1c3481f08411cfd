// An .xlsx input's first sheet as the same byte records the CSV scanner
// produces (one field per column, UTF-8), handed to the same consumers, so
// validation and messages are the CSV's. A record's line is the sheet's row
// number; since records are built directly (not re-scanned as CSV text), a
// line break inside a cell cannot shift the numbering. Rows whose cells are
// all empty are skipped, as blank lines are in a CSV. Only the first sheet
// part and the shared strings are held in memory, never the whole sheet.
// Host-free: the CLI reads the workbook by position from disk (xlsx.ts), the
// browser from a File.

import type { CsvConsumer } from './csv-input';
import { CsvRecord } from './csv-scan';
import { CellDecoder } from './encoding';
import { InputError } from './errors';
import { readFirstSheet, XlsxFormatError, type ByteSource } from './xlsx-sheet';

const encoder = new TextEncoder();

/** As for CSV: a longer record is an error at its line. */
const MAX_RECORD_BYTES = 1024 * 1024;

/** Turns sheet rows into reusable CsvRecords of UTF-8 bytes. */
export class SheetRecords {
  private readonly record = new CsvRecord();
  private buf = new Uint8Array(64 * 1024);

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
      if (cell.length > 0) at += encoder.encodeInto(cell, this.buf.subarray(at)).written;
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
    const bigger = new Uint8Array(Math.max(needed, this.buf.length * 2));
    bigger.set(this.buf);
    this.buf = bigger;
  }
}

/** Streams the first sheet of the workbook in `source` through `consumer`; returns the data rows read. */
export async function streamSheet(
  file: string,
  source: ByteSource,
  consumer: CsvConsumer,
  onProgress?: (fraction: number) => void,
): Promise<number> {
  const decoder = new CellDecoder('utf-8');
  const records = new SheetRecords(file);
  let handle: ((record: CsvRecord, decoder: CellDecoder) => void) | null = null;
  let width = 0;
  let rows = 0;
  try {
    await readFirstSheet(source, {
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
    if (error instanceof XlsxFormatError) throw new InputError(file, error.message);
    throw error;
  }
  if (!handle) {
    throw new InputError(
      file,
      'no header row found; the first row of the first sheet must name the columns',
    );
  }
  return rows;
}
