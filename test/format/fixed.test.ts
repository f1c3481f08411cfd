// The hand formatter writes what d3-format wrote before it (with an ASCII
// minus), for every pattern the atlas uses, on awkward and pseudo-random values.

import { formatLocale, precisionFixed as d3PrecisionFixed } from 'd3-format';
import { describe, expect, it } from 'vitest';
import { formatFixed, precisionFixed } from '../../src/format/fixed';

const d3 = formatLocale({
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['¥', ''],
  minus: '-',
});

const VALUES = [
  ...[0, -0, 1, -1, 0.5, -0.5, 0.05, -0.05, 0.049, -0.049, 0.0004, -0.0004, 0.1 + 0.2],
  ...[1234.5678, -1234.5678, 999.95, 1e6, 12345678.9, 0.125, 2.675, 1.005, 99.95, -99.95, 100],
];
for (let i = 0; i < 300; i++)
  VALUES.push(((Math.sin(i * 12.9898) * 43758.5453) % 10 ** (i % 7)) * (i % 2 ? -1 : 1));

describe('formatFixed', () => {
  it('writes .Nf, ,.Nf and +,.Nf as d3-format does', () => {
    for (const v of VALUES)
      for (const d of [0, 1, 2, 3, 4]) {
        expect(formatFixed(v, d), `${v} .${d}f`).toBe(d3.format(`.${d}f`)(v));
        expect(formatFixed(v, d, { group: true }), `${v} ,.${d}f`).toBe(d3.format(`,.${d}f`)(v));
        expect(formatFixed(v, d, { group: true, sign: true }), `${v} +,.${d}f`).toBe(
          d3.format(`+,.${d}f`)(v),
        );
      }
  });

  it('writes .1~f and ,d as d3-format does', () => {
    for (const v of VALUES) {
      expect(formatFixed(v, 1, { trim: true }), `${v}`).toBe(d3.format('.1~f')(v));
      const n = Math.round(v);
      expect(formatFixed(n, 0, { group: true }), `${n}`).toBe(d3.format(',d')(n));
    }
  });

  it('finds the decimals of a tick step as d3-format does (a zero step: 0, not NaN)', () => {
    for (const step of [1, 0.1, 0.05, 0.02, 0.25, 0.001, 5, 20, 0.2, 0.0025, 1e-7])
      expect(precisionFixed(step), String(step)).toBe(d3PrecisionFixed(step));
    expect(precisionFixed(0)).toBe(0);
  });
});
