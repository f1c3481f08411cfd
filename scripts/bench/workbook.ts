// A CSV file of school returns saved as an .xlsx workbook as Excel saves one:
// digit-only cells (codes, years, counts; not leading zeros) as numbers, text
// as shared strings. Streams rows: any size fits in memory. For the benches.

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

/** Writes the rows of the UTF-8 CSV at `csvPath` as the first sheet of a workbook at `path`. */
export async function writeWorkbook(path: string, csvPath: string): Promise<void> {
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
  const decoder = new CellDecoder('utf-8');
  let header = true;
  const scanner = new CsvScanner((record) => {
    const cells = Array.from({ length: record.count }, (_, i) => decoder.original(record, i));
    writer.addRow(sheetCells(cells, header));
    header = false;
  });
  for await (const chunk of createReadStream(csvPath)) scanner.push(chunk as Buffer);
  scanner.end();
  writer.end();
  await done;
}
