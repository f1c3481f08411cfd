import { describe, expect, it } from 'vitest';
import { rankAmong, rankUnits } from '../../src/data/rank';
import { tableRows } from '../../src/app/table-rows';
import { tooltipFor } from '../../src/map/tooltip';
import { metricById, type MetricYearValues } from '../../src/contract';
import type { Unit } from '../../src/data/units';

describe('rankUnits: the one rank rule', () => {
  it('ranks 1 = best; ties share a rank and skip the next (1, 2, 2, 4)', () => {
    const ranks = rankUnits(
      [
        { code: 'a', value: 0.9 },
        { code: 'b', value: 0.8 },
        { code: 'c', value: 0.8 },
        { code: 'd', value: 0.7 },
      ],
      true,
    );
    expect([...ranks]).toEqual([
      ['a', { rank: 1, of: 4 }],
      ['b', { rank: 2, of: 4 }],
      ['c', { rank: 2, of: 4 }],
      ['d', { rank: 4, of: 4 }],
    ]);
  });

  it('ranks the lowest first when lower is better (CVs)', () => {
    expect(rankAmong([{ code: 'a', value: 0.3 }, { code: 'b', value: 0.5 }], 'a', false)).toEqual({
      rank: 1,
      of: 2,
    });
  });

  it('leaves out missing and partial values, from their own rank and from the others’', () => {
    const entries = [
      { code: 'a', value: 0.9, flags: ['partial'] },
      { code: 'b', value: 0.8 },
      { code: 'c', value: null },
      { code: 'd', value: Number.NaN },
      { code: 'e', value: 0.7, flags: ['incomplete'] },
    ];
    expect(rankAmong(entries, 'a', true)).toBeNull();
    expect(rankAmong(entries, 'c', true)).toBeNull();
    expect(rankAmong(entries, 'd', true)).toBeNull();
    expect(rankAmong(entries, 'b', true)).toEqual({ rank: 1, of: 2 });
    expect(rankAmong(entries, 'e', true)).toEqual({ rank: 2, of: 2 });
  });
});

describe('ranks agree in the list, the map tooltip and the profile', () => {
  // 鹤壁市: five counties and a functional zone (410671) that has data but no area on the map.
  const figures: [string, string, number | null][] = [
    ['410602', '鹤山区', 0.8],
    ['410603', '山城区', 0.85],
    ['410611', '淇滨区', 0.9],
    ['410621', '浚县', 0.7],
    ['410622', '淇县', null],
    ['410671', '鹤壁经济技术开发区', 0.95],
  ];
  const units: Unit[] = figures.map(([code, name]) => ({
    level: 'county',
    code,
    name,
    nameZh: name,
    nameEn: name,
    parent: '410600',
    pinyin: '',
    initials: '',
  }));
  const known = figures.filter(([, , v]) => v !== null);
  const values: MetricYearValues = {
    metric: 'inclusive_kindergarten_coverage',
    year: 2024,
    levels: {
      county: {
        code: known.map(([c]) => c),
        value: known.map(([, , v]) => v),
        numerator: known.map(() => null),
        denominator: known.map(() => null),
        flags: known.map(() => ''),
      },
    },
  } as unknown as MetricYearValues;
  const metric = metricById('inclusive_kindergarten_coverage');

  it('淇滨区 is second of five everywhere: the zone is ranked, the county without data is not', () => {
    const table = tableRows(units, values, metric).find((r) => r.code === '410611');
    const peers = new Map(figures.map(([code, , value]) => [code, { value, flags: [] }]));
    const tooltip = tooltipFor({ code: '410611', name: '淇滨区' }, peers.get('410611'), {
      metric,
      locale: 'zh',
      peers,
      parentName: '鹤壁市',
      reference: null,
    });
    const profile = rankAmong(
      figures.map(([code, , value]) => ({ code, value })),
      '410611',
      true,
    );
    expect(table?.rank).toBe(2);
    expect(profile).toEqual({ rank: 2, of: 5 });
    expect(tooltip.rank).toBe('鹤壁市第2名（共5个）');
  });
});
