import { describe, expect, it } from 'vitest';
import { compareCodes } from '../../src/contract';

describe('compareCodes', () => {
  it('orders codes as localeCompare does, without loading a collator', () => {
    const codes = ['410600', '000000', 'nanhai', '110000', '410000', '710000', '419001', '41'];
    const expected = [...codes].sort((a, b) => a.localeCompare(b));
    expect([...codes].sort(compareCodes)).toEqual(expected);
    expect(compareCodes('410000', '410000')).toBe(0);
    expect(compareCodes('110000', '410000')).toBeLessThan(0);
    expect(compareCodes('410000', '110000')).toBeGreaterThan(0);
  });
});
