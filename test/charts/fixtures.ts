// Hand-made inputs shared by the chart tests and scripts/dev/render-chart-samples.ts.
// Values are invented (synthetic) and round, so expected positions can be worked by hand.

import { metricById } from '../../src/contract';
import type { Locale } from '../../src/format';
import type { RankingInput } from '../../src/charts/ranking/layout';

export const BUILT_AT = '2024-05-01T08:00:00Z';
export const SOURCE = { zh: '教育地图演示数据', en: 'Education Atlas demo data' } as const;

export const HEBI = { code: '410600', zh: '鹤壁市', en: 'Hebi' } as const;

export const HEBI_COUNTIES = [
  { code: '410602', zh: '鹤山区', en: 'Heshan District' },
  { code: '410603', zh: '山城区', en: 'Shancheng District' },
  { code: '410611', zh: '淇滨区', en: 'Qibin District' },
  { code: '410621', zh: '浚县', en: 'Xun County' },
  { code: '410622', zh: '淇县', en: 'Qi County' },
  { code: '410671', zh: '鹤壁经济技术开发区', en: 'Hebi Economic and Technological Development Zone' },
] as const;

export function rankingInput(locale: Locale, overrides: Partial<RankingInput> = {}): RankingInput {
  const values: Record<string, number | null> = { '410602': 0.85, '410603': 0.95, '410611': 1.05, '410621': 0.8, '410622': 0.9, '410671': null };
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
