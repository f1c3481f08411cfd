import { describe, expect, it } from 'vitest';
import type { ProvinceSeries, ReportedFigure } from '../../src/contract';
import { buildProfileModel } from '../../src/components/profile/model';
import { neighbourComparison } from '../../src/components/profile/neighbours';
import { rankAmong } from '../../src/components/profile/rank';
import { reportedFor } from '../../src/components/profile/reported';
import { seriesLookup } from '../../src/data/values';
import { sparkline } from '../../src/components/profile/sparkline';
import { targetDistance } from '../../src/components/profile/target-distance';
import { metricById } from '../../src/contract';
import type { Unit } from '../../src/data/units';

describe('rankAmong', () => {
  const entries = [
    { code: 'a', value: 0.9 },
    { code: 'b', value: 0.8 },
    { code: 'c', value: 0.8 },
    { code: 'd', value: 0.7 },
    { code: 'e', value: null },
  ];
  it('ranks 1 = best, ties share a rank, missing not ranked', () => {
    expect(rankAmong(entries, 'a', true)).toEqual({ rank: 1, of: 4 });
    expect(rankAmong(entries, 'b', true)).toEqual({ rank: 2, of: 4 });
    expect(rankAmong(entries, 'c', true)).toEqual({ rank: 2, of: 4 });
    expect(rankAmong(entries, 'd', true)).toEqual({ rank: 4, of: 4 });
    expect(rankAmong(entries, 'e', true)).toBeNull();
  });
  it('respects lower is better (CVs)', () => {
    expect(rankAmong(entries, 'd', false)).toEqual({ rank: 1, of: 4 });
    expect(rankAmong(entries, 'c', false)).toEqual({ rank: 2, of: 4 });
    expect(rankAmong(entries, 'a', false)).toEqual({ rank: 4, of: 4 });
  });
});

describe('targetDistance', () => {
  it('exactly at the target meets', () => {
    expect(targetDistance(metricById('inclusive_kindergarten_coverage'), 0.85)).toEqual({
      difference: 0,
      meets: true,
      target: 0.85,
    });
    const below = targetDistance(metricById('preschool_gross_enrollment'), 0.874)!;
    expect(below.meets).toBe(false);
    expect(below.difference).toBeCloseTo(-0.026, 12);
  });
  it('CVs meet at or under the threshold; no target → null; missing → null', () => {
    expect(targetDistance(metricById('multimedia_balance_cv_junior'), 0.45)?.meets).toBe(true);
    expect(targetDistance(metricById('multimedia_balance_cv_junior'), 0.46)?.meets).toBe(false);
    expect(targetDistance(metricById('class_multimedia_rate'), 0.9)).toBeNull();
    expect(targetDistance(metricById('inclusive_kindergarten_coverage'), null)).toBeNull();
  });
});

describe('neighbourComparison', () => {
  const self = { code: '410611', name: '淇滨区', value: 0.8, flags: [] };
  const others = [
    { code: '410602', name: '鹤山区', value: 0.9, flags: [] },
    { code: '410621', name: '浚县', value: null, flags: [] },
    { code: '410603', name: '山城区', value: 0.8, flags: [] },
    { code: '410622', name: '淇县', value: 0.7, flags: ['incomplete'] },
  ];
  it('sorts best first, ties by code, missing last, self highlighted', () => {
    const rows = neighbourComparison(self, others, true);
    expect(rows.map((r) => [r.code, r.isSelf])).toEqual([
      ['410602', false],
      ['410603', false],
      ['410611', true],
      ['410622', false],
      ['410621', false],
    ]);
  });
  it('lower is better puts the lowest first', () => {
    expect(neighbourComparison(self, others, false).map((r) => r.code)).toEqual([
      '410622',
      '410603',
      '410611',
      '410602',
      '410621',
    ]);
  });
});

const figure = (code: string, year: number, metric: string): ReportedFigure => ({
  code,
  year,
  metric,
  value: 1,
  unit: 'fraction',
  source: 's',
  quote: 'q',
  caveat: '',
  origin: 'o',
});

