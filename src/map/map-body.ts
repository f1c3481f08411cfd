// The map itself as scene marks: boundaries projected with d3-geo, coloured by
// the map module's classification, with the caveat patterns and the labels.
// One layout for three pictures: the atlas's first view (<edu-map> before
// MapLibre arrives), the SVG/PNG download and the embeds' static images.
//
// The geometry (projection, path strings, pattern marks, label places) depends
// only on the boundaries and the frame, so it is made once per view and size;
// a change of metric or year only recolours (body marks from a new plan).

import { geoMercator, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Mark } from '../charts/scene';
import { patternMarks, type PatternKind } from './patterns';
import { groundColour, type ColourPlan } from './colour-plan';
import { PARTIAL_COLOUR, PARTIAL_HATCH } from './colour';
import { LIGHT_THEME, type MapTheme } from './theme';
import { labelCandidates, MAP_LABEL_SIZE, placeLabels, type PlacedLabel } from './labels';
import { labelInk } from './label-ink';
import { isInReferenceList, type MapLevel } from './boundary-layer';
import { mainBounds, type UnitFeature } from './topology';

/** Where the map is drawn: a box of the scene, and the margin kept around the units. */
export interface MapFrame {
  width: number;
  /** Top of the map in the scene (below a figure's title). */
  top: number;
  height: number;
  /** Margin between the frame and the units' bounds, sideways and up/down. */
  inset: { x: number; y: number };
}

export interface MapGeometry {
  frame: MapFrame;
  level: MapLevel;
  projection: GeoProjection;
  /** Path of each unit shown, by code (null: outside the frame). */
  paths: ReadonlyMap<string, string>;
  contextPaths: readonly string[];
  shown: readonly UnitFeature[];
  /** Pattern marks by `code kind`, made on first use (grid points are tested against the shape). */
  patterns: Map<string, Mark[]>;
  /** Label places by the names they were placed with. */
  labels: WeakMap<ReadonlyMap<string, string> | typeof NO_NAMES, PlacedLabel[]>;
}

const NO_NAMES = new Map<string, string>();

/** Drops projected points closer than `min` px to the last one kept: a 640 px
 * map does not need the boundaries' full detail (SVGs ~5× smaller). */
function pixelFilter(out: GeoStream, min = 0.8): GeoStream {
  let last: [number, number] | null = null;
  let pending: [number, number] | null = null;
  return {
    point(x, y) {
      if (last && Math.abs(x - last[0]) < min && Math.abs(y - last[1]) < min) {
        pending = [x, y];
        return;
      }
      out.point(x, y);
      last = [x, y];
      pending = null;
    },
    lineStart() {
      last = pending = null;
      out.lineStart();
    },
    lineEnd() {
      if (pending) out.point(pending[0], pending[1]);
      last = pending = null;
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

/**
 * The path of a unit that lies wholly inside the frame, without d3's clipping
 * stream (most of the layout's time): the same points, pixel filter and
 * rounding as the clipped path. Null when a point falls outside the frame.
 */
function unclippedPath(
  f: UnitFeature,
  projection: GeoProjection,
  [x0, y0, x1, y1]: [number, number, number, number],
): string | null {
  const polygons =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      // GeoJSON repeats the first point at the end; d3 streams it once.
      const n = ring.length - 1;
      if (n < 1) continue;
      let last: [number, number] | null = null;
      let pending: [number, number] | null = null;
      let part = '';
      for (let i = 0; i < n; i++) {
        const at = projection([ring[i][0], ring[i][1]]);
        if (!at || at[0] < x0 || at[0] > x1 || at[1] < y0 || at[1] > y1) return null;
        if (last && Math.abs(at[0] - last[0]) < 0.8 && Math.abs(at[1] - last[1]) < 0.8) {
          pending = at;
          continue;
        }
        part += `${part ? 'L' : 'M'}${round1(at[0])},${round1(at[1])}`;
        last = at;
        pending = null;
      }
      if (pending) part += `L${round1(pending[0])},${round1(pending[1])}`;
      d += `${part}Z`;
    }
  }
  return d || null;
}

/**
 * Mercator fitted to the main bounds of the units shown, as MapLibre's
 * fitBounds does with the same margin: the first view and the interactive
 * map that replaces it show the same place at the same scale.
 */
export function mapGeometry(
  shown: readonly UnitFeature[],
  context: readonly UnitFeature[],
  level: MapLevel,
  frame: MapFrame,
): MapGeometry {
  const { width, top, height, inset } = frame;
  const [[w, s], [e, n]] = mainBounds([...shown]) ?? [
    [73, 18],
    [135, 54],
  ];
  const corners: GeoJSON.Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [w, s],
        [e, n],
        [w, n],
        [e, s],
      ],
    },
  };
  // China's boundaries are dense and never cross the antimeridian: no resampling, no
  // antimeridian cut (its test of each ring against the pole cost most of the layout's time).
  const projection = geoMercator()
    .precision(0)
    .preclip((stream) => stream)
    .fitExtent(
      [
        [inset.x, top + inset.y],
        [
          Math.max(inset.x + 1, width - inset.x),
          Math.max(top + inset.y + 1, top + height - inset.y),
        ],
      ],
      corners,
    );
  // Context provinces reach beyond the frame: clip in screen space.
  projection.clipExtent([
    [0, top],
    [width, top + height],
  ]);
  const path = geoPath({ stream: (out) => projection.stream(pixelFilter(out)) }).digits(1);
  const paths = new Map<string, string>();
  const frameBox: [number, number, number, number] = [0, top, width, top + height];
  for (const f of shown) {
    const d = unclippedPath(f, projection, frameBox) ?? path(f);
    if (d) paths.set(f.properties.code, d);
  }
  const contextPaths = context.flatMap((f) => path(f) ?? []);
  return {
    frame,
    level,
    projection,
    paths,
    contextPaths,
    shown,
    patterns: new Map(),
    labels: new WeakMap(),
  };
}

