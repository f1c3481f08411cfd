import { describe, expect, it } from 'vitest';
import { paddedDomain, zeroBasedDomain } from '../../src/charts/axes';

describe('axis domains', () => {
  it('a rate axis ends at 100 %, never at 102 % or 120 %', () => {
    expect(paddedDomain('fraction', [0.96, 0.99, 1])).toEqual([0.94, 1]);
    expect(paddedDomain('fraction', [0.6, 0.97])[1]).toBe(1);
    expect(paddedDomain('fraction', [0.01, 0.88, 1])).toEqual([0, 1]);
  });

  it('except when a value is above 100 % (gross enrollment)', () => {
    const [, top] = paddedDomain('fraction', [0.92, 1.07]);
    expect(top).toBeGreaterThanOrEqual(1.07);
  });

  it('hugs the data when it is far from zero: 86–95 % is not drawn on 0–100 %', () => {
    const [lo, hi] = paddedDomain('fraction', [0.86, 0.9, 0.95]);
    expect(lo).toBeGreaterThan(0.8);
    expect(lo).toBeLessThanOrEqual(0.85);
    expect(hi).toBeGreaterThanOrEqual(0.95);
    expect(hi).toBeLessThanOrEqual(1);
  });

  it('starts at zero when the data come near it anyway (lowest under a quarter of the highest)', () => {
    expect(paddedDomain('fraction', [0.02, 0.6])[0]).toBe(0);
    expect(paddedDomain('cv', [0.05, 0.42])[0]).toBe(0);
    expect(paddedDomain('cv', [0.3, 0.42])[0]).toBeGreaterThan(0);
  });

  it('bars keep zero and show up to 100 %', () => {
    expect(zeroBasedDomain('fraction', [0.86, 0.95])).toEqual([0, 1]);
    expect(zeroBasedDomain('fraction', [0.9, 1.12])).toEqual([0, 1.12]);
  });
});
