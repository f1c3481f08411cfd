import { bisectLeft, bisectRight } from 'd3-array';
import type { MetricTarget } from '../../contract';
import { equalIntervalBreaks } from './equal-interval';
import { jenksBreaks } from './jenks';
import { isKnown, sortedKnown } from './known-values';
import { quantileBreaks } from './quantile';
import { thresholdBreaks } from './threshold';
import type { BreakClosure, ClassMethod, Classification } from './types';

export interface ClassifyOptions {
  /** Needed by 'threshold'; without a target 'threshold' falls back to 'quantile'. */
  target?: MetricTarget | null;
  /** 'threshold' only: width of one more band on the failing side. */
  bandWidth?: number;
  /** 'threshold' only: bands on both sides of the line (diverging). */
  symmetric?: boolean;
  /** 'fixed': the breaks (ascending), the same every year; without them 'fixed' falls back to 'quantile'. */
  bins?: readonly number[];
}

/** The class of one value given ascending breaks. */
export function classOf(value: number, breaks: readonly number[], closure: BreakClosure): number {
  return closure === 'lower' ? bisectRight(breaks, value) : bisectLeft(breaks, value);
}

/**
 * Breaks, a class per value and the count per class. Missing values (null,
 * undefined, NaN) get class null and are counted in `missing`, never as 0.
 */
export function classify(
  values: readonly (number | null | undefined)[],
  method: ClassMethod,
  k: number,
  options: ClassifyOptions = {},
): Classification {
  const sorted = sortedKnown(values);
  const domain: [number, number] | null = sorted.length
    ? [sorted[0], sorted[sorted.length - 1]]
    : null;
  let used: ClassMethod = method;
  let breaks: number[];
  let closure: BreakClosure = 'lower';
  let targetClass: number | null = null;
  if (method === 'threshold' && options.target) {
    const t = thresholdBreaks(options.target, options.bandWidth, options.symmetric);
    ({ breaks, closure, targetClass } = t);
  } else if (method === 'fixed' && options.bins?.length) {
    breaks = [...options.bins];
  } else {
    if (method === 'threshold' || method === 'fixed') used = 'quantile';
    const compute =
      used === 'jenks'
        ? jenksBreaks
        : used === 'equal-interval'
          ? equalIntervalBreaks
          : quantileBreaks;
    breaks = compute(sorted, k);
  }
  const counts = new Array<number>(breaks.length + 1).fill(0);
  let missing = 0;
  const classes = values.map((value) => {
    if (!isKnown(value)) {
      missing++;
      return null;
    }
    const c = classOf(value, breaks, closure);
    counts[c]++;
    return c;
  });
  return { method: used, breaks, closure, domain, classes, counts, missing, targetClass };
}