/** Screen point of [lon, lat] in the map's frame (y from the frame's top). */
export function projectInFrame(
  geometry: MapGeometry,
  lonLat: [number, number],
): { x: number; y: number } | null {
  const at = geometry.projection(lonLat);
  return at ? { x: at[0], y: at[1] - geometry.frame.top } : null;
}

/** The unit's fill as on screen: context grey outside the data, partial purple, class or no-data. */
function unitFill(plan: ColourPlan, code: string, theme: MapTheme): string {
  const mark = plan.marks.get(code);
  if (mark === 'outside') return theme.context;
  if (mark === 'partial') return PARTIAL_COLOUR;
  return plan.fills.get(code) ?? theme.noData;
}

/** The patterns a unit carries: no data, partial, or the flags of a classed value. */
function patternKindsOf(plan: ColourPlan, code: string): PatternKind[] {
  const mark = plan.marks.get(code);
  if (mark === 'outside' || !isInReferenceList(code)) return [];
  if (mark === 'partial') return ['partial'];
  return plan.fills.get(code) ? [...(plan.flagged.get(code) ?? [])] : ['no-data'];
}

function unitPatternMarks(geometry: MapGeometry, f: UnitFeature, kind: PatternKind): Mark[] {
  const code = f.properties.code;
  const key = `${code} ${kind}`;
  let marks = geometry.patterns.get(key);
  if (marks) return marks;
  const { projection, frame } = geometry;
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(f);
  const box: [number, number, number, number] = [
    Math.max(x0, 0),
    Math.max(y0, frame.top),
    Math.min(x1, frame.width),
    Math.min(y1, frame.top + frame.height),
  ];
  const inside = insideTest(f, projection);
  marks = patternMarks(kind, { box, inside }, code);
  geometry.patterns.set(key, marks);
  return marks;
}

/**
 * Whether a screen point is inside the unit: its rings projected once and
 * tested on the plane (even-odd), which is what the eye sees on the drawn map
 * and a small fraction of the cost of a spherical test per grid point.
 */
