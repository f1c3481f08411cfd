// Distance of a value to its metric's target: value − target (shown in 百分点
// for fractions, plain for CVs) and whether it meets it (exactly at it meets).

import { meetsTarget, type MetricDefinition } from '../../contract';

export interface TargetDistance {
  difference: number;
  meets: boolean;
  target: number;
}

export function targetDistance(
  metric: MetricDefinition,
  value: number | null,
): TargetDistance | null {
  if (!metric.target || value === null || !Number.isFinite(value)) return null;
  return {
    difference: value - metric.target.value,
    meets: meetsTarget(metric, value) === true,
    target: metric.target.value,
  };
}

/**
 * Decimals for a difference so that a real one never reads as zero: 90.04 %
 * against 90 % is "+0.04 pp", not "0.0 pp". Undefined keeps the default.
 */
export function differenceDigits(unit: 'fraction' | 'cv', difference: number): number | undefined {
  const shown = unit === 'fraction' ? Math.abs(difference) * 100 : Math.abs(difference);
  const base = unit === 'fraction' ? 1 : 2;
  if (shown === 0 || Number(shown.toFixed(base)) !== 0) return undefined;
  return Number(shown.toFixed(base + 1)) !== 0 ? base + 1 : base + 2;
}
