// The map's default classes for a metric: its policy target when it has one
// (below / meets, the planner's question), otherwise fixed rounded bins that
// stay the same across years (so the year player shows change). Quantiles and
// the others remain a choice.

import type { MetricDefinition } from '../contract';
import type { ClassParam } from './state';

export function defaultClassParam(metric: Pick<MetricDefinition, 'target'>): ClassParam {
  return metric.target ? 'threshold' : 'fixed';
}

/** What the URL asks for, else the metric's default. */
export function classParamOf(
  chosen: ClassParam | null,
  metric: Pick<MetricDefinition, 'target'>,
): ClassParam {
  return chosen ?? defaultClassParam(metric);
}
