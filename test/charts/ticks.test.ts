// The charts' ticks and nice domains are d3-array's, number for number.

import { nice as d3Nice, ticks as d3Ticks } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { nice, ticks } from '../../src/charts/ticks';

const DOMAINS: [number, number][] = [
  [0, 1],
  [0, 0.9134],
  [0.812, 0.9996],
  [0.3, 0.31],
  [0, 1.27],
  [0.05, 0.62],
  [1, 1],
  [0, 0],
  [5, -5],
  [0.00012, 0.00047],
  [-0.031, 0.058],
  [12, 9870],
];
for (let i = 1; i < 120; i++) {
  const a = Math.abs(Math.sin(i * 7.13)) * 10 ** ((i % 5) - 3);
  DOMAINS.push([a, a + Math.abs(Math.cos(i * 3.7)) * 10 ** ((i % 4) - 2)]);
}

describe('ticks and nice', () => {
  it('give the same numbers as d3-array', () => {
    for (const [a, b] of DOMAINS)
      for (const count of [0, 1, 2, 3, 4, 5, 6, 10]) {
        expect(ticks(a, b, count), `${a} ${b} ${count}`).toEqual(d3Ticks(a, b, count));
        expect(nice(a, b, count), `${a} ${b} ${count}`).toEqual(d3Nice(a, b, count));
      }
  });
});
