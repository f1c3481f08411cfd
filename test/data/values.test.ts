import { describe, expect, it } from 'vitest';
import type { ProvinceSeries } from '../../src/contract';
import {
  figuresIn,
  parseFlags,
  seriesLookup,
  seriesScopeOf,
  valueMap,
} from '../../src/data/values';

const columns = {
  code: ['410611', '410621', '410622'],
  numerator: [9, 7, null],
  denominator: [10, 10, null],
  value: [0.9, 0.7, Number.NaN],
  flags: ['incomplete;over_100', 'remapped;not_a_flag', ''],
};

describe('the one reader of published values', () => {
  it('reads a unit with its counts and typed flags; missing is null, never 0', () => {
    expect(figuresIn(columns, '410611')).toEqual({
      value: 0.9,
      numerator: 9,
      denominator: 10,
      flags: ['incomplete', 'over_100'],
    });
    expect(figuresIn(columns, '410622')?.value).toBeNull();
    expect(figuresIn(columns, '999999')).toBeNull();
    expect(figuresIn(undefined, '410611')).toBeNull();
    expect([...valueMap(columns).keys()]).toEqual(columns.code);
  });

  it('keeps only the flags the contract knows', () => {
    expect(parseFlags('remapped;not_a_flag')).toEqual(['remapped']);
    expect(parseFlags('')).toEqual([]);
    expect(parseFlags(null)).toEqual([]);
  });

  it('looks series rows up by unit, metric and year, over several files', () => {
    const file = (code: string, value: number): ProvinceSeries =>
      ({
        rows: {
          level: ['county'],
          code: [code],
          metric: ['class_multimedia_rate'],
          year: [2023],
          numerator: [1],
          denominator: [2],
          value: [value],
          flags: ['partial'],
        },
      }) as unknown as ProvinceSeries;
    const lookup = seriesLookup([file('410611', 0.5), null, file('420102', Number.NaN)]);
    expect(lookup.valueAt('county', '410611', 'class_multimedia_rate', 2023)).toBe(0.5);
    expect(lookup.get('county', '410611', 'class_multimedia_rate', 2023)?.flags).toEqual(['partial']);
    expect(lookup.valueAt('county', '420102', 'class_multimedia_rate', 2023)).toBeNull();
    expect(lookup.valueAt('county', '410611', 'class_multimedia_rate', 2022)).toBeNull();
    expect(lookup.years()).toEqual([2023]);
  });

  it('finds the series file of a unit: its province, the nation for provinces', () => {
    expect(seriesScopeOf('county', '410611')).toBe('410000');
    expect(seriesScopeOf('prefecture', '410600')).toBe('410000');
    expect(seriesScopeOf('province', '410000')).toBe('000000');
    expect(seriesScopeOf('nation', '000000')).toBe('000000');
  });
});
