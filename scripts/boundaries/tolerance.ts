/**
 * Simplification tolerance per province for the county layer: a fraction of the
 * ground size of one screen pixel when the province fills a laptop-sized map
 * (1280 × 800 px). Small municipalities keep fine detail, Xinjiang is coarser.
 * The extent ignores polygons under 1 % of the province's area, so far islands
 * do not make a province look large (the build also leaves 三沙市 out).
 */
import type { Position } from 'geojson';
import { polygonArea } from './label';
import type { Shape } from './sources';

export const VIEWPORT = { width: 1280, height: 800 } as const;
const M_PER_DEG_LAT = 110_540;
const M_PER_DEG_LON_EQUATOR = 111_320;

export type Extent = [number, number, number, number];

export function mainExtent(shapes: readonly Shape[]): Extent {
  const polys: Position[][][] = shapes.flatMap((s) =>
    s.type === 'Polygon' ? [s.coordinates] : s.coordinates,
  );
  const areas = polys.map((p) => Math.abs(polygonArea(p)));
  const total = areas.reduce((a, b) => a + b, 0);
  const e: Extent = [Infinity, Infinity, -Infinity, -Infinity];
  polys.forEach((p, i) => {
    if ((areas[i] ?? 0) < total * 0.01) return;
    for (const [x = 0, y = 0] of p[0] ?? []) {
      e[0] = Math.min(e[0], x);
      e[1] = Math.min(e[1], y);
      e[2] = Math.max(e[2], x);
      e[3] = Math.max(e[3], y);
    }
  });
  return e;
}

/** Metres per pixel when the extent just fits the viewport. */
export function metresPerPixel([w, s, e, n]: Extent): number {
  const midLat = (((s + n) / 2) * Math.PI) / 180;
  return Math.max(
    ((e - w) * Math.cos(midLat) * M_PER_DEG_LON_EQUATOR) / VIEWPORT.width,
    ((n - s) * M_PER_DEG_LAT) / VIEWPORT.height,
  );
}

export function countyTolerance(extent: Extent, fractionOfPixel: number): number {
  return Math.round(metresPerPixel(extent) * fractionOfPixel);
}
