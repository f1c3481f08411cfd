import { quantileSorted } from 'd3-array';
import { sortedKnown, uniqueAscending } from './known-values';

/**
 * k classes with (about) equal counts: the k-1 inner quantiles (d3's R-7
 * interpolation). Ties can merge classes, so fewer breaks may come back.
 */
export function quantileBreaks(
  values: readonly (number | null | undefined)[],
  k: number,
): number[] {
  const sorted = sortedKnown(values);
  if (sorted.length === 0 || k < 2) return [];
  const breaks: number[] = [];
  for (let i = 1; i < k; i++) breaks.push(quantileSorted(sorted, i / k) as number);
  // A break at the minimum would leave class 0 empty.
  return uniqueAscending(breaks).filter((b) => b > sorted[0]);
}
