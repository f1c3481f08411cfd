// The map's patterns as SVG paths for the static map (scenes have no
// <pattern>): the same marks as the interactive map's pattern images, laid
// on a grid and kept where the grid point is inside the unit. No data: '/'
// hatch; partial: '\' hatch; incomplete: dots; above 100 %: plus signs.

import type { Mark } from '../charts/scene';
import { FLAG_EDGE, FLAG_INK, NO_DATA_HATCH, PARTIAL_HATCH } from './colour';

export type PatternKind = 'no-data' | 'partial' | 'incomplete' | 'over_100';

/** Screen box [x0, y0, x1, y1] to fill, and whether a point is inside the shape. */
export interface PatternArea {
  box: [number, number, number, number];
  inside: (x: number, y: number) => boolean;
}

const STEP: Record<PatternKind, number> = { 'no-data': 6, partial: 6, incomplete: 8, over_100: 11 };

const r = (v: number): string => String(Math.round(v * 10) / 10);

/** Grid points inside the area; flag marks sit on a staggered grid so they read as a texture. */
function gridPoints(kind: PatternKind, area: PatternArea, s: number): [number, number][] {
  const [x0, y0, x1, y1] = area.box;
  const points: [number, number][] = [];
  // Anchored to multiples of the step, so neighbouring units' hatches line up.
  for (let j = Math.ceil(y0 / s); j * s <= y1; j++) {
    const shift = kind === 'incomplete' || kind === 'over_100' ? (j % 2) * (s / 2) : 0;
    for (let i = Math.floor(x0 / s); i * s + shift <= x1; i++) {
      const [x, y] = [i * s + shift, j * s];
      if (x >= x0 && area.inside(x, y)) points.push([x, y]);
    }
  }
  return points;
}

/** One segment (hatches), square (dots) or cross (plus) per grid point, as a path. */
export function patternPath(kind: PatternKind, area: PatternArea, step = STEP[kind]): string {
  const h = step / 2;
  return gridPoints(kind, area, step)
    .map(([x, y]) => {
      if (kind === 'no-data') return `M${r(x - h)},${r(y + h)}L${r(x + h)},${r(y - h)}`;
      if (kind === 'partial') return `M${r(x - h)},${r(y - h)}L${r(x + h)},${r(y + h)}`;
      if (kind === 'incomplete') return `M${r(x - 1.2)},${r(y - 1.2)}h2.4v2.4h-2.4z`;
      return `M${r(x - 2.5)},${r(y)}h5M${r(x)},${r(y - 2.5)}v5`;
    })
    .join('');
}

/** The marks that draw `kind` over an area (none when no grid point falls inside). */
export function patternMarks(
  kind: PatternKind,
  area: PatternArea,
  code?: string,
  /** Grid step in px; a legend swatch takes a finer one so that it shows several marks. */
  step = STEP[kind],
): Mark[] {
  const d = patternPath(kind, area, step);
  if (!d) return [];
  const base = { kind: 'path' as const, role: `pattern-${kind}`, d, ...(code ? { code } : {}) };
  switch (kind) {
    case 'no-data':
      return [{ ...base, stroke: NO_DATA_HATCH, strokeWidth: 0.8, fill: 'none' }];
    case 'partial':
      return [{ ...base, stroke: PARTIAL_HATCH, strokeWidth: 0.8, fill: 'none' }];
    case 'incomplete':
      return [{ ...base, fill: FLAG_INK, stroke: FLAG_EDGE, strokeWidth: 0.5 }];
    case 'over_100':
      // A white edge under the dark cross, so it reads on every class colour.
      return [
        { ...base, stroke: FLAG_EDGE, strokeWidth: 3, fill: 'none' },
        { ...base, stroke: FLAG_INK, strokeWidth: 1.2, fill: 'none' },
      ];
  }
}
