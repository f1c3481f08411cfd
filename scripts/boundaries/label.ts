/**
 * Label points: the pole of inaccessibility (the interior point farthest from the
 * outline) of a shape's largest polygon, found by the cell-subdivision search of
 * Garcia-Castellanos & Lombardo (as in Mapbox's polylabel). Longitudes are scaled by
 * cos(latitude) so that "far" means far on the ground.
 */
import type { Position } from 'geojson';
import type { Shape } from './sources';

type Ring = Position[];

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    a += (xj - xi) * (yj + yi);
  }
  return a / 2;
}

/** Area of a polygon (outer minus holes), in the plane of its coordinates. */
export function polygonArea(rings: Ring[]): number {
  return rings.reduce((s, r, i) => s + (i === 0 ? 1 : -1) * Math.abs(ringArea(r)), 0);
}

function segDistSq(px: number, py: number, a: Position, b: Position): number {
  let [x = 0, y = 0] = a;
  let dx = (b[0] ?? 0) - x;
  let dy = (b[1] ?? 0) - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0] ?? 0;
      y = b[1] ?? 0;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Even-odd point-in-polygon test (holes count as outside). */
export function pointInPolygon(x: number, y: number, rings: Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Signed distance from a point to the outline: positive inside. */
function signedDistance(x: number, y: number, rings: Ring[]): number {
  let min = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a && b) min = Math.min(min, segDistSq(x, y, a, b));
    }
  }
  const d = Math.sqrt(min);
  return pointInPolygon(x, y, rings) ? d : -d;
}

interface Cell {
  x: number;
  y: number;
  h: number;
  d: number;
  max: number;
}

function cell(x: number, y: number, h: number, rings: Ring[]): Cell {
  const d = signedDistance(x, y, rings);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** Binary max-heap on Cell.max (ties broken by position, for determinism). */
class CellQueue {
  private items: Cell[] = [];
  get size(): number {
    return this.items.length;
  }
  private before(a: Cell, b: Cell): boolean {
    return a.max > b.max || (a.max === b.max && (a.x < b.x || (a.x === b.x && a.y < b.y)));
  }
  push(c: Cell): void {
    const it = this.items;
    it.push(c);
    let i = it.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pi = it[p];
      if (!pi || !this.before(c, pi)) break;
      it[i] = pi;
      i = p;
    }
    it[i] = c;
  }
  pop(): Cell | undefined {
    const it = this.items;
    const top = it[0];
    const last = it.pop();
    if (it.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        let mc: Cell = last;
        const lc = it[l];
        const rc = it[r];
        if (lc && this.before(lc, mc)) {
          m = l;
          mc = lc;
        }
        if (rc && this.before(rc, mc)) {
          m = r;
          mc = rc;
        }
        if (m === i) break;
        it[i] = mc;
        i = m;
      }
      it[i] = last;
    }
    return top;
  }
}

/** Pole of inaccessibility of one polygon in planar coordinates. */
export function poleOfInaccessibility(rings: Ring[], precision: number): [number, number] {
  const outer = rings[0] ?? [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x = 0, y = 0] of outer) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const size = Math.min(maxX - minX, maxY - minY);
  if (!(size > 0)) return [outer[0]?.[0] ?? minX, outer[0]?.[1] ?? minY];
  const h0 = size / 2;
  const queue = new CellQueue();
  for (let x = minX; x < maxX; x += size)
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + h0, y + h0, h0, rings));
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0, rings);
  for (const c of [
    centroidCell(outer, rings),
    ...outer.slice(0, 1).map(([x = 0, y = 0]) => cell(x, y, 0, rings)),
  ]) {
    if (c.d > best.d) best = c;
  }
  while (queue.size > 0) {
    const c = queue.pop();
    if (!c) break;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h, rings));
    queue.push(cell(c.x + h, c.y - h, h, rings));
    queue.push(cell(c.x - h, c.y + h, h, rings));
    queue.push(cell(c.x + h, c.y + h, h, rings));
  }
  return [best.x, best.y];
}

function centroidCell(outer: Ring, rings: Ring[]): Cell {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const [ax = 0, ay = 0] = outer[i] ?? [];
    const [bx = 0, by = 0] = outer[j] ?? [];
    const f = ax * by - bx * ay;
    cx += (ax + bx) * f;
    cy += (ay + by) * f;
    area += f * 3;
  }
  const [x0 = 0, y0 = 0] = outer[0] ?? [];
  return area === 0 ? cell(x0, y0, 0, rings) : cell(cx / area, cy / area, 0, rings);
}

/**
 * A label point inside a shape: the pole of inaccessibility of its largest polygon
 * (by area on the ground), rounded to `digits` decimals.
 */
export function labelPoint(shape: Shape, digits = 4): [number, number] {
  const polys = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  let best: Ring[] | undefined;
  let bestArea = -Infinity;
  for (const poly of polys) {
    const lat = ((poly[0]?.[0]?.[1] ?? 0) * Math.PI) / 180;
    const a = Math.abs(polygonArea(poly)) * Math.cos(lat);
    if (a > bestArea) {
      bestArea = a;
      best = poly;
    }
  }
  if (!best) throw new Error('labelPoint: empty shape');
  const ys = (best[0] ?? []).map((p) => p[1] ?? 0);
  const k = Math.cos((((Math.min(...ys) + Math.max(...ys)) / 2) * Math.PI) / 180);
  const scaled = best.map((ring) => ring.map(([x = 0, y = 0]) => [x * k, y]));
  const [sx, sy] = poleOfInaccessibility(scaled, 1e-4);
  const f = 10 ** digits;
  return [Math.round((sx / k) * f) / f, Math.round(sy * f) / f];
}
