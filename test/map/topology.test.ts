import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  mainBounds,
  neighbourCodes,
  topoToFeatures,
  type UnitTopology,
} from '../../src/map/topology';

const fixture = (file: string): UnitTopology =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/map/${file}`, import.meta.url), 'utf8'),
  ) as UnitTopology;

describe('topology helpers', () => {
  const provinces = fixture('china-provinces.topo.json');

  it('converts TopoJSON to features with their properties', () => {
    const fc = topoToFeatures(provinces, 'provinces');
    expect(fc.features.map((f) => f.properties.code)).toEqual([
      '410000',
      '340000',
      '420000',
      '360000',
      '710000',
      'nanhai',
    ]);
    expect(fc.features[0].properties.label).toEqual([112, 34.5]);
  });

  it('names the objects it has when asked for a missing one', () => {
    expect(() => topoToFeatures(provinces, 'counties')).toThrow(/has: provinces/);
  });

  it('finds neighbours through shared arcs (the 2×2 grid: diagonals share only a point)', () => {
    const n = neighbourCodes(provinces, 'provinces');
    expect(n.get('410000')).toEqual(['340000', '420000']);
    expect(n.get('360000')).toEqual(['340000', '420000']);
    expect(n.get('710000')).toEqual([]);
  });

  it('bounds the features', () => {
    const fc = topoToFeatures(fixture('counties-410000.topo.json'), 'counties');
    expect(boundsOf(fc.features)).toEqual([
      [110, 33],
      [114, 36],
    ]);
    expect(boundsOf([])).toBeNull();
  });
});

describe('mainBounds', () => {
  it('leaves out far-off islets but keeps every feature', () => {
    const square = (x: number, y: number, size: number): GeoJSON.Position[][] => [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ];
    const island: GeoJSON.Feature = {
      type: 'Feature',
      properties: {},
      // A 2°×2° island and a 0.05°×0.05° reef far south (box share 0.000625 < 0.1).
      geometry: { type: 'MultiPolygon', coordinates: [square(108, 18, 2), square(112, 4, 0.05)] },
    };
    const reefOnly: GeoJSON.Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: square(115, 10, 0.05) },
    };
    expect(mainBounds([island])).toEqual([
      [108, 18],
      [110, 20],
    ]);
    expect(boundsOf([island])).toEqual([
      [108, 4],
      [112.05, 20],
    ]);
    expect(mainBounds([island, reefOnly])).toEqual([
      [108, 10],
      [115.05, 20],
    ]);
  });
});
