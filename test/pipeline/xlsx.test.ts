// schools.xlsx and population.xlsx: read like their CSV (docs/data-contract.md,
// "Encodings and file formats"), LINE = the sheet's row number.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readFirstSheet, type ByteSource } from '../../src/pipeline/xlsx-sheet';
import { writeXlsx, type XlsxCell, type XlsxSheet } from '../../scripts/pipeline/xlsx-write';
import { find, parseCsv, runBuild, schools, SCHOOL_HEADER, type BuildRun } from './helpers';

const GOLDEN_INPUT = join(import.meta.dirname, '../fixtures/pipeline/golden/input');
const goldenSchools = readFileSync(join(GOLDEN_INPUT, 'schools.csv'), 'utf8');
const goldenPopulation = readFileSync(join(GOLDEN_INPUT, 'population.csv'), 'utf8');

type CellStyle = 'numbers' | 'text';

/** CSV text → sheet rows: digit-only cells as numbers or as text, empty cells left out. */
function sheetRows(csv: string, style: CellStyle): XlsxCell[][] {
  return parseCsv(csv).map((cells, i) =>
    cells.map((cell) => {
      if (cell === '') return null;
      return i > 0 && style === 'numbers' && /^\d+$/.test(cell) ? Number(cell) : cell;
    }),
  );
}

function workbook(csv: string, style: CellStyle, strings: XlsxSheet['strings'] = 'shared') {
  return writeXlsx([{ rows: sheetRows(csv, style), strings }]);
}

const aggregates = (run: BuildRun) => readFileSync(join(run.out, 'aggregates.csv'));
const manifest = (run: BuildRun) =>
  JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8')) as {
    inputs: Record<string, unknown>[];
  };

