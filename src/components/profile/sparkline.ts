// A sparkline path for a small inline SVG: one value per year, gaps where a
// year is missing (never drawn as 0). Pure; d3 does the maths.

import { extent } from 'd3-array';
import { createLinearScale } from '../../charts/linear-scale';
import { line } from 'd3-shape';

export interface Sparkline {
  path: string;
  /** The last known point, drawn as a dot. */
  last: { x: number; y: number } | null;
}

export function sparkline(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): Sparkline {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return { path: '', last: null };
  const [lo, hi] = extent(known) as [number, number];
  const y = createLinearScale(lo === hi ? [lo - 1, hi + 1] : [lo, hi], [height - pad, pad]);
  const x = createLinearScale([0, Math.max(1, values.length - 1)], [pad, width - pad]);
  const round = (n: number): number => Math.round(n * 10) / 10;
  const path =
    line<number | null>()
      .defined((v) => v !== null && Number.isFinite(v))
      .x((_, i) => round(x(i)))
      .y((v) => round(y(v ?? 0)))(values) ?? '';
  let lastIndex = values.length - 1;
  while (lastIndex >= 0 && !(values[lastIndex] !== null && Number.isFinite(values[lastIndex])))
    lastIndex--;
  return { path, last: { x: round(x(lastIndex)), y: round(y(values[lastIndex] as number)) } };
}
