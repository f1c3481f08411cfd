/**
 * Rank of `value` among `values` (1 = best; for higherIsBetter the largest).
 * Ties share a rank and the next rank is skipped ("1, 2, 2, 4"). Missing
 * values take no part; a missing `value` has no rank.
 */
export function rankOf(
  value: number | null,
  values: readonly (number | null)[],
  higherIsBetter: boolean,
): { rank: number; of: number } | null {
  if (value === null || !Number.isFinite(value)) return null;
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const better = known.filter((v) => (higherIsBetter ? v > value : v < value)).length;
  return { rank: better + 1, of: known.length };
}
