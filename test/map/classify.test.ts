import { describe, expect, it } from 'vitest';
import { metricById } from '../../src/contract';
import { classify, classOf } from '../../src/map/classify/classify';
import { equalIntervalBreaks } from '../../src/map/classify/equal-interval';
import { jenksBreaks } from '../../src/map/classify/jenks';
import { quantileBreaks } from '../../src/map/classify/quantile';
import { thresholdBreaks } from '../../src/map/classify/threshold';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('quantileBreaks', () => {
  it('R-7 quartiles of 1..10: (n-1)p = 2.25 → 3.25, 4.5 → 5.5, 6.75 → 7.75', () => {
    expect(quantileBreaks(oneToTen, 4)).toEqual([3.25, 5.5, 7.75]);
  });
  it('ignores missing values and merges tied breaks', () => {
    expect(quantileBreaks([1, null, 1, 1, 1, 2, Number.NaN], 4)).toEqual([]);
    // p = 1/3: (n-1)p = 1.67 → between 1 and 1 = 1, the minimum: dropped (class 0 would be empty).
    // p = 2/3: 3.33 → 2 + 0.33 × (3 - 2) = 2.33.
    const breaks = quantileBreaks([1, 1, 1, 2, 3, 4], 3);
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toBeCloseTo(7 / 3, 12);
  });
  it('has nothing to break for no values or k < 2', () => {
    expect(quantileBreaks([], 5)).toEqual([]);
    expect(quantileBreaks(oneToTen, 1)).toEqual([]);
  });
});

describe('equalIntervalBreaks', () => {
  it('splits 0..10 into five classes of width 2', () => {
    expect(equalIntervalBreaks([0, 10, 3], 5)).toEqual([2, 4, 6, 8]);
  });
  it('returns no breaks when all values are equal', () => {
    expect(equalIntervalBreaks([0.5, 0.5], 4)).toEqual([]);
  });
});

describe('jenksBreaks', () => {
  it('finds the obvious groups', () => {
    expect(jenksBreaks([1, 2, 3, 10, 11, 12, 30], 3)).toEqual([10, 30]);
  });
  it('matches a hand-worked 2-class case', () => {
    // [0,1,3,4,9]: SSD of {0}|{1,3,4,9} = 34.75, {0,1}|{3,4,9} = 21.17,
    // {0,1,3}|{4,9} = 17.17, {0,1,3,4}|{9} = 10 → break at 9.
    expect(jenksBreaks([9, 0, 4, 1, 3], 2)).toEqual([9]);
  });
  it('never makes more classes than distinct values', () => {
    expect(jenksBreaks([1, 1, 2, 2], 5)).toEqual([2]);
  });
});

describe('thresholdBreaks', () => {
  it("'>=' target: the line belongs to the class that meets it", () => {
    const target = metricById('inclusive_kindergarten_coverage').target!;
    expect(thresholdBreaks(target)).toEqual({ breaks: [0.85], closure: 'lower', targetClass: 1 });
    expect(thresholdBreaks(target, 0.1)).toEqual({
      breaks: [0.75, 0.85],
      closure: 'lower',
      targetClass: 2,
    });
  });
  it("'<=' CV threshold: 0.50 meets 0.50", () => {
    const target = metricById('multimedia_balance_cv_primary').target!;
    expect(thresholdBreaks(target)).toEqual({ breaks: [0.5], closure: 'upper', targetClass: 1 });
    expect(thresholdBreaks(metricById('multimedia_balance_cv_junior').target!, 0.1).breaks).toEqual(
      [0.45, 0.55],
    );
  });
});

describe('classOf', () => {
  it('puts a value equal to a break above it (lower-closed) or below it (upper-closed)', () => {
    expect(classOf(0.85, [0.75, 0.85], 'lower')).toBe(2);
    expect(classOf(0.8499, [0.75, 0.85], 'lower')).toBe(1);
    expect(classOf(0.5, [0.5], 'upper')).toBe(0);
    expect(classOf(0.5001, [0.5], 'upper')).toBe(1);
  });
});

describe('classify', () => {
  it('returns classes, counts and missing as its own count', () => {
    const c = classify([0.9, null, 0.7, 0.85, undefined, 0.8], 'threshold', 2, {
      target: metricById('inclusive_kindergarten_coverage').target,
      bandWidth: 0.1,
    });
    expect(c.breaks).toEqual([0.75, 0.85]);
    expect(c.classes).toEqual([2, null, 0, 2, null, 1]);
    expect(c.counts).toEqual([1, 1, 2]);
    expect(c.missing).toBe(2);
    expect(c.domain).toEqual([0.7, 0.9]);
    expect(c.method).toBe('threshold');
  });
  it('a zero is a value, not missing', () => {
    const c = classify([0, 1, null], 'equal-interval', 2);
    expect(c.classes).toEqual([0, 1, null]);
    expect(c.missing).toBe(1);
  });
  it("falls back to quantiles for 'threshold' without a target", () => {
    const c = classify(oneToTen, 'threshold', 2, { target: null });
    expect(c.method).toBe('quantile');
    expect(c.breaks).toEqual([5.5]);
    expect(c.counts).toEqual([5, 5]);
    expect(c.targetClass).toBeNull();
  });
  it('handles all values missing', () => {
    const c = classify([null, null], 'jenks', 5);
    expect(c).toMatchObject({ breaks: [], counts: [0], missing: 2, domain: null });
  });
});
