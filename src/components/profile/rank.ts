// Rank among siblings: 1 is best (highest, or lowest when lower is better).
// Ties share a rank and the next rank is skipped (1, 2, 2, 4), so "2 / 4"
// never claims more than the data say. Units without a value are not ranked.

export interface RankEntry {
  code: string;
  value: number | null;
}

export interface Rank {
  rank: number;
  /** Units with a value. */
  of: number;
}

export function rankAmong(
  entries: readonly RankEntry[],
  code: string,
  higherIsBetter: boolean,
): Rank | null {
  const known = entries.filter((e): e is { code: string; value: number } =>
    Number.isFinite(e.value),
  );
  const own = known.find((e) => e.code === code);
  if (!own) return null;
  const better = known.filter((e) => (higherIsBetter ? e.value > own.value : e.value < own.value));
  return { rank: better.length + 1, of: known.length };
}
