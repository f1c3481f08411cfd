// The byte scanner agrees with a plain reference parser on awkward CSV, however
// the input is cut into chunks, and reports the line each record starts on; it
// enforces the record limit, LF/CRLF line ends and valid bytes.

import { describe, expect, it } from 'vitest';
import { CsvScanner, MAX_RECORD_BYTES, ScanError } from '../../src/pipeline/csv-scan';
import { CellDecoder, EncodingGuard } from '../../src/pipeline/encoding';
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

describe('CsvScanner limits', () => {
  function collect(chunks: Buffer[], guard = new EncodingGuard()) {
    const lines: number[] = [];
    const scanner = new CsvScanner((r) => lines.push(r.line), { guard });
    for (const chunk of chunks) scanner.push(chunk);
    scanner.end();
    return lines;
  }
  const caught = (work: () => unknown): ScanError => {
    try {
      work();
    } catch (error) {
      if (error instanceof ScanError) return error;
      throw error;
    }
    throw new Error('expected a ScanError');
  };
  const cut = (bytes: Buffer, size: number) =>
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, k) =>
      bytes.subarray(k * size, (k + 1) * size),
    );

  it('finishes an unfinished record from where the last chunk stopped (linear time)', () => {
    // 1 MiB minus a little in one quoted cell, pushed 64 bytes at a time: rescanning
    // from the record start on each chunk would take about 8 GB of scanning.
    const cell = 'x'.repeat(MAX_RECORD_BYTES - 100);
    const bytes = Buffer.from(`a,b\n1,"${cell}"\n2,3\n`);
    const started = performance.now();
    expect(collect(cut(bytes, 64))).toEqual([1, 2, 3]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('accepts a record of exactly 1 MiB and refuses a longer one at its first line', () => {
    const fits = 'y'.repeat(MAX_RECORD_BYTES - 3); // 1,"…"LF is then 1 MiB + 2 … keep to the limit
    const atLimit = Buffer.from(`a,b\n1,${fits.slice(0, MAX_RECORD_BYTES - 3)}\n`);
    expect(collect(cut(atLimit, 4096))).toEqual([1, 2]);
    const tooLong = Buffer.from(`a,b\n1,2\n3,"z\n${'z'.repeat(MAX_RECORD_BYTES)}"\n`);
    for (const size of [tooLong.length, 4096, 1 << 20]) {
      const error = caught(() => collect(cut(tooLong, size)));
      expect(error.kind).toBe('record-too-long');
      expect(error.line).toBe(3);
    }
  });

  it('says so when lines end in CR only, small or large', () => {
    for (const text of ['a,b\r1,2\r3,4\r', `a,b\r${'1,2\r'.repeat(400_000)}`]) {
      const error = caught(() => collect(cut(Buffer.from(text), 65536)));
      expect(error.kind).toBe('cr-only-line-ends');
      expect(error.message).toMatch(/CR only/);
    }
    expect(collect([Buffer.from('a,b\r\n1,2\r\n')])).toEqual([1, 2]);
    expect(collect([Buffer.from('a,"x\ry"\n1,2\n')])).toEqual([1, 2]);
  });

  it('reports an invalid byte at its line and field, however the file is cut', () => {
    const lines = ['name,city', '学校,北京'];
    for (let i = 0; i < 70_000; i++) lines.push(`school ${i},城市${i % 10}`);
    const bytes = Buffer.from(`${lines.join('\n')}\n`);
    const bad = Buffer.concat([bytes, Buffer.from('ok,ok\nfine,b\xffd\n', 'latin1'), bytes]);
    for (const size of [bad.length, 4 << 20, 65536, 1000]) {
      const error = caught(() => collect(cut(bad, size)));
      expect(error.kind).toBe('invalid-bytes');
      expect([error.line, error.field]).toEqual([lines.length + 2, 1]);
      expect(error.message).toMatch(/not valid UTF-8.*save the file as UTF-8/);
    }
  });

  it('reads GB18030 whose first megabytes are ASCII, and checks it as GB18030', () => {
    const ascii = Array.from({ length: 100_000 }, (_, i) => `${i},plain ascii row`);
    const gb = Buffer.from([0xd0, 0xa1, 0xd1, 0xa7, 0x2c, 0xb1, 0xb1, 0xbe, 0xa9]); // 小学,北京
    const bytes = Buffer.concat([
      Buffer.from(`id,name\n${ascii.join('\n')}\n`),
      gb,
      Buffer.from('\n'),
    ]);
    const guard = new EncodingGuard();
    const cells: string[] = [];
    const decoder = new CellDecoder('utf-8');
    const scanner = new CsvScanner(
      (r) => {
        if (guard.encoding) decoder.use(guard.encoding);
        if (r.line > ascii.length + 1) cells.push(decoder.text(r, 0), decoder.text(r, 1));
      },
      { guard },
    );
    for (const chunk of cut(bytes, 1 << 20)) scanner.push(chunk);
    scanner.end();
    expect(guard.encoding).toBe('gb18030');
    expect(cells).toEqual(['小学', '北京']);
  });
});

describe('CsvRecord cell readers', () => {
  /** count_, width and isEmpty of every cell of one record. */
  function cells(line: string): { count: number; width: number; empty: boolean }[] {
    const out: { count: number; width: number; empty: boolean }[] = [];
    const scanner = new CsvScanner((record) => {
      for (let i = 0; i < record.count; i++) {
        const count = record.count_(i);
        out.push({ count, width: record.width, empty: record.isEmpty(i) });
      }
    });
    scanner.push(Buffer.from(`${line}\n`));
    scanner.end();
    return out;
  }

  it('reads counts with or without blanks around them, and nothing else', () => {
    expect(
      cells('0,149,2015, 12 ,\t7,,  ,1 2,-3,1.5,12a,123456789012345,1234567890123456'),
    ).toEqual([
      { count: 0, width: 1, empty: false },
      { count: 149, width: 3, empty: false },
      { count: 2015, width: 4, empty: false },
      { count: 12, width: 2, empty: false },
      { count: 7, width: 1, empty: false },
      { count: -2, width: 0, empty: true },
      { count: -2, width: 0, empty: true },
      { count: -1, width: 3, empty: false },
      { count: -1, width: 2, empty: false },
      { count: -1, width: 3, empty: false },
      { count: -1, width: 3, empty: false },
      { count: 123456789012345, width: 15, empty: false },
      { count: -1, width: 16, empty: false },
    ]);
  });

  it('reads a cell past the last field as empty', () => {
    const scanner = new CsvScanner((record) => {
      expect(record.count_(5)).toBe(-2);
      expect(record.width).toBe(0);
      expect(record.isEmpty(5)).toBe(true);
      expect(record.isEmpty(-1)).toBe(true);
    });
    scanner.push(Buffer.from('1,2\n'));
    scanner.end();
  });
});
