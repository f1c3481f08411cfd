// A linear scale for the charts: d3-array's nice() and ticks() (the same
// algorithms d3-scale uses, written out in ticks.ts) over a plain mapping.
// d3-scale's linear scale would bring d3-interpolate and d3-color into every
// embed (about 5 KB gzip) for interpolation between colours and dates that the
// charts never use.

import { nice as niceExtent, ticks as niceTicks } from './ticks';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  ticks(count: number): number[];
}

export function createLinearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  niceCount: number | null = null,
): LinearScale {
  const [d0, d1] = niceCount === null ? domain : niceExtent(domain[0], domain[1], niceCount);
  const [r0, r1] = range;
  const span = d1 - d0;
  // Like d3: a zero-width domain maps everything to the middle of the range.
  const scale = ((value: number) =>
    span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.ticks = (count: number) => niceTicks(d0, d1, count);
  return scale;
}
