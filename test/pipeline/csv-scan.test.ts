// The byte scanner agrees with a plain reference parser on awkward CSV, however
// the input is cut into chunks, and reports the line each record starts on.

import { describe, expect, it } from 'vitest';
import { CsvScanner } from '../../scripts/pipeline/csv-scan';
import { CellDecoder } from '../../scripts/pipeline/encoding';
import { parseCsv } from './helpers';

const decoder = new CellDecoder('utf-8');

function scan(text: string, chunkSizes: number[]): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  const scanner = new CsvScanner((record) =>
    out.push({
      line: record.line,
      cells: Array.from({ length: record.count }, (_, i) => decoder.original(record, i)),
    }),
  );
  const bytes = Buffer.from(text);
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = chunkSizes[k % chunkSizes.length];
    scanner.push(bytes.subarray(at, at + size));
    at += size;
  }
  scanner.end();
  return out;
}

const SAMPLE = [
  'year,name,note,n',
  '2021,淇滨区,plain,1',
  '2021,"a, b","say ""hi""",2',
  '2021,"two\nlines",x,3\r',
  '2021,,,',
  '2021,end,"quoted at end"',
  '2022,"",\r',
  'last,row,no,newline',
].join('\n');

describe('CsvScanner', () => {
  it('matches a reference parser for every chunking', () => {
    const expected = parseCsv(SAMPLE.replaceAll('\r\n', '\n').replaceAll('\r', ''));
    for (const sizes of [[1], [2], [3], [7], [13], [1, 5, 2], [4096]]) {
      const records = scan(SAMPLE, sizes);
      expect(
        records.map((r) => r.cells),
        `chunks ${sizes}`,
      ).toEqual(expected);
    }
  });

  it('reports the physical line where each record starts', () => {
    expect(scan(SAMPLE, [5]).map((r) => r.line)).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
  });

  it('skips blank lines and flags unterminated quotes', () => {
    const records: { count: number; malformed: string | null }[] = [];
    const scanner = new CsvScanner((r) => records.push({ count: r.count, malformed: r.malformed }));
    scanner.push(Buffer.from('a,b\n\n"open,c\n'));
    scanner.end();
    expect(records[0]).toEqual({ count: 2, malformed: null });
    expect(records[1].malformed).toMatch(/unterminated quoted field/);
  });
});