describe('reportedFor', () => {
  const figures = [
    figure('410600', 2021, 'after_school_school_coverage'),
    figure('410600', 2021, 'class_multimedia_rate'),
    figure('230800', 2023, 'smart_blackboards_installed'),
    figure('410611', 2020, 'class_multimedia_rate'),
    figure('410611', 2022, 'zz_other'),
    figure('000000', 2021, 'class_multimedia_rate'),
  ];
  it('a county gets its own figures, then its prefecture’s', () => {
    expect(
      reportedFor(figures, 'county', '410611').map((f) => `${f.code} ${f.year} ${f.metric}`),
    ).toEqual([
      '410611 2022 zz_other',
      '410611 2020 class_multimedia_rate',
      '410600 2021 class_multimedia_rate',
      '410600 2021 after_school_school_coverage',
    ]);
  });
  it('a prefecture gets only its own; other units nothing', () => {
    expect(reportedFor(figures, 'prefecture', '410600')).toHaveLength(2);
    expect(reportedFor(figures, 'county', '410602').map((f) => f.code)).toEqual([
      '410600',
      '410600',
    ]);
    expect(reportedFor(figures, 'county', '110101')).toEqual([]);
    expect(reportedFor(figures, 'nation', '000000').map((f) => f.code)).toEqual(['000000']);
  });
});

describe('sparkline', () => {
  it('leaves gaps for missing years and marks the last known point', () => {
    const s = sparkline([0.5, null, 0.7, 0.9, null], 42, 12, 2);
    // x: 2, 12, 22, 32, 42 − 2 = 40 over 5 points (step 9.5)
    expect(s.path).toBe('M2,10ZM21,6L30.5,2');
    expect(s.last).toEqual({ x: 30.5, y: 2 });
    expect(sparkline([null, null], 40, 12)).toEqual({ path: '', last: null });
  });
});

describe('buildProfileModel', () => {
  const unit = (level: Unit['level'], code: string, name: string, parent: string | null): Unit => ({
    level,
    code,
    name,
    nameZh: name,
    nameEn: name,
    parent,
    pinyin: '',
    initials: '',
  });
  const nation = unit('nation', '000000', '全国', null);
  const province = unit('province', '410000', '河南省', '000000');
  const prefecture = unit('prefecture', '410600', '鹤壁市', '410000');
  const a = unit('county', '410602', '鹤山区', '410600');
  const b = unit('county', '410611', '淇滨区', '410600');
  const c = unit('county', '410621', '浚县', '410600');
  const rows: [string, string, string, number, number | null, number | null, number, string][] = [
    ['nation', '000000', 'inclusive_kindergarten_coverage', 2021, 9000, 10000, 0.9, ''],
    [
      'prefecture',
      '410600',
      'inclusive_kindergarten_coverage',
      2021,
      1650,
      2000,
      0.825,
      'incomplete',
    ],
    ['county', '410602', 'inclusive_kindergarten_coverage', 2021, 450, 500, 0.9, ''],
    ['county', '410611', 'inclusive_kindergarten_coverage', 2020, 700, 1000, 0.7, ''],
    ['county', '410611', 'inclusive_kindergarten_coverage', 2021, 800, 1000, 0.8, 'incomplete'],
    ['county', '410621', 'inclusive_kindergarten_coverage', 2021, 400, 500, 0.8, ''],
  ];
  const series: ProvinceSeries = {
    schemaVersion: 1,
    scope: '410000',
    rows: {
      level: rows.map((r) => r[0] as Unit['level']),
      code: rows.map((r) => r[1]),
      metric: rows.map((r) => r[2] as 'inclusive_kindergarten_coverage'),
      year: rows.map((r) => r[3]),
      numerator: rows.map((r) => r[4]),
      denominator: rows.map((r) => r[5]),
      value: rows.map((r) => r[6]),
      flags: rows.map((r) => r[7]),
    },
  };
  const model = buildProfileModel({
    unit: b,
    path: [nation, province, prefecture, b],
    siblings: [a, b, c],
    metric: 'inclusive_kindergarten_coverage',
    year: 2021,
    series: seriesLookup([series]),
    reported: [figure('410600', 2021, 'class_multimedia_rate')],
    neighbours: [{ code: '410621', name: '浚县', value: 0.8, flags: [] }],
  });

  it('puts every catalogue metric in its group, missing stays null', () => {
    expect(model.groups.map((g) => g.group.id)).toEqual([
      'preschool',
      'ict',
      'after_school',
      'balance',
    ]);
    const gross = model.groups[0].lines.find((l) => l.metric.id === 'preschool_gross_enrollment')!;
    expect(gross.value).toBeNull();
    expect(gross.rank).toBeNull();
    expect(gross.target).toBeNull();
  });

  it('the focus line: value, counts, flags, target, tied rank, parent, nation, history', () => {
    const f = model.focus;
    expect(f.metric.id).toBe('inclusive_kindergarten_coverage');
    expect([f.value, f.numerator, f.denominator, f.flags]).toEqual([
      0.8,
      800,
      1000,
      ['incomplete'],
    ]);
    expect(f.target?.meets).toBe(false);
    expect(f.target?.difference).toBeCloseTo(-0.05, 12);
    expect(f.rank).toEqual({ rank: 2, of: 3 }); // tied with 浚县 at 0.8
    expect([f.parentValue, f.nationValue]).toEqual([0.825, 0.9]);
    expect(model.years).toEqual([2020, 2021]);
    expect(f.history).toEqual([0.7, 0.8]);
  });

  it('trend: the unit, its parent, the nation; neighbours with self; reported of the prefecture', () => {
    expect(model.trend.map((s) => [s.code, s.values[2021]])).toEqual([
      ['410611', 0.8],
      ['410600', 0.825],
      ['000000', 0.9],
    ]);
    expect(model.siblings.map((s) => s.code)).toEqual(['410602', '410621']);
    expect(model.neighbours?.map((n) => [n.code, n.isSelf])).toEqual([
      ['410611', true],
      ['410621', false],
    ]);
    expect(model.reported.map((r) => r.code)).toEqual(['410600']);
  });
});

