// The planner's arithmetic for one unit: is it below the target, by how much,
// and how many more counted things (children, places, classes) close the gap.

import type { MetricDefinition } from '../../contract';

/** `unjudged`: a value but no target to judge it against. */
/** `partial`: the unit lacks returns from some of its counties, so it is not judged as a whole. */
export type GapStatus = 'meets' | 'below' | 'partial' | 'missing' | 'unjudged';

export interface GapTarget {
  value: number;
  comparison: '>=' | '<=';
}

/** Float noise below this (in counted units) is rounding, not a real shortfall. */
const EPSILON = 1e-9;

/**
 * How many more counted units the numerator needs, at the current
 * denominator, to reach `target` (comparison '>='): max(0, ceil(t × d − n)).
 * Landing exactly on the target counts as meeting it, so 0.9 × 1000 − 900 is 0
 * even when the product carries float noise.
 */
export function neededToClose(target: number, numerator: number, denominator: number): number {
  const shortfall = target * denominator - numerator;
  const nearest = Math.round(shortfall);
  const snapped =
    Math.abs(shortfall - nearest) < EPSILON * Math.max(1, Math.abs(target * denominator))
      ? nearest
      : shortfall;
  return Math.max(0, Math.ceil(snapped));
}

/** Whether a value meets the target; exactly at the target meets. */
export function meets(target: GapTarget, value: number): boolean {
  return target.comparison === '>=' ? value >= target.value : value <= target.value;
}

/** The target a metric is judged against: an override value, else the catalogue's. */
export function effectiveTarget(
  metric: MetricDefinition,
  override: number | null | undefined,
): GapTarget | null {
  const comparison = metric.target?.comparison ?? (metric.higherIsBetter ? '>=' : '<=');
  if (typeof override === 'number' && Number.isFinite(override))
    return { value: override, comparison };
  return metric.target ? { value: metric.target.value, comparison } : null;
}

/**
 * Distance in the bad direction: positive when the unit falls short (below a
 * '>=' target, above a '<=' threshold), negative when it is ahead.
 */
export function shortfallOf(target: GapTarget, value: number): number {
  return target.comparison === '>=' ? target.value - value : value - target.value;
}
