// Hand-worked cases for every metric, the CV, the flags and the hierarchy rule.

import { describe, expect, it } from 'vitest';
import { find, runBuild, schools } from './helpers';

const POP = (...lines: string[]) => ['year,county_code,age_3_5', ...lines].join('\n') + '\n';

describe('ratios are sums of numerators over sums of denominators', () => {
  it('never averages the rates of sub-units', async () => {
    const { rows, exitCode } = await runBuild({
      'schools.csv': schools(
        '2021,A,a,410602,primary,public,,,10,9,400,300,20,10,1',
        '2021,B,b,410603,primary,public,,,90,1,3600,100,180,10,0',
      ),
    });
    expect(exitCode).toBe(0);
    const prefecture = find(rows, 'prefecture', '410600', 'class_multimedia_rate')!;
    expect(prefecture.numerator).toBe('10');
    expect(prefecture.denominator).toBe('100');
    expect(prefecture.value).toBe('0.1'); // the mean of 0.9 and 0.0111 would be 0.456
    expect(find(rows, 'county', '410602', 'class_multimedia_rate')!.value).toBe('0.9');
    expect(find(rows, 'nation', '000000', 'after_school_school_coverage')).toMatchObject({
      numerator: '1',
      denominator: '2',
      value: '0.5',
    });
    expect(find(rows, 'province', '410000', 'after_school_student_participation')).toMatchObject({
      numerator: '400',
      denominator: '4000',
      value: '0.1',
    });
    expect(find(rows, 'county', '410603', 'after_school_teacher_participation')).toMatchObject({
      numerator: '10',
      denominator: '180',
      value: String(10 / 180),
    });
  });
});

describe('kindergarten metrics', () => {
  it('counts public kindergartens as inclusive whatever their inclusive cell says', async () => {
    const { rows } = await runBuild({
      'schools.csv': schools(
        '2021,K1,,410602,kindergarten,public,0,100,,,,,,,',
        '2021,K2,,410602,kindergarten,private,1,50,,,,,,,',
        '2021,K3,,410602,kindergarten,private,0,50,,,,,,,',
      ),
    });
    expect(find(rows, 'county', '410602', 'inclusive_kindergarten_coverage')).toMatchObject({
      numerator: '150',
      denominator: '200',
      value: '0.75',
      flags: '',
    });
    expect(find(rows, 'county', '410602', 'public_kindergarten_share')).toMatchObject({
      numerator: '100',
      denominator: '200',
      value: '0.5',
    });
  });

  it('leaves a private kindergarten with unknown inclusive out of inclusive coverage only', async () => {
    const { rows } = await runBuild({
      'schools.csv': schools(
        '2021,K1,,410602,kindergarten,public,,100,,,,,,,',
        '2021,K2,,410602,kindergarten,private,,50,,,,,,,',
      ),
      'population.csv': POP('2021,410602,200'),
    });
    expect(find(rows, 'county', '410602', 'inclusive_kindergarten_coverage')).toMatchObject({
      numerator: '100',
      denominator: '100',
      flags: 'incomplete',
    });
    // 鹤壁 has four more districts without returns: its parents are also partial.
    expect(find(rows, 'nation', '000000', 'inclusive_kindergarten_coverage')!.flags).toBe(
      'incomplete;partial',
    );
    expect(find(rows, 'county', '410602', 'public_kindergarten_share')).toMatchObject({
      numerator: '100',
      denominator: '150',
      flags: '',
    });
    expect(find(rows, 'county', '410602', 'preschool_gross_enrollment')).toMatchObject({
      numerator: '150',
      denominator: '200',
      value: '0.75',
      flags: '',
    });
  });
});

