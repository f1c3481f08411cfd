import type { MetricDefinition } from '../contract';
import type { Classification } from './classify/types';
import {
  divergingColours,
  sequentialColours,
  type DivergingScheme,
  type SequentialScheme,
} from './colour';

export interface ColourOptions {
  sequential?: SequentialScheme;
  diverging?: DivergingScheme;
}

/** One colour per class: diverging around the target for policy classes, sequential otherwise. */
export function classColours(
  c: Classification,
  metric: MetricDefinition,
  options: ColourOptions = {},
): string[] {
  const k = c.counts.length;
  if (c.targetClass !== null)
    return divergingColours(k, c.targetClass, c.closure === 'lower', options.diverging);
  return sequentialColours(k, metric.higherIsBetter, options.sequential);
}
