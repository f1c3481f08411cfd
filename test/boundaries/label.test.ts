import { describe, expect, it } from 'vitest';
import {
  labelPoint,
  pointInPolygon,
  poleOfInaccessibility,
  polygonArea,
} from '../../scripts/boundaries/label';
import { countyTolerance, mainExtent, metresPerPixel } from '../../scripts/boundaries/tolerance';

describe('poleOfInaccessibility', () => {
  it('finds the centre of a square', () => {
    const [x, y] = poleOfInaccessibility(
      [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
      ],
      1e-6,
    );
    expect(x).toBeCloseTo(2, 4);
    expect(y).toBeCloseTo(2, 4);
  });

  it('stays inside a U shape, in its thickest part', () => {
    // a U: bottom bar 0..9 × 0..3, arms 0..3 and 6..9 up to 9
    const u = [
      [
        [0, 0],
        [9, 0],
        [9, 9],
        [6, 9],
        [6, 3],
        [3, 3],
        [3, 9],
        [0, 9],
        [0, 0],
      ],
    ];
    const [x, y] = poleOfInaccessibility(u, 1e-6);
    expect(pointInPolygon(x, y, u)).toBe(true);
    expect(pointInPolygon(4.5, 6, u)).toBe(false);
  });

  it('avoids a hole', () => {
    const withHole = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      [
        [3, 3],
        [7, 3],
        [7, 7],
        [3, 7],
        [3, 3],
      ],
    ];
    const [x, y] = poleOfInaccessibility(withHole, 1e-6);
    expect(pointInPolygon(x, y, withHole)).toBe(true);
  });
});

describe('labelPoint', () => {
  it('labels the largest polygon of a MultiPolygon, rounded', () => {
    const p = labelPoint({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [100, 30],
            [100.1, 30],
            [100.1, 30.1],
            [100, 30],
          ],
        ],
        [
          [
            [110, 30],
            [112, 30],
            [112, 32],
            [110, 32],
            [110, 30],
          ],
        ],
      ],
    });
    expect(p[0]).toBeCloseTo(111, 2);
    expect(p[1]).toBeCloseTo(31, 2);
  });
});

describe('polygonArea', () => {
  it('subtracts holes', () => {
    expect(
      polygonArea([
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
        [
          [0.5, 0.5],
          [1, 0.5],
          [1, 1],
          [0.5, 0.5],
        ],
      ]),
    ).toBeCloseTo(4 - 0.125);
  });
});

describe('county tolerance', () => {
  it('is a fraction of the pixel size when the extent fills 1280 × 800', () => {
    // 8° of latitude over 800 px: 1105.4 m per pixel (wider than tall at the equator is not the limit here)
    expect(metresPerPixel([0, 0, 1, 8])).toBeCloseTo(1105.4, 1);
    expect(countyTolerance([0, 0, 1, 8], 0.5)).toBe(553);
  });
  it('ignores far small islands when measuring the extent', () => {
    const main = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [108, 18],
          [111, 18],
          [111, 20],
          [108, 20],
          [108, 18],
        ],
      ],
    };
    const islet = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [112, 4],
          [112.01, 4],
          [112.01, 4.01],
          [112, 4],
        ],
      ],
    };
    expect(mainExtent([main, islet])).toEqual([108, 18, 111, 20]);
  });
});
