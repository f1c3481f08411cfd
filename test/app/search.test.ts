import { describe, expect, it } from 'vitest';
import { normalizeQuery, searchUnits } from '../../src/app/search';
import { units } from './fixture-units';

const first = (q: string) => searchUnits(units.all, q)[0]?.unit;

describe('searchUnits', () => {
  it('finds by hanzi', () => {
    expect(first('淇滨')?.code).toBe('410611');
    expect(first('淇滨区')?.code).toBe('410611');
  });

  it('finds by full pinyin with or without spaces, any case', () => {
    expect(first('qibin')?.code).toBe('410611');
    expect(first('qi bin')?.code).toBe('410611');
    expect(first('QiBin')?.code).toBe('410611');
    expect(first(' qi bin qu ')?.code).toBe('410611');
  });

  it('finds by initials', () => {
    expect(first('qbq')?.code).toBe('410611');
    expect(first('QBQ')?.code).toBe('410611');
  });

  it('finds by code, exact first, then by prefix', () => {
    expect(first('410611')?.code).toBe('410611');
    expect(searchUnits(units.all, '4106').map((h) => h.unit.code)).toEqual([
      '410600',
      '410602',
      '410611',
      '410621',
    ]);
  });

  it('ranks exact names before prefixes and higher levels first on ties', () => {
    const hits = searchUnits(units.all, '东莞');
    expect(hits.map((h) => `${h.unit.level}:${h.unit.code}`)).toEqual([
      'prefecture:441900',
      'county:441900',
    ]);
    expect(searchUnits(units.all, 'he').map((h) => h.unit.code)).toEqual([
      '410000',
      '410600',
      '410602',
    ]);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(searchUnits(units.all, '  ')).toEqual([]);
    expect(searchUnits(units.all, 'zzz')).toEqual([]);
    expect(searchUnits(units.all, '4')).toEqual([]);
  });

  it('normalises spaces, case and apostrophes', () => {
    expect(normalizeQuery(" Xi'an Shi ")).toBe('xianshi');
  });
});
