import { sortedKnown } from './known-values';

/** k classes of equal width between the smallest and the largest value. */
export function equalIntervalBreaks(
  values: readonly (number | null | undefined)[],
  k: number,
): number[] {
  const sorted = sortedKnown(values);
  if (sorted.length === 0 || k < 2) return [];
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === max) return [];
  const width = (max - min) / k;
  return Array.from({ length: k - 1 }, (_, i) => min + width * (i + 1));
}
