import type { MetricTarget } from '../../contract';
import type { Breaks } from './types';

export interface ThresholdBreaks extends Breaks {
  /** Index of the first class above the target line (the line is breaks[targetClass - 1]). */
  targetClass: number;
}

/**
 * Policy classes around a target: "below / meets" (≥ 0.85), or with
 * `bandWidth` one more band on the failing side (< 0.75, 0.75–0.85, ≥ 0.85).
 * For '<=' thresholds (CVs: ≤ 0.50 meets) a value equal to the line meets it,
 * so the classes are closed above: (…, 0.50], (0.50, 0.60], (0.60, …).
 */
export function thresholdBreaks(
  target: MetricTarget,
  bandWidth?: number,
  symmetric = false,
): ThresholdBreaks {
  const line = target.value;
  const band = bandWidth && bandWidth > 0 ? bandWidth : null;
  if (band && symmetric) {
    // Diverging classes: two bands each side of the line (change maps around zero).
    const breaks = [-2, -1, 0, 1, 2].map((k) => round(line + k * band));
    return target.comparison === '>='
      ? { breaks, closure: 'lower', targetClass: 3 }
      : { breaks, closure: 'upper', targetClass: 3 };
  }
  if (target.comparison === '>=') {
    const breaks = band ? [round(line - band), line] : [line];
    return { breaks, closure: 'lower', targetClass: breaks.length };
  }
  const breaks = band ? [line, round(line + band)] : [line];
  return { breaks, closure: 'upper', targetClass: 1 };
}

/** Keep 0.85 - 0.1 at 0.75, not 0.7499999999999999. */
function round(value: number): number {
  return Number(value.toFixed(10));
}