describe('buildProfileModel with coverage', () => {
  const unit = (level: Unit['level'], code: string, name: string, parent: string | null): Unit => ({
    level,
    code,
    name,
    nameZh: name,
    nameEn: name,
    parent,
    pinyin: '',
    initials: '',
  });
  const nation = unit('nation', '000000', '全国', null);
  const province = unit('province', '410000', '河南省', '000000');
  const prefecture = unit('prefecture', '410600', '鹤壁市', '410000');
  const county = unit('county', '410611', '淇滨区', '410600');
  const metric = 'inclusive_kindergarten_coverage' as const;
  // 鹤壁's returns only: 鹤壁市 complete, the nation partial (its province is not on the path's series).
  const series: ProvinceSeries = {
    schemaVersion: 1,
    scope: '410000',
    rows: {
      level: ['nation', 'prefecture', 'county'],
      code: ['000000', '410600', '410611'],
      metric: [metric, metric, metric],
      year: [2024, 2024, 2024],
      numerator: [80, 80, 40],
      denominator: [100, 100, 50],
      value: [0.8, 0.8, 0.8],
      flags: ['partial', '', ''],
    },
  };
  const input = {
    unit: county,
    path: [nation, province, prefecture, county],
    siblings: [county],
    metric,
    year: 2024,
    series: seriesLookup([series]),
    reported: [],
    neighbours: [
      { code: '410622', name: '淇县', value: 0.7, flags: [] },
      { code: '410522', name: '安阳县', value: null, flags: [] },
    ],
  };

  it('knows which units on the page are partial', () => {
    expect([...buildProfileModel(input).partial]).toEqual(['000000']);
  });

  it('lists no neighbour outside the data’s scope', () => {
    const inHebi = (u: { code: string }) => u.code.startsWith('4106');
    const model = buildProfileModel({ ...input, inScope: inHebi });
    expect(model.neighbours?.map((n) => n.code)).toEqual(['410611', '410622']);
    const all = buildProfileModel(input);
    expect(all.neighbours?.map((n) => n.code)).toContain('410522');
  });
});