function insideTest(f: UnitFeature, projection: GeoProjection): (x: number, y: number) => boolean {
  const polygons =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings: Float64Array[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const xy = new Float64Array(ring.length * 2);
      ring.forEach((p, i) => {
        const at = projection([p[0], p[1]]) ?? [NaN, NaN];
        xy[2 * i] = at[0];
        xy[2 * i + 1] = at[1];
      });
      rings.push(xy);
    }
  }
  // The grid is walked row by row: the crossings of one row are found once.
  let rowY = NaN;
  let crossings: number[] = [];
  return (x, y) => {
    if (y !== rowY) {
      rowY = y;
      crossings = rowCrossings(rings, y);
    }
    let before = 0;
    while (before < crossings.length && crossings[before] < x) before++;
    return before % 2 === 1;
  };
}

/** The x of every edge that crosses the row y, in order (even-odd rule). */
function rowCrossings(rings: readonly Float64Array[], y: number): number[] {
  const xs: number[] = [];
  for (const xy of rings) {
    const n = xy.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = xy[2 * i];
      const yi = xy[2 * i + 1];
      const xj = xy[2 * j];
      const yj = xy[2 * j + 1];
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  return xs.sort((a, b) => a - b);
}

/** Label places by the interactive map's own rule (placeLabels), kept per set of names. */
function placedLabels(
  geometry: MapGeometry,
  names: ReadonlyMap<string, string> | undefined,
): PlacedLabel[] {
  const key = names ?? NO_NAMES;
  let placed = geometry.labels.get(key);
  if (placed) return placed;
  const units = geometry.shown.flatMap((f) => {
    const bounds = mainBounds([f]);
    const name = names?.get(f.properties.code) ?? f.properties.name;
    return bounds && isInReferenceList(f.properties.code)
      ? [{ ...f.properties, name, bounds }]
      : [];
  });
  placed = placeLabels(
    labelCandidates(units, (p) => projectInFrame(geometry, p), geometry.level),
    { width: geometry.frame.width, height: geometry.frame.height },
  );
  geometry.labels.set(key, placed);
  return placed;
}

export interface MapBodyOptions {
  /** Unit names in the map's language by code (default: the boundaries' Chinese names). */
  names?: ReadonlyMap<string, string>;
  theme?: MapTheme;
}

/**
 * The map's marks for one colour plan: ground, context, units (each with its
 * code), caveat patterns, and labels in the ink that reads on each fill.
 */
export function mapBodyMarks(
  geometry: MapGeometry,
  plan: ColourPlan,
  options: MapBodyOptions = {},
): Mark[] {
  const theme = options.theme ?? LIGHT_THEME;
  const { frame } = geometry;
  const marks: Mark[] = [
    {
      kind: 'rect',
      role: 'map-ground',
      x: 0,
      y: frame.top,
      width: frame.width,
      height: frame.height,
      fill: theme.background,
    },
  ];
  for (const d of geometry.contextPaths) {
    marks.push({
      kind: 'path',
      role: 'context',
      d,
      fill: theme.context,
      stroke: theme.contextLine,
      strokeWidth: 0.6,
    });
  }
  for (const f of geometry.shown) {
    const code = f.properties.code;
    const d = geometry.paths.get(code);
    if (!d) continue;
    const partial = plan.marks.get(code) === 'partial';
    marks.push({
      kind: 'path',
      role: 'unit',
      code,
      d,
      fill: unitFill(plan, code, theme),
      // A partial value: a dashed edge, never a class colour (as on screen).
      stroke: partial ? PARTIAL_HATCH : theme.line,
      strokeWidth: partial ? 1.5 : 0.8,
      ...(partial ? { dash: '3 2' } : {}),
    });
  }
  for (const f of geometry.shown) {
    for (const kind of patternKindsOf(plan, f.properties.code))
      marks.push(...unitPatternMarks(geometry, f, kind));
  }
  for (const l of placedLabels(geometry, options.names)) {
    const ink = labelInk(groundColour(plan, l.code, theme));
    marks.push({
      kind: 'text',
      role: 'map-label',
      x: l.x,
      y: l.y + frame.top + MAP_LABEL_SIZE / 3,
      text: l.name,
      fill: ink.text,
      fontSize: MAP_LABEL_SIZE,
      anchor: 'middle',
      // The scene's halo is the page ground: behind dark ink only.
      halo: ink.tone === 'dark',
    });
  }
  return marks;
}
