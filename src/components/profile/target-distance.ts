// Distance of a value to its metric's target: value − target (shown in 百分点
// for fractions, plain for CVs) and whether it meets it (exactly at it meets).

import { meetsTarget, type MetricDefinition } from '../../contract';

export interface TargetDistance {
  difference: number;
  meets: boolean;
  target: number;
}

export function targetDistance(metric: MetricDefinition, value: number | null): TargetDistance | null {
  if (!metric.target || value === null || !Number.isFinite(value)) return null;
  return {
    difference: value - metric.target.value,
    meets: meetsTarget(metric, value) === true,
    target: metric.target.value,
  };
}