describe('gross enrollment', () => {
  it('leaves out a county with an unknown child count and flags it up the hierarchy', async () => {
    const { rows } = await runBuild({
      'schools.csv': schools(
        '2021,K1,,410602,kindergarten,public,,90,,,,,,,',
        '2021,K2,,410603,kindergarten,public,,50,,,,,,,',
        '2021,K3,,410603,kindergarten,public,,,,,,,,,',
      ),
      'population.csv': POP('2021,410602,100', '2021,410603,60', '2021,410611,500'),
    });
    expect(find(rows, 'county', '410603', 'preschool_gross_enrollment')).toBeUndefined();
    expect(find(rows, 'prefecture', '410600', 'preschool_gross_enrollment')).toMatchObject({
      numerator: '90',
      denominator: '100', // 410611 has no kindergartens: its population is not added
      value: '0.9',
      flags: 'incomplete;partial',
    });
    expect(find(rows, 'nation', '000000', 'preschool_gross_enrollment')!.flags).toBe(
      'incomplete;partial',
    );
    expect(find(rows, 'county', '410602', 'preschool_gross_enrollment')!.flags).toBe('');
  });

  it('flags over_100 on the row whose own value exceeds 1, and does not pass it up', async () => {
    const { rows } = await runBuild({
      'schools.csv': schools(
        '2021,K1,,410602,kindergarten,public,,130,,,,,,,',
        '2021,K2,,410603,kindergarten,public,,50,,,,,,,',
      ),
      'population.csv': POP('2021,410602,100', '2021,410603,100'),
    });
    expect(find(rows, 'county', '410602', 'preschool_gross_enrollment')).toMatchObject({
      value: '1.3',
      flags: 'over_100',
    });
    expect(find(rows, 'prefecture', '410600', 'preschool_gross_enrollment')).toMatchObject({
      value: '0.9',
      flags: 'partial', // over_100 is not passed up; 鹤壁's other districts have no returns
    });
  });

  it('leaves out a county whose population is missing or zero', async () => {
    const { rows } = await runBuild({
      'schools.csv': schools(
        '2021,K1,,410602,kindergarten,public,,90,,,,,,,',
        '2021,K2,,410603,kindergarten,public,,50,,,,,,,',
      ),
      'population.csv': POP('2021,410602,0'),
    });
    expect(rows.filter((r) => r.metric === 'preschool_gross_enrollment')).toEqual([]);
  });

  it('has no rows at all without population.csv, and the index says why', async () => {
    const { rows, out } = await runBuild({
      'schools.csv': schools('2021,K1,,410602,kindergarten,public,,90,,,,,,,'),
    });
    expect(rows.some((r) => r.metric === 'preschool_gross_enrollment')).toBe(false);
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync(`${out}/manifest.json`, 'utf8'));
    expect(manifest.notes[0].metric).toBe('preschool_gross_enrollment');
  });
});

describe('balance CV', () => {
  // Hand-worked: X = 9/400·100 = 2.25 (P 400), 12/500·100 = 2.4 (P 500);
  // X̄ = (900 + 1200) / 900 = 7/3; S² = (400·(2.25 − 7/3)² + 500·(2.4 − 7/3)²) / 900 = 1/180.
  const expected = Math.sqrt(1 / 180) / (7 / 3);

  it('weights schools by students', async () => {
    const { rows } = await runBuild({
      'schools.csv': schools(
        '2021,P1,,410602,primary,public,,,10,9,400,,,,',
        '2021,P2,,410602,primary,public,,,12,12,500,,,,',
        '2021,Z,,410602,primary,public,,,0,0,0,,,,', // 0 students: no part, no flag
      ),
    });
    const cv = find(rows, 'county', '410602', 'multimedia_balance_cv_primary')!;
    expect(Number(cv.value)).toBeCloseTo(expected, 14);
    expect(cv.numerator).toBe('');
    expect(cv.denominator).toBe('');
    expect(cv.flags).toBe('');
  });

  it('combines counties exactly: a prefecture CV is the CV over all its schools', async () => {
    const schoolsOf = [
      [410602, 9, 400],
      [410602, 12, 500],
      [410603, 30, 800],
      [410603, 5, 300],
      [410611, 20, 1000],
    ];
    const { rows } = await runBuild({
      'schools.csv': schools(
        ...schoolsOf.map(
          ([code, m, s], i) => `2021,J${i},,${code},junior,public,,,40,${m},${s},,,,`,
        ),
      ),
    });
    const p = schoolsOf.map(([, , s]) => s);
    const x = schoolsOf.map(([, m, s]) => (m / s) * 100);
    const total = p.reduce((a, b) => a + b, 0);
    const mean = x.reduce((acc, xi, i) => acc + p[i] * xi, 0) / total;
    const variance = x.reduce((acc, xi, i) => acc + p[i] * (xi - mean) ** 2, 0) / total;
    const direct = Math.sqrt(variance) / mean;
    const cv = find(rows, 'prefecture', '410600', 'multimedia_balance_cv_junior')!;
    expect(Number(cv.value)).toBeCloseTo(direct, 13);
    // 410611 has a single school: no county value, but it counts above.
    expect(find(rows, 'county', '410611', 'multimedia_balance_cv_junior')).toBeUndefined();
  });

  it('has no value when the mean is zero, and flags schools with unknown fields', async () => {
    const { rows } = await runBuild({
      'schools.csv': schools(
        '2021,P1,,410602,primary,public,,,10,0,400,,,,',
        '2021,P2,,410602,primary,public,,,12,0,500,,,,',
        '2021,P3,,410603,primary,public,,,10,5,400,,,,',
        '2021,P4,,410603,primary,public,,,12,5,400,,,,', // same X as P3: CV 0
        '2021,P5,,410603,primary,public,,,12,,500,,,,',
      ),
    });
    expect(find(rows, 'county', '410602', 'multimedia_balance_cv_primary')).toBeUndefined();
    const cv = find(rows, 'county', '410603', 'multimedia_balance_cv_primary')!;
    expect(Number(cv.value)).toBeCloseTo(0, 12);
    expect(cv.flags).toBe('incomplete');
    expect(find(rows, 'county', '410603', 'class_multimedia_rate')!.flags).toBe('incomplete');
  });
});

