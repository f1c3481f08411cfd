import { quantize } from 'd3-interpolate';
import {
  interpolateViridis,
  schemeBlues,
  schemePuOr,
  schemeRdBu,
  schemeYlGnBu,
} from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { metricById } from '../../src/contract';
import { classColours } from '../../src/map/class-colours';
import { classify } from '../../src/map/classify/classify';
import { divergingColours, NO_DATA_COLOUR, sequentialColours } from '../../src/map/colour';
import { BLUES, PUOR_11, RDBU_11, viridis, YLGNBU } from '../../src/map/colour-schemes';

describe('the written-out colour tables are d3-scale-chromatic’s', () => {
  it('Blues and YlGnBu for 3–9 classes, PuOr and RdBu for 11', () => {
    for (let k = 3; k <= 9; k++) {
      expect(BLUES[k]).toEqual(schemeBlues[k]);
      expect(YLGNBU[k]).toEqual(schemeYlGnBu[k]);
    }
    expect(PUOR_11).toEqual(schemePuOr[11]);
    expect(RDBU_11).toEqual(schemeRdBu[11]);
  });
  it('viridis samples as interpolateViridis, and its classes as d3’s quantize', () => {
    for (let i = 0; i <= 1000; i++) expect(viridis(i / 1000)).toBe(interpolateViridis(i / 1000));
    expect(viridis(-1)).toBe(interpolateViridis(-1));
    expect(viridis(2)).toBe(interpolateViridis(2));
    for (let k = 2; k <= 9; k++)
      expect(sequentialColours(k, true, 'viridis')).toEqual(
        quantize((t) => interpolateViridis(1 - t), k),
      );
    expect(sequentialColours(1, true, 'viridis')).toEqual([interpolateViridis(1)]);
  });
});

describe('sequentialColours', () => {
  it('runs light → dark when higher is better', () => {
    expect(sequentialColours(5, true)).toEqual(schemeBlues[5]);
  });
  it('runs dark → light when lower is better (CVs)', () => {
    expect(sequentialColours(5, false)).toEqual([...schemeBlues[5]].reverse());
  });
  it('takes the darker end of a 3-ramp for fewer classes, and caps at 9', () => {
    expect(sequentialColours(2, true)).toEqual(schemeBlues[3].slice(1));
    expect(sequentialColours(12, true)).toHaveLength(9);
  });
  it('viridis runs light → dark too', () => {
    const [low, high] = sequentialColours(2, true, 'viridis');
    expect(low.toLowerCase()).toBe('#fde725');
    expect(high.toLowerCase()).toBe('#440154');
  });
  it('never uses the no-data grey', () => {
    for (let k = 1; k <= 9; k++) expect(sequentialColours(k, true)).not.toContain(NO_DATA_COLOUR);
  });
});

describe('divergingColours', () => {
  // d3 schemePuOr[11]: #2d004b #542788 #8073ac #b2abd2 #d8daeb #f7f7f7 #fee0b6 #fdb863 #e08214 #b35806 #7f3b08
  it("'>=' target, 3 classes: two shades of orange below (deeper further off), purple above", () => {
    expect(divergingColours(3, 2, true)).toEqual(['#b35806', '#e08214', '#8073ac']);
    expect(schemePuOr[11][2]).toBe('#8073ac');
  });
  it("'<=' threshold: the lower class meets (purple)", () => {
    expect(divergingColours(2, 1, false)).toEqual(['#8073ac', '#e08214']);
  });
  it('RdBu: red fails, blue meets', () => {
    expect(divergingColours(2, 1, true, 'RdBu')).toEqual(['#d6604d', '#4393c3']);
  });
});

describe('classColours', () => {
  it('uses the diverging scheme for policy classes and sequential otherwise', () => {
    const metric = metricById('multimedia_balance_cv_primary');
    const policy = classify([0.3, 0.6], 'threshold', 2, { target: metric.target });
    expect(classColours(policy, metric)).toEqual(['#8073ac', '#e08214']);
    const quantiles = classify([0.1, 0.2, 0.3, 0.4], 'quantile', 4);
    expect(classColours(quantiles, metric)).toEqual([...schemeBlues[4]].reverse());
  });
});
