import { describe, expect, it } from 'vitest';
import { toValueMap } from '../../src/map/values';

describe('toValueMap', () => {
  it('reads published columns: flags split, non-finite values missing', () => {
    const map = toValueMap({
      code: ['410602', '410603'],
      numerator: [9, null],
      denominator: [10, null],
      value: [0.9, Number.NaN],
      flags: ['incomplete;over_100', ''],
    });
    expect(map.get('410602')).toEqual({
      value: 0.9,
      numerator: 9,
      denominator: 10,
      flags: ['incomplete', 'over_100'],
    });
    expect(map.get('410603')).toEqual({
      value: null,
      numerator: null,
      denominator: null,
      flags: [],
    });
  });
  it('passes a Map through and treats null as empty', () => {
    const input = new Map([['1', { value: 0, flags: [] }]]);
    expect(toValueMap(input)).toBe(input);
    expect(toValueMap(null).size).toBe(0);
  });
});
