// School returns saved as an .xlsx workbook as Excel saves one: digit-only
// cells (codes, years, counts; not leading zeros) as numbers, text as shared
// strings. Rows are streamed into the file. For the benches.

import { createReadStream, createWriteStream } from 'node:fs';
import { CsvScanner } from '../../src/pipeline/csv-scan';
import { CellDecoder } from '../../src/pipeline/encoding';
import { XlsxWriter, type XlsxCell } from '../pipeline/xlsx-write';

function sheetCells(cells: string[], header: boolean): XlsxCell[] {
  return cells.map((cell) => {
    if (cell === '') return null;
    return !header && /^(0|[1-9]\d{0,14})$/.test(cell) ? Number(cell) : cell;
  });
}

/** Writes the rows that `fill` adds (header first) as the first sheet of a workbook at `path`. */
async function writeSheet(
  path: string,
  fill: (addRow: (cells: string[]) => void) => Promise<void> | void,
): Promise<void> {
  const file = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    file.on('finish', resolve);
    file.on('error', reject);
  });
  const writer = new XlsxWriter((data, final) => {
    file.write(data);
    if (final) file.end();
  });
  writer.startSheet({ name: 'schools' });
  let header = true;
  await fill((cells) => {
    writer.addRow(sheetCells(cells, header));
    header = false;
  });
  writer.end();
  await done;
}

/** Rows (header first) as a workbook. */
export function writeWorkbookRows(path: string, rows: readonly string[][]): Promise<void> {
  return writeSheet(path, (addRow) => rows.forEach(addRow));
}

/** The rows of the UTF-8 CSV at `csvPath` as a workbook. */
export function writeWorkbook(path: string, csvPath: string): Promise<void> {
  return writeSheet(path, async (addRow) => {
    const decoder = new CellDecoder('utf-8');
    const scanner = new CsvScanner((record) =>
      addRow(Array.from({ length: record.count }, (_, i) => decoder.original(record, i))),
    );
    for await (const chunk of createReadStream(csvPath)) scanner.push(chunk as Buffer);
    scanner.end();
  });
}
