// Hand-made inputs shared by the chart tests and test/charts/render-samples.ts.
// Values are invented (synthetic) and round, so expected positions can be worked by hand.

import { METRICS, metricById } from '../../src/contract';
import type { Locale } from '../../src/format';
import type { RankingInput } from '../../src/charts/ranking/layout';
import type { TrendInput } from '../../src/charts/trend/layout';
import type { ScatterInput } from '../../src/charts/scatter/layout';
import type { CompareInput } from '../../src/charts/compare/layout';
import type { ChangeInput } from '../../src/charts/change/layout';

export const BUILT_AT = '2024-05-01T08:00:00Z';
export const SOURCE = { zh: '教育地图演示数据', en: 'Education Atlas demo data' } as const;

export const HEBI = { code: '410600', zh: '鹤壁市', en: 'Hebi' } as const;

export const HEBI_COUNTIES = [
  { code: '410602', zh: '鹤山区', en: 'Heshan District' },
  { code: '410603', zh: '山城区', en: 'Shancheng District' },
  { code: '410611', zh: '淇滨区', en: 'Qibin District' },
  { code: '410621', zh: '浚县', en: 'Xun County' },
  { code: '410622', zh: '淇县', en: 'Qi County' },
  {
    code: '410671',
    zh: '鹤壁经济技术开发区',
    en: 'Hebi Economic and Technological Development Zone',
  },
] as const;

export function rankingInput(locale: Locale, overrides: Partial<RankingInput> = {}): RankingInput {
  const values: Record<string, number | null> = {
    '410602': 0.85,
    '410603': 0.95,
    '410611': 1.05,
    '410621': 0.8,
    '410622': 0.9,
    '410671': null,
  };
  return {
    metric: metricById('preschool_gross_enrollment'),
    locale,
    year: 2023,
    parentName: HEBI[locale],
    units: HEBI_COUNTIES.map((c) => ({
      code: c.code,
      name: c[locale],
      value: values[c.code],
      flags: c.code === '410611' ? ['over_100'] : c.code === '410621' ? ['incomplete'] : [],
    })),
    parentValue: 0.91,
    nationalValue: 0.911,
    selected: ['410622'],
    width: 640,
    synthetic: true,
    source: SOURCE[locale],
    date: BUILT_AT,
    ...overrides,
  };
}

/** A deterministic pseudo-random sequence (LCG), so large fixtures are stable. */
export function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 160 units under one province, a few without data. */
export function manyUnits(locale: Locale, count = 160): RankingInput['units'] {
  const next = sequence(7);
  return Array.from({ length: count }, (_, i) => {
    const code = String(410000 + 100 + i * 3).padStart(6, '0');
    const value = i % 37 === 5 ? null : 0.6 + next() * 0.45;
    return { code, name: locale === 'zh' ? `第${i + 1}县` : `County ${i + 1}`, value, flags: [] };
  });
}

export const YEARS = [2019, 2020, 2021, 2022, 2023] as const;

export function trendInput(locale: Locale, overrides: Partial<TrendInput> = {}): TrendInput {
  const [heshan, shancheng, qixian] = [HEBI_COUNTIES[0], HEBI_COUNTIES[1], HEBI_COUNTIES[4]];
  return {
    metric: metricById('preschool_gross_enrollment'),
    locale,
    years: YEARS,
    series: [
      {
        code: qixian.code,
        name: qixian[locale],
        values: { 2019: 0.8, 2020: 0.82, 2021: 0.86, 2022: 0.88, 2023: 0.9 },
      },
      // 2021 missing: a gap, not a drop to zero.
      {
        code: heshan.code,
        name: heshan[locale],
        values: { 2019: 0.75, 2020: 0.78, 2021: null, 2022: 0.84, 2023: 0.85 },
      },
      // Only 2020 and 2023: two isolated points.
      { code: shancheng.code, name: shancheng[locale], values: { 2020: 0.95, 2023: 0.97 } },
    ],
    selected: [qixian.code],
    width: 640,
    synthetic: true,
    source: SOURCE[locale],
    date: BUILT_AT,
    ...overrides,
  };
}

export function scatterInput(locale: Locale, overrides: Partial<ScatterInput> = {}): ScatterInput {
  const xs: Record<string, [number | null, number | null]> = {
    '410602': [0.85, 0.8],
    '410603': [0.95, 0.88],
    '410611': [1.05, 0.92],
    '410621': [0.8, null],
    '410622': [0.9, 0.86],
    '410671': [0.7, 0.95],
  };
  return {
    xMetric: metricById('preschool_gross_enrollment'),
    yMetric: metricById('inclusive_kindergarten_coverage'),
    locale,
    year: 2023,
    parentName: HEBI[locale],
    units: HEBI_COUNTIES.map((c) => ({
      code: c.code,
      name: c[locale],
      x: xs[c.code][0],
      y: xs[c.code][1],
    })),
    selected: ['410622'],
    width: 640,
    synthetic: true,
    source: SOURCE[locale],
    date: BUILT_AT,
    ...overrides,
  };
}

export function compareInput(locale: Locale, overrides: Partial<CompareInput> = {}): CompareInput {
  const picks = [HEBI_COUNTIES[0], HEBI_COUNTIES[2], HEBI_COUNTIES[4]];
  const table: Record<string, (number | null)[]> = {
    // gross, inclusive, public, multimedia, school cov., student part., teacher part., CV primary, CV junior
    '410602': [0.85, 0.8, 0.45, 0.97, 1, 0.82, 0.9, 0.42, 0.38],
    '410611': [1.05, 0.92, 0.6, 0.994, 1, 0.8799, 0.924, 0.55, null],
    '410622': [0.9, 0.86, 0.52, 0.95, 0.96, 0.75, 0.85, 0.31, 0.47],
  };
  return {
    metrics: METRICS,
    locale,
    year: 2023,
    districts: picks.map((c) => ({
      code: c.code,
      name: c[locale],
      values: Object.fromEntries(METRICS.map((m, i) => [m.id, table[c.code][i]])),
    })),
    selected: ['410622'],
    width: 640,
    synthetic: true,
    source: SOURCE[locale],
    date: BUILT_AT,
    ...overrides,
  };
}

export function changeInput(locale: Locale, overrides: Partial<ChangeInput> = {}): ChangeInput {
  const pairs: Record<string, [number | null, number | null]> = {
    '410602': [0.8, 0.85],
    '410603': [0.96, 0.95],
    '410611': [1.0, 1.05],
    '410621': [0.82, 0.8],
    '410622': [0.88, 0.9],
    '410671': [null, 0.7],
  };
  return {
    metric: metricById('preschool_gross_enrollment'),
    locale,
    yearFrom: 2021,
    yearTo: 2023,
    parentName: HEBI[locale],
    units: HEBI_COUNTIES.map((c) => ({
      code: c.code,
      name: c[locale],
      from: pairs[c.code][0],
      to: pairs[c.code][1],
    })),
    selected: ['410622'],
    width: 640,
    synthetic: true,
    source: SOURCE[locale],
    date: BUILT_AT,
    ...overrides,
  };
}
