// TopoJSON in, GeoJSON out; adjacency from shared arcs; bounds of features.

import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface UnitProperties {
  code: string;
  name: string;
  parent: string;
  /** A point inside the unit for its label: [lon, lat]. */
  label: [number, number];
}

export type UnitFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, UnitProperties>;
export type UnitCollection = GeoJSON.FeatureCollection<
  GeoJSON.Polygon | GeoJSON.MultiPolygon,
  UnitProperties
>;

export type UnitTopology = Topology<Record<string, GeometryCollection<UnitProperties>>>;

function objectOf(topology: UnitTopology, name: string): GeometryCollection<UnitProperties> {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(
      `TopoJSON has no GeometryCollection "${name}" (has: ${Object.keys(topology.objects).join(', ')})`,
    );
  }
  return object;
}

/** The named object as a GeoJSON FeatureCollection. */
export function topoToFeatures(topology: UnitTopology, name: string): UnitCollection {
  return feature(topology, objectOf(topology, name)) as UnitCollection;
}

/** code → codes of the units sharing a boundary arc with it, sorted. */
export function neighbourCodes(topology: UnitTopology, name: string): Map<string, string[]> {
  const geometries = objectOf(topology, name).geometries;
  const adjacency = neighbors(geometries);
  const result = new Map<string, string[]>();
  const codeAt = (i: number): string | undefined =>
    (geometries[i].properties as Partial<UnitProperties> | undefined)?.code;
  geometries.forEach((_, i) => {
    const code = codeAt(i);
    if (!code) return;
    const codes = adjacency[i].map(codeAt).filter((c): c is string => !!c);
    result.set(code, [...new Set(codes)].sort());
  });
  return result;
}

export type Bounds = [[number, number], [number, number]];

/** [[west, south], [east, north]] of the features' coordinates; null when there are none. */
export function boundsOf(features: readonly GeoJSON.Feature[]): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (coordinates: unknown): void => {
    const list = coordinates as unknown[];
    if (typeof list[0] === 'number') {
      const x = list[0] as number;
      const y = list[1] as number;
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
      return;
    }
    for (let i = 0; i < list.length; i++) visit(list[i]);
  };
  for (const f of features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'GeometryCollection')
      g.geometries.forEach((part) => 'coordinates' in part && visit(part.coordinates));
    else visit(g.coordinates);
  }
  return west === Infinity
    ? null
    : [
        [west, south],
        [east, north],
      ];
}

function ringBox(ring: GeoJSON.Position[]): [number, number, number, number] {
  let [w, so, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  // An indexed loop with plain comparisons: the first view runs this before the JIT has warmed up.
  for (let i = 0; i < ring.length; i++) {
    const x = ring[i][0];
    const y = ring[i][1];
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < so) so = y;
    if (y > n) n = y;
  }
  return [w, so, e, n];
}

/**
 * Bounds for fitting the view: each feature's polygons whose box is at least
 * `minShare` of its largest polygon's box. Far-off islets (三沙's reefs,
 * drawn again in the 南海诸岛 inset) would otherwise shrink the main map.
 */
export function mainBounds(features: readonly GeoJSON.Feature[], minShare = 0.1): Bounds | null {
  const parts: GeoJSON.Feature[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      parts.push(f);
      continue;
    }
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const areas = polygons.map((p) => {
      const [w, so, e, n] = ringBox(p[0] ?? []);
      return Math.max(0, e - w) * Math.max(0, n - so);
    });
    const largest = Math.max(...areas);
    const kept = polygons.filter((_, i) => areas[i] >= largest * minShare);
    parts.push({
      type: 'Feature',
      properties: null,
      geometry: { type: 'MultiPolygon', coordinates: kept },
    });
  }
  return boundsOf(parts);
}
