/** Ring hygiene for decoded source shapes. */
import type { Position } from 'geojson';
import type { Shape } from './sources';

function closeRing(ring: Position[]): boolean {
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (!a || !b || (a[0] === b[0] && a[1] === b[1])) return false;
  ring.push([a[0] ?? 0, a[1] ?? 0]);
  return true;
}

/** Close every open ring in place; returns how many were open. */
export function closeRings(shape: Shape): number {
  const polys = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  let n = 0;
  for (const p of polys) for (const r of p) if (closeRing(r)) n++;
  return n;
}
