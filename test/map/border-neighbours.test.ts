import { readFileSync } from 'node:fs';
import type { Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { borderNeighbours } from '../../src/map/border-neighbours';

const square = (x: number, y: number, size = 1, step = 0.1): Geometry => {
  // A square with a vertex every `step` degrees along each side.
  const ring: [number, number][] = [];
  const n = Math.round(size / step);
  for (let i = 0; i < n; i++) ring.push([x + i * step, y]);
  for (let i = 0; i < n; i++) ring.push([x + size, y + i * step]);
  for (let i = 0; i < n; i++) ring.push([x + size - i * step, y + size]);
  for (let i = 0; i < n; i++) ring.push([x, y + size - i * step]);
  ring.push([x, y]);
  return { type: 'Polygon', coordinates: [ring] };
};

describe('neighbours across a province border', () => {
  it('a unit sharing a side is a neighbour; one touching a corner or standing apart is not', () => {
    const home = square(0, 0);
    const shifted = (g: Geometry, dx: number): Geometry =>
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(([x, y]) => [x + dx, y])) }
        : g;
    const candidates = [
      { code: 'east', geometry: shifted(square(1, 0), 0.0004) }, // a shared side, quantised a little apart
      { code: 'corner', geometry: square(1, 1) },
      { code: 'apart', geometry: square(1.2, 0) },
      { code: 'empty', geometry: null },
    ];
    expect(borderNeighbours(home, candidates)).toEqual(['east']);
  });

  it('finds the neighbours of 南乐县 in 河北 and 山东 from the published county files', () => {
    const load = (province: string) => {
      const topology = JSON.parse(
        readFileSync(`data/boundaries/counties-${province}.topo.json`, 'utf8'),
      ) as Topology<{ counties: GeometryCollection<{ code: string; name: string }> }>;
      return feature(topology, topology.objects.counties).features;
    };
    const nanle = load('410000').find((f) => f.properties.code === '410923')!;
    const others = ['130000', '370000'].flatMap(load);
    const found = borderNeighbours(
      nanle.geometry,
      others.map((f) => ({ code: f.properties.code, geometry: f.geometry })),
    );
    const names = found.map(
      (code) => others.find((f) => f.properties.code === code)?.properties.name,
    );
    expect(names.sort()).toEqual(['大名县', '莘县', '魏县'].sort());
  });
});
