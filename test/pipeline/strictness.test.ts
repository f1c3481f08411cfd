// Input rules of docs/data-contract.md that guard against careless
// files: the year range, a repeated column, a repeated reported figure, and a
// demo marker that does not describe the folder's schools.csv.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAST_YEAR } from '../../src/pipeline/context';
import { generateDemoData } from '../../scripts/demo/generate';
import { runBuild, SCHOOL_HEADER, schools, tempDir } from './helpers';
import { buildData } from '../../scripts/pipeline/build';
import { markerHashLine } from '../../scripts/pipeline/synthetic-marker';

const REPORTED_HEADER = 'code,year,metric,value,unit,source,quote,caveat';
const GOOD_ROW = '2021,S1,,410602,senior,public,,,10,7,,,,,';

describe('year range', () => {
  it.each([
    ['1023', 'year 1023 is outside 1949–'],
    ['1948', 'year 1948 is outside 1949–'],
    ['9999', 'year 9999 is outside 1949–'],
    [String(LAST_YEAR + 1), `year ${LAST_YEAR + 1} is outside 1949–${LAST_YEAR}`],
  ])('rejects %s in every input, with no stack trace', async (year, message) => {
    const run = await runBuild({
      'schools.csv': schools(GOOD_ROW, `${year},S2,,410602,senior,public,,,10,7,,,,,`),
      'population.csv': `year,county_code,age_3_5\n${year},410602,100\n`,
      'reported.csv': `${REPORTED_HEADER}\n410600,${year},class_multimedia_rate,0.9,fraction,doc,,\n`,
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toHaveLength(3);
    expect(run.log[0].startsWith(`schools.csv:3:year: ${message}`)).toBe(true);
    expect(run.log.some((l) => l.startsWith(`population.csv:2:year: ${message}`))).toBe(true);
    expect(run.log.some((l) => l.startsWith(`reported.csv:2:year: ${message}`))).toBe(true);
    expect(run.log[0]).toMatch(/expected the school year a return describes/);
  });

  it('accepts 1949 and next year', async () => {
    const run = await runBuild({
      'schools.csv': schools(
        '1949,S0,,410602,senior,public,,,10,7,,,,,',
        GOOD_ROW,
        `${LAST_YEAR},S2,,410602,senior,public,,,10,7,,,,,`,
      ),
    });
    expect(run.exitCode).toBe(0);
    expect(new Set(run.rows.map((r) => r.year))).toEqual(
      new Set(['1949', '2021', String(LAST_YEAR)]),
    );
  });
});

describe('a repeated column', () => {
  it('is an error naming both positions, by name or through an alias', async () => {
    const twice = await runBuild({
      'schools.csv': `${SCHOOL_HEADER},classes\n${GOOD_ROW},11\n`,
    });
    expect(twice.exitCode).toBe(1);
    expect(twice.log).toEqual([
      'schools.csv:1:classes: column classes appears 2 times in the header, as column 9 ("classes") and column 16 ("classes"); keep one of them',
    ]);
    const alias = await runBuild({
      'schools.csv': schools(GOOD_ROW),
      'population.csv': 'year,区县代码,age_3_5,行政区划代码\n2021,410602,100,410602\n',
    });
    expect(alias.exitCode).toBe(1);
    expect(alias.log[0]).toBe(
      'population.csv:1:county_code: column county_code appears 2 times in the header, as column 2 ("区县代码") and column 4 ("行政区划代码"); keep one of them',
    );
  });

  it('leaves repeated unknown columns alone', async () => {
    const run = await runBuild({ 'schools.csv': `${SCHOOL_HEADER},note,note\n${GOOD_ROW},a,b\n` });
    expect(run.exitCode).toBe(0);
  });
});

describe('reported figures', () => {
  it('rejects two rows with the same code, year, metric and source', async () => {
    const row = '410600,2021,class_multimedia_rate,0.994,fraction,鹤壁市教育局 2022,,';
    const run = await runBuild({
      'schools.csv': schools(GOOD_ROW),
      'reported.csv': `${REPORTED_HEADER}\n${row}\n410600,2021,class_multimedia_rate,0.99,fraction,another doc,,\n${row}\n`,
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toEqual([
      'reported.csv:4: duplicate reported figure: code 410600, year 2021, metric class_multimedia_rate, source "鹤壁市教育局 2022" already appeared at reported.csv:2 (one row per code, year, metric and source)',
    ]);
  });
});

describe('the demo marker', () => {
  it('labels a folder synthetic only while it describes its schools.csv', async () => {
    const demo = tempDir();
    const returns = schools(GOOD_ROW);
    const hash = createHash('sha256').update(returns).digest('hex');
    writeFileSync(join(demo, 'schools.csv'), returns);
    writeFileSync(join(demo, 'SYNTHETIC.md'), `# Synthetic data\n\n${markerHashLine(hash)}\n`);
    const log: string[] = [];
    const options = {
      input: demo,
      out: join(tempDir(), 'out'),
      skipInvalid: false,
      projectReported: null,
      log: (line: string) => log.push(line),
      info: () => {},
    };
    expect((await buildData(options)).exitCode).toBe(0);
    const manifest = JSON.parse(readFileSync(join(options.out, 'manifest.json'), 'utf8'));
    expect(manifest.synthetic).toBe(true);

    // A user copies their own returns over the demo's schools.csv.
    writeFileSync(join(demo, 'schools.csv'), schools(GOOD_ROW, GOOD_ROW.replace('S1', 'S2')));
    const before = readFileSync(join(options.out, 'aggregates.csv'));
    expect((await buildData(options)).exitCode).toBe(1);
    expect(log.join('\n')).toMatch(
      /^SYNTHETIC\.md: describes a schools\.csv with sha256 [0-9a-f]{12}…, but schools\.csv here has sha256 [0-9a-f]{12}…: it would label real data synthetic/m,
    );
    expect(readFileSync(join(options.out, 'aggregates.csv'))).toEqual(before);

    // A marker that records no hash cannot vouch for any file.
    writeFileSync(join(demo, 'SYNTHETIC.md'), '# Synthetic data\n');
    log.length = 0;
    expect((await buildData(options)).exitCode).toBe(1);
    expect(log.join('\n')).toMatch(/records no hash/);
  });

  it('is never written over a folder of real returns', () => {
    const raw = tempDir();
    writeFileSync(join(raw, 'schools.csv'), schools(GOOD_ROW));
    expect(() =>
      generateDemoData({ scale: 0.002, seed: 3, out: raw, sourceDateEpoch: '0', onYear: () => {} }),
    ).toThrow(/looks like real returns/);
    expect(readFileSync(join(raw, 'schools.csv'), 'utf8')).toBe(schools(GOOD_ROW));
  });
});
