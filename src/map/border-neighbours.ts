// Neighbours across a province border. Each province's counties are their own
// boundary file, so the topology knows only the neighbours inside it; counties
// of two files that share a border share its vertices (the county layer is
// simplified in one national run, then quantised per file), so a county of an
// adjacent province is a neighbour when enough of its boundary vertices lie on
// the county's own boundary, to within the quantisation step.

import type { Geometry, Position } from 'geojson';

/** About 300 m: a few times the county files' quantisation step. */
export const BORDER_TOLERANCE_DEGREES = 0.003;
/** Vertices in common before two counties count as neighbours (a corner touch is not a border). */
export const MIN_SHARED_VERTICES = 3;

function ringsOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

const cellOf = (x: number, y: number, size: number): string =>
  `${Math.floor(x / size)},${Math.floor(y / size)}`;

/** The cells of a geometry's vertices on a grid of `size` degrees. */
export function vertexCells(
  geometry: Geometry | null,
  size = BORDER_TOLERANCE_DEGREES,
): Set<string> {
  const cells = new Set<string>();
  for (const ring of ringsOf(geometry)) for (const [x, y] of ring) cells.add(cellOf(x, y, size));
  return cells;
}

/** Whether a vertex lies in, or next to, one of the cells. */
function nearCells(cells: ReadonlySet<string>, x: number, y: number, size: number): boolean {
  const cx = Math.floor(x / size);
  const cy = Math.floor(y / size);
  for (let dx = -1; dx <= 1; dx++)
    for (let dy = -1; dy <= 1; dy++) if (cells.has(`${cx + dx},${cy + dy}`)) return true;
  return false;
}

/** How many of a geometry's vertices lie on the other's boundary (counted up to `enough`). */
export function sharedVertexCount(
  cells: ReadonlySet<string>,
  geometry: Geometry | null,
  enough = MIN_SHARED_VERTICES,
  size = BORDER_TOLERANCE_DEGREES,
): number {
  let count = 0;
  for (const ring of ringsOf(geometry))
    for (const [x, y] of ring) {
      if (nearCells(cells, x, y, size)) count += 1;
      if (count >= enough) return count;
    }
  return count;
}

export interface CandidateUnit {
  code: string;
  geometry: Geometry | null;
}

type Box = [number, number, number, number];

function boxOf(geometry: Geometry | null): Box | null {
  let box: Box | null = null;
  for (const ring of ringsOf(geometry))
    for (const [x, y] of ring) {
      if (!box) box = [x, y, x, y];
      else
        box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
    }
  return box;
}

function boxesMeet(a: Box, b: Box, margin: number): boolean {
  return (
    a[0] - margin <= b[2] && b[0] - margin <= a[2] && a[1] - margin <= b[3] && b[1] - margin <= a[3]
  );
}

/** Codes of the candidates that share a border with `geometry` (boxes first, then vertices). */
export function borderNeighbours(
  geometry: Geometry | null,
  candidates: readonly CandidateUnit[],
): string[] {
  const box = boxOf(geometry);
  if (!box) return [];
  const near = candidates.filter((c) => {
    const other = boxOf(c.geometry);
    return other !== null && boxesMeet(box, other, 2 * BORDER_TOLERANCE_DEGREES);
  });
  const cells = vertexCells(geometry);
  return near
    .filter((c) => sharedVertexCount(cells, c.geometry) >= MIN_SHARED_VERTICES)
    .map((c) => c.code);
}
