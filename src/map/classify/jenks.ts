import { sortedKnown } from './known-values';

/**
 * Natural breaks (Fisher–Jenks): the partition of the sorted values into k
 * contiguous classes with the least total within-class sum of squared
 * deviations, found exactly by dynamic programming over prefix sums, O(k·n²).
 * Returns the lowest value of classes 1…k-1 (so a break belongs to the class
 * above it, like every other method here).
 */
export function jenksBreaks(values: readonly (number | null | undefined)[], k: number): number[] {
  const sorted = sortedKnown(values);
  const n = sorted.length;
  const classes = Math.min(k, new Set(sorted).size);
  if (classes < 2) return [];

  const sum = new Float64Array(n + 1);
  const sumSq = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    sum[i + 1] = sum[i] + sorted[i];
    sumSq[i + 1] = sumSq[i] + sorted[i] * sorted[i];
  }
  // Sum of squared deviations of sorted[from..to) around its mean.
  const cost = (from: number, to: number): number => {
    const s = sum[to] - sum[from];
    return Math.max(0, sumSq[to] - sumSq[from] - (s * s) / (to - from));
  };

  // best[c][j]: least cost of the first j values in c+1 classes; start[c][j]: where the last class begins.
  const best: Float64Array[] = [];
  const start: Int32Array[] = [];
  best.push(Float64Array.from({ length: n + 1 }, (_, j) => (j === 0 ? 0 : cost(0, j))));
  start.push(new Int32Array(n + 1));
  for (let c = 1; c < classes; c++) {
    const row = new Float64Array(n + 1).fill(Infinity);
    const from = new Int32Array(n + 1);
    for (let j = c + 1; j <= n; j++) {
      for (let i = c; i < j; i++) {
        const total = best[c - 1][i] + cost(i, j);
        if (total < row[j]) {
          row[j] = total;
          from[j] = i;
        }
      }
    }
    best.push(row);
    start.push(from);
  }

  const breaks: number[] = [];
  let end = n;
  for (let c = classes - 1; c > 0; c--) {
    const first = start[c][end];
    breaks.unshift(sorted[first]);
    end = first;
  }
  return breaks;
}
