// The one rank rule of the atlas: the list, the table, the map tooltip and the
// profile all ask here, so a unit has the same rank wherever it is shown.
//
// - Units are ranked among the units shown together (the children of one
//   region). Statistical functional zones (codes ending 71–79) with data are
//   ranked like counties, as the gap table counts them like counties: they
//   have no area on the map, but they are units with their own schools.
// - 1 is best (the highest value, or the lowest when lower is better). Ties
//   share a rank and the next rank is skipped (1, 2, 2, 4).
// - A unit without a value has no rank, nor has a `partial` value (it covers
//   only part of its unit); neither takes part in the others' ranks.

export interface RankEntry {
  code: string;
  value: number | null;
  flags?: readonly string[];
}

export interface Rank {
  rank: number;
  /** Units ranked (with a value that describes the whole unit). */
  of: number;
}

/** Whether an entry takes part in ranking. */
export function isRanked(entry: RankEntry): entry is RankEntry & { value: number } {
  return (
    typeof entry.value === 'number' &&
    Number.isFinite(entry.value) &&
    !(entry.flags ?? []).includes('partial')
  );
}

/** The rank of every ranked entry, by code. */
export function rankUnits(
  entries: readonly RankEntry[],
  higherIsBetter: boolean,
): Map<string, Rank> {
  const ranked = entries.filter(isRanked);
  const values = ranked.map((e) => e.value);
  const ranks = new Map<string, Rank>();
  for (const entry of ranked) {
    const better = values.filter((v) => (higherIsBetter ? v > entry.value : v < entry.value));
    ranks.set(entry.code, { rank: better.length + 1, of: ranked.length });
  }
  return ranks;
}

/** The rank of one unit among `entries` (which include it); null when it has none. */
export function rankAmong(
  entries: readonly RankEntry[],
  code: string,
  higherIsBetter: boolean,
): Rank | null {
  return rankUnits(entries, higherIsBetter).get(code) ?? null;
}