/** A workbook from hand-written parts (XML the writer does not produce). */
function handMadeXlsx(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkg = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const parts: Record<string, string> = {
    '_rels/.rels': `<Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/data.xml"/></Relationships>`,
    'xl/worksheets/data.xml': `<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="${ns}"><x:sheetData>${sheetXml}</x:sheetData></x:worksheet>`,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

describe('xlsx input gives what its CSV gives', () => {
  it('builds a byte-identical aggregates.csv from the golden input as CSV and as .xlsx', async () => {
    const csv = await runBuild({
      'schools.csv': goldenSchools,
      'population.csv': goldenPopulation,
    });
    expect(csv.exitCode).toBe(0);
    expect(csv.rows.length).toBeGreaterThan(50);
    for (const style of ['numbers', 'text'] as const) {
      for (const strings of ['shared', 'inline'] as const) {
        const xlsx = await runBuild({
          'schools.xlsx': workbook(goldenSchools, style, strings),
          'population.xlsx': workbook(goldenPopulation, style, strings),
        });
        expect(xlsx.log, `${style}, ${strings} strings`).toEqual([]);
        expect(xlsx.exitCode).toBe(0);
        expect(aggregates(xlsx).equals(aggregates(csv)), `${style}, ${strings} strings`).toBe(true);
      }
    }
  });

  it('records the workbook as found in the manifest: name, sha256, rows read', async () => {
    const bytes = workbook(goldenSchools, 'numbers');
    const run = await runBuild({ 'schools.xlsx': bytes, 'population.csv': goldenPopulation });
    expect(run.exitCode).toBe(0);
    expect(manifest(run).inputs[0]).toMatchObject({
      role: 'schools',
      file: 'schools.xlsx',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: 'utf-8',
      gzip: false,
      rowsRead: parseCsv(goldenSchools).length - 1,
      rowsRejected: 0,
    });
  });

  it('reads numbers stored as numbers and codes stored as text, booleans as 1/0', async () => {
    const header = SCHOOL_HEADER.split(',');
    const rows: XlsxCell[][] = [
      header,
      // year and code as numbers, counts as numbers, offers_after_school as a boolean.
      [2021, 'P1', null, 410602, 'primary', 'public', null, null, 10, 9, 400, 300, 20, 10, true],
      // everything as text, offers_after_school as a boolean false.
      [
        '2021',
        'P2',
        null,
        '410602',
        '小学',
        '公办',
        null,
        null,
        '10',
        '5',
        '100',
        '0',
        '5',
        '0',
        false,
      ],
      // a kindergarten: inclusive as a boolean.
      [2021, 'K1', null, 410602, 'kindergarten', 'private', true, 30],
    ];
    const run = await runBuild({ 'schools.xlsx': writeXlsx([{ rows }]) });
    expect(run.log).toEqual([]);
    expect(find(run.rows, 'county', '410602', 'class_multimedia_rate')).toMatchObject({
      numerator: '14',
      denominator: '20',
    });
    expect(find(run.rows, 'county', '410602', 'after_school_school_coverage')!.value).toBe('0.5');
    expect(find(run.rows, 'county', '410602', 'inclusive_kindergarten_coverage')!.value).toBe('1');
  });

  it('reads shared and inline strings, skipped columns, rich text and numbers in other forms', async () => {
    const header = SCHOOL_HEADER.split(',')
      .map((name, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`)
      .join('');
    const shared = SCHOOL_HEADER.split(',')
      .map((name) => `<si><t>${name}</t></si>`)
      .concat('<si><r><t>pri</t></r><r><rPr><b/></rPr><t>mary</t></r><rPh><t>x</t></rPh></si>')
      .join('');
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared}</sst>`;
    // Row 2: no `r` on cells (positions follow), a date-styled year, an inline code,
    // classes written as "1.0E1" and a formula's cached number. Row 4 skips columns.
    const sheet =
      `<x:row r="1">${header}</x:row>` +
      '<x:row><x:c s="3"><x:v>2021</x:v></x:c><x:c t="inlineStr"><x:is><x:t>P&amp;1</x:t></x:is></x:c>' +
      '<x:c/><x:c t="inlineStr"><x:is><x:t xml:space="preserve"> 410602 </x:t></x:is></x:c>' +
      `<x:c t="s"><x:v>${SCHOOL_HEADER.split(',').length}</x:v></x:c><x:c t="str"><x:v>public</x:v></x:c>` +
      '<x:c/><x:c/><x:c><x:v>1.0E1</x:v></x:c><x:c><x:f>J1*0+9</x:f><x:v>9</x:v></x:c></x:row>' +
      '<!-- a comment --><x:row r="4"><x:c r="A4"><x:v>2021</x:v></x:c><x:c r="B4" t="inlineStr"><x:is><x:t>P2</x:t></x:is></x:c>' +
      '<x:c r="D4"><x:v>410602</x:v></x:c><x:c r="E4" t="inlineStr"><x:is><x:t><![CDATA[primary]]></x:t></x:is></x:c>' +
      '<x:c r="I4"><x:v>10</x:v></x:c><x:c r="J4"><x:v>1</x:v></x:c></x:row>';
    const run = await runBuild({
      'schools.xlsx': handMadeXlsx(sheet, {
        'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/></Relationships>`,
        'xl/strings.xml': sst,
      }),
    });
    expect(run.log).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(find(run.rows, 'county', '410602', 'class_multimedia_rate')).toMatchObject({
      numerator: '10',
      denominator: '20',
    });
  });

  it('reads the first sheet in workbook order, not the first worksheet part', async () => {
    const good = schools('2021,S1,,410602,senior,public,,,10,7,,,,,');
    const bytes = writeXlsx([
      { name: 'returns', rows: sheetRows(good, 'numbers') },
      { name: 'notes', rows: [['nothing to read here']] },
    ]);
    const run = await runBuild({ 'schools.xlsx': bytes });
    expect(run.exitCode).toBe(0);
    expect(find(run.rows, 'county', '410602', 'class_multimedia_rate')!.value).toBe('0.7');

    // Workbook order puts the second part first.
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const reordered = handMadeXlsx(
      '<x:row><x:c t="inlineStr"><x:is><x:t>junk</x:t></x:is></x:c></x:row>',
      {
        'xl/workbook.xml': `<workbook xmlns:r="${rel}"><sheets><sheet name="B" sheetId="2" r:id="rId2"/><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/data.xml"/><Relationship Id="rId2" Type="${rel}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
        'xl/worksheets/sheet2.xml': `<worksheet><sheetData>${sheetRows(good, 'numbers')
          .map(
            (cells, r) =>
              `<row r="${r + 1}">${cells
                .map((c, i) =>
                  c === null
                    ? ''
                    : `<c r="${String.fromCharCode(65 + i)}${r + 1}" t="inlineStr"><is><t>${c}</t></is></c>`,
                )
                .join('')}</row>`,
          )
          .join('')}</sheetData></worksheet>`,
      },
    );
    const second = await runBuild({ 'schools.xlsx': reordered });
    expect(second.log).toEqual([]);
    expect(find(second.rows, 'county', '410602', 'class_multimedia_rate')!.value).toBe('0.7');
  });

  it('builds a header-only sheet into a header-only aggregates.csv', async () => {
    const run = await runBuild({
      'schools.xlsx': writeXlsx([{ rows: [SCHOOL_HEADER.split(',')] }]),
    });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(run.out, 'aggregates.csv'), 'utf8')).toBe(
      'level,code,name,parent_code,year,metric,numerator,denominator,value,flags\n',
    );
  });
});

describe('errors in an xlsx', () => {
  it('reports FILE:ROW:column with the sheet row, past skipped rows and line breaks in cells', async () => {
    const header = SCHOOL_HEADER.split(',');
    const ok = (id: string, name: string | null): XlsxCell[] => [
      2021,
      id,
      name,
      410602,
      'senior',
      'public',
      null,
      null,
      10,
      7,
    ];
    const bytes = writeXlsx([
      {
        rows: [
          header,
          ok('S1', '第一\n中学\r\n(two lines)'),
          { row: 5, cells: ok('S2', null) },
          { row: 9, cells: [2021, 'S3', null, 410602, 'senior', 'public', null, null, 12.5, 7] },
          { row: 10, cells: [2021, 'S4', null, 410602, 'senior', 'public', null, null, 10, 11] },
          { row: 11, cells: [20211, 'S5', null, 410602, 'senior'] },
        ],
      },
    ]);
    const run = await runBuild({ 'schools.xlsx': bytes });
    expect(run.exitCode).toBe(1);
    expect(run.log.map((line) => line.replace(/: .*/, ''))).toEqual([
      'schools.xlsx:9:classes',
      'schools.xlsx:10:classes_with_multimedia',
      'schools.xlsx:11:year',
    ]);

    // The same rows as CSV give the same messages (lines differ: a CSV has no gaps).
    const csv = await runBuild({
      'schools.csv': schools(
        '2021,S3,,410602,senior,public,,,12.5,7,,,,,',
        '2021,S4,,410602,senior,public,,,10,11,,,,,',
        '20211,S5,,410602,senior,,,,,,,,,,',
      ),
    });
    const message = (line: string) => line.replace(/^[^:]+:\d+:[a-z_]+: /, '');
    expect(run.log.map(message)).toEqual(csv.log.map(message));
  });

  it('is an error when two forms of one input are present', async () => {
    const xlsx = workbook(goldenSchools, 'numbers');
    const both = await runBuild({ 'schools.csv': goldenSchools, 'schools.xlsx': xlsx });
    expect(both.exitCode).toBe(1);
    expect(both.log[0]).toMatch(/^schools\.xlsx: both schools\.csv and schools\.xlsx are present/);

    const three = await runBuild({
      'schools.xlsx': xlsx,
      'population.csv': goldenPopulation,
      'population.csv.gz': new Uint8Array(),
      'population.xlsx': workbook(goldenPopulation, 'numbers'),
    });
    expect(three.exitCode).toBe(1);
    expect(three.log[0]).toMatch(
      /^population\.csv\.gz: population\.csv, population\.csv\.gz and population\.xlsx are all present/,
    );
  });

  it('says what is wrong with a file that is not a workbook', async () => {
    const cases: [Uint8Array | string, RegExp][] = [
      [goldenSchools, /^schools\.xlsx: is not an Excel workbook \(\.xlsx\)/],
      ['', /^schools\.xlsx: the file is empty/],
      [
        Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
        /^schools\.xlsx: is a password-protected workbook or an old \.xls file/,
      ],
      [
        zipSync({ 'a.txt': strToU8('hello') }),
        /^schools\.xlsx: is a zip file but not an Excel workbook/,
      ],
      [
        workbook(goldenSchools, 'numbers').subarray(0, 2000),
        /^schools\.xlsx: is not an Excel workbook/,
      ],
      [writeXlsx([{ rows: [] }]), /^schools\.xlsx: no header row found/],
    ];
    for (const [bytes, expected] of cases) {
      const run = await runBuild({ 'schools.xlsx': bytes });
      expect(run.exitCode).toBe(1);
      expect(run.log).toHaveLength(1);
      expect(run.log[0]).toMatch(expected);
    }
  });

  it('reports a damaged sheet part instead of reading part of it', async () => {
    const bytes = workbook(goldenSchools, 'numbers');
    const damaged = Uint8Array.from(bytes);
    // Flip bytes in the middle of the first entry's compressed data (the sheet).
    for (let i = 200; i < 260; i++) damaged[i] ^= 0x5a;
    const run = await runBuild({ 'schools.xlsx': damaged });
    expect(run.exitCode).toBe(1);
    expect(run.log[0]).toMatch(/^schools\.xlsx: is damaged/);
  });

  it('writes rejected rows of an xlsx with their sheet row and original cells', async () => {
    const bytes = writeXlsx([
      {
        rows: [
          SCHOOL_HEADER.split(','),
          [2021, 'S1', null, 410602, 'senior', 'public', null, null, 10, 7],
          { row: 4, cells: [2021, 'S2', '=cmd', 410602, 'senior', 'public', null, null, 'x', 7] },
        ],
      },
    ]);
    const run = await runBuild({ 'schools.xlsx': bytes }, { skipInvalid: true });
    expect(run.exitCode).toBe(0);
    expect(run.log[0]).toMatch(/^schools\.xlsx:4:classes: /);
    expect(manifest(run).inputs[0]).toMatchObject({ rowsRead: 2, rowsRejected: 1 });
  });
});

describe('the sheet reader without Node (as in a browser worker)', () => {
  /** Bytes in memory, inflated by fflate and checked by our own CRC-32. */
  const memory = (bytes: Uint8Array): ByteSource => ({
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, offset + length),
  });

  it('gives each row with its sheet row number and cells as text', async () => {
    const bytes = writeXlsx([
      {
        name: '学校',
        rows: [
          ['year', 'county_code', 'n', 'flag', 'name'],
          [2023, 410602, 12.5, true, '第一\n中学 & "B"'],
          { row: 7, cells: [null, '410603', 0.1 + 0.2, false, null, 'extra'] },
        ],
      },
    ]);
    const rows: [number, string[]][] = [];
    const info = await readFirstSheet(memory(bytes), {
      onRow: (row, cells, count) => rows.push([row, cells.slice(0, count)]),
    });
    expect(info).toEqual({ name: '学校', part: 'xl/worksheets/sheet1.xml' });
    expect(rows).toEqual([
      [1, ['year', 'county_code', 'n', 'flag', 'name']],
      [2, ['2023', '410602', '12.5', '1', '第一\n中学 & "B"']],
      [7, ['', '410603', '0.30000000000000004', '0', '', 'extra']],
    ]);
  });

  it('undoes Excel escapes, reads error values and a number written with an exponent', async () => {
    const sheet =
      '<x:row r="3"><x:c r="A3" t="e"><x:v>#N/A</x:v></x:c><x:c r="B3"><x:v>4.10602E5</x:v></x:c>' +
      '<x:c r="C3" t="inlineStr"><x:is><x:t>a_x000D_b_x005F_x0041_</x:t></x:is></x:c></x:row>';
    const rows: string[][] = [];
    await readFirstSheet(memory(handMadeXlsx(sheet)), {
      onRow: (_, cells, count) => rows.push(cells.slice(0, count)),
    });
    expect(rows).toEqual([['#N/A', '410602', 'a\rb_x0041_']]);
  });
});
