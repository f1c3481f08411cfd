import { describe, expect, it } from 'vitest';
import { focusOf } from '../../src/view/focus';
import { DEFAULT_STATE } from '../../src/app/state';
import { sortRows, tableRows } from '../../src/app/table-rows';
import { metricById } from '../../src/contract';
import { units } from './fixture-units';
import { values } from './fixture-values';

const metric = metricById('inclusive_kindergarten_coverage');
const hebi = units.get('prefecture', '410600')!;

describe('tableRows', () => {
  const rows = tableRows(units.childrenOf(hebi), values, metric);

  it('ranks best first, leaves missing values unranked and last, never 0', () => {
    expect(rows.map((r) => [r.code, r.rank, r.value])).toEqual([
      ['410611', 1, 0.9],
      ['410602', 2, 0.8],
      ['410621', null, null],
    ]);
    expect(rows[2]).toMatchObject({ numerator: null, denominator: null, flags: [] });
    expect(rows[1]).toMatchObject({ flags: ['incomplete'], parentCode: '410600', level: 'county' });
  });

  it('ties share a rank', () => {
    const tied = { ...values, levels: { county: { ...values.levels.county!, value: [0.9, 0.9] } } };
    expect(tableRows(units.childrenOf(hebi), tied, metric).map((r) => r.rank)).toEqual([
      1,
      1,
      null,
    ]);
  });

  it('sorts by any column, missing last in both directions', () => {
    expect(sortRows(rows, 'value', 'asc').map((r) => r.code)).toEqual([
      '410602',
      '410611',
      '410621',
    ]);
    expect(sortRows(rows, 'value', 'desc').map((r) => r.code)).toEqual([
      '410611',
      '410602',
      '410621',
    ]);
    expect(sortRows(rows, 'code', 'desc').map((r) => r.code)).toEqual([
      '410621',
      '410611',
      '410602',
    ]);
  });
});

describe('focusOf', () => {
  it('shows the children of the region, and a county among its siblings', () => {
    const nation = focusOf(units, DEFAULT_STATE)!;
    expect(nation.childLevel).toBe('province');
    expect(nation.children.map((u) => u.code)).toEqual(['410000', '440000']);
    const county = focusOf(units, { ...DEFAULT_STATE, region: '410611' })!;
    expect(county.unit.level).toBe('county');
    expect(county.parent.code).toBe('410600');
    expect(county.path.map((u) => u.name)).toEqual(['全国', '河南省', '鹤壁市', '淇滨区']);
  });

  it('opens 441900 as the prefecture, with its county of the same code as the unit shown', () => {
    expect(focusOf(units, { ...DEFAULT_STATE, region: '441900' })!.unit.level).toBe('prefecture');
    const asCounty = focusOf(units, { ...DEFAULT_STATE, region: '441900', level: 'county' })!;
    expect(asCounty.unit.level).toBe('prefecture');
    expect(asCounty.children.map((u) => `${u.level}:${u.code}`)).toEqual(['county:441900']);
  });

  it('shows every county of a province when the level says so', () => {
    const all = focusOf(units, { ...DEFAULT_STATE, region: '410000', level: 'county' })!;
    expect(all.unit.code).toBe('410000');
    expect(all.childLevel).toBe('county');
    expect(all.children.every((u) => u.level === 'county' && u.code.startsWith('41'))).toBe(true);
    expect(all.children.length).toBeGreaterThan(1);
  });

  it('shows every prefecture of the nation when asked', () => {
    const all = focusOf(units, { ...DEFAULT_STATE, level: 'prefecture' })!;
    expect(all.childLevel).toBe('prefecture');
    expect(all.children.map((u) => u.code)).toEqual(['410600', '441900']);
  });

  it('is null for an unknown region', () => {
    expect(focusOf(units, { ...DEFAULT_STATE, region: '999999' })).toBeNull();
  });
});
