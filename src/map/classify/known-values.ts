/** A value that can be classified: a finite number. Null, undefined and NaN are missing, never 0. */
export function isKnown(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The known values, sorted ascending. */
export function sortedKnown(values: readonly (number | null | undefined)[]): number[] {
  return values.filter(isKnown).sort((a, b) => a - b);
}

/** Ascending, duplicates removed: equal breaks would make empty classes. */
export function uniqueAscending(breaks: readonly number[]): number[] {
  const sorted = [...breaks].sort((a, b) => a - b);
  return sorted.filter((b, i) => i === 0 || b !== sorted[i - 1]);
}