describe('the hierarchy is the prefix rule', () => {
  it('handles municipalities, province-administered units and cities without counties', async () => {
    const { rows } = await runBuild({
      'schools.csv': schools(
        '2021,A,,110101,senior,public,,,10,9,,,,,',
        '2021,B,,500229,senior,public,,,10,9,,,,,',
        '2021,C,,429004,senior,public,,,10,9,,,,,',
        '2021,D,,441900,senior,public,,,10,9,,,,,',
        '2021,E,,620201,senior,public,,,10,9,,,,,',
        '2021,F,,419001,senior,public,,,10,9,,,,,',
      ),
    });
    const unit = (level: string, code: string) => find(rows, level, code, 'class_multimedia_rate');
    expect(unit('county', '110101')).toMatchObject({ name: '东城区', parent_code: '110100' });
    expect(unit('prefecture', '110100')).toMatchObject({ name: '市辖区', parent_code: '110000' });
    expect(unit('province', '110000')).toMatchObject({ name: '北京市', parent_code: '000000' });
    expect(unit('prefecture', '500200')).toMatchObject({ name: '县', parent_code: '500000' });
    expect(unit('county', '429004')).toMatchObject({ name: '仙桃市', parent_code: '429000' });
    expect(unit('prefecture', '429000')).toMatchObject({
      name: '省直辖县级行政区划',
      parent_code: '420000',
    });
    expect(unit('county', '441900')).toMatchObject({ name: '东莞市', parent_code: '441900' });
    expect(unit('prefecture', '441900')).toMatchObject({ name: '东莞市', parent_code: '440000' });
    expect(unit('county', '620201')).toMatchObject({ parent_code: '620200' });
    expect(unit('prefecture', '620200')).toMatchObject({ name: '嘉峪关市' });
    expect(unit('prefecture', '419000')).toMatchObject({ parent_code: '410000' });
    expect(unit('nation', '000000')).toMatchObject({
      name: '全国',
      parent_code: '',
      numerator: '54',
    });
  });
});

describe('aggregates.csv format', () => {
  it('sorts rows by year, level, code, catalogue order and writes both flags sorted', async () => {
    const { rows, out } = await runBuild(
      {
        'schools.csv': schools(
          '2022,K1,,410602,kindergarten,public,,130,,,,,,,',
          '2022,K2,,410602,kindergarten,private,,10,,,,,,,',
          '2022,K3,,410602,kindergarten,public,,abc,,,,,,,',
          '2021,P1,,410602,primary,public,,,10,9,400,,,,',
        ),
        'population.csv': POP('2022,410602,100'),
      },
      { skipInvalid: true },
    );
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(`${out}/aggregates.csv`, 'utf8');
    expect(
      text.startsWith(
        'level,code,name,parent_code,year,metric,numerator,denominator,value,flags\n',
      ),
    ).toBe(true);
    expect(text.includes('\r')).toBe(false);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const keys = rows.map((r) => `${r.year} ${r.level} ${r.code} ${r.metric}`);
    expect(keys.slice(0, 2)).toEqual([
      '2021 nation 000000 class_multimedia_rate',
      '2021 province 410000 class_multimedia_rate',
    ]);
    expect(find(rows, 'county', '410602', 'preschool_gross_enrollment', '2022')).toMatchObject({
      value: '1.4',
      flags: 'incomplete;over_100',
    });
  });
});
