// Fixed, rounded class breaks that stay the same from year to year, so that
// playing the years shows change rather than a legend that moves under it.

import type { MetricDefinition } from '../../contract';

/** Ten-point bins for rates; 0.1 steps around the usual thresholds for CVs. */
const RATE_BINS = [0.5, 0.6, 0.7, 0.8, 0.9] as const;
const CV_BINS = [0.3, 0.4, 0.5, 0.6] as const;

/** The metric's own bins from the catalogue, else the unit's. */
export function fixedBreaks(metric: Pick<MetricDefinition, 'bins' | 'unit'>): number[] {
  return [...(metric.bins ?? (metric.unit === 'cv' ? CV_BINS : RATE_BINS))];
}
