// Which dots of a scatter carry their name without hovering, and where the
// names go: the selected units, the extremes on each axis, and every unit when
// there are few. Greedy placement, most important first: each name tries eight
// spots around its dot and takes the first that stays inside the plot, overlaps
// no name already placed and no dot, and is crossed by no reference line. A
// name with no free spot is left out (the dot keeps its tooltip), except a
// selected one, which takes its first spot inside the plot.

import { compareCodes } from '../../contract';
import { boxesOverlap, segmentCrossesBox, textBox, type Box, type Segment } from '../text';

export interface LabelDot {
  code: string;
  /** Centre and radius in chart pixels. */
  cx: number;
  cy: number;
  r: number;
}

export interface LabelRequest extends LabelDot {
  text: string;
  fontSize: number;
  /** Placed even when every spot is taken (inside the plot). */
  required?: boolean;
}

export interface Obstacles {
  dots: readonly LabelDot[];
  boxes: readonly Box[];
  segments: readonly Segment[];
}

export interface PlacedLabel {
  code: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** Up to this many units, every one is labelled where there is room. */
export const FEW_UNITS = 20;

interface Point {
  code: string;
  x: number;
  y: number;
}

/**
 * Codes to label, most important first: the selected, then the lowest and
 * highest on each axis, then (when few) the rest, furthest from the middle of
 * the cloud first, since crowded middles are where names fail to fit anyway.
 */
export function notableCodes(points: readonly Point[], selected: ReadonlySet<string>): string[] {
  if (points.length === 0) return [];
  const by = (key: 'x' | 'y', sign: 1 | -1) =>
    [...points].sort((a, b) => sign * (a[key] - b[key]) || compareCodes(a.code, b.code))[0].code;
  const extremes = [by('x', 1), by('x', -1), by('y', 1), by('y', -1)];
  const rest = points.length <= FEW_UNITS ? byDistanceFromMiddle(points).map((p) => p.code) : [];
  const chosen = [
    ...points.filter((p) => selected.has(p.code)).map((p) => p.code),
    ...extremes,
    ...rest,
  ];
  return [...new Set(chosen)];
}

function byDistanceFromMiddle(points: readonly Point[]): Point[] {
  const mean = (key: 'x' | 'y') => points.reduce((s, p) => s + p[key], 0) / points.length;
  const spread = (key: 'x' | 'y', m: number) =>
    Math.max(1e-9, Math.max(...points.map((p) => Math.abs(p[key] - m))));
  const mx = mean('x');
  const my = mean('y');
  const sx = spread('x', mx);
  const sy = spread('y', my);
  const distance = (p: Point) => Math.hypot((p.x - mx) / sx, (p.y - my) / sy);
  return [...points].sort((a, b) => distance(b) - distance(a) || compareCodes(a.code, b.code));
}

/** The eight spots around a dot, in order of preference: right, left, above, below. */
function spots(label: LabelRequest): { x: number; y: number; anchor: PlacedLabel['anchor'] }[] {
  const gap = label.r + 3;
  const middle = label.cy + label.fontSize * 0.35;
  const above = label.cy - gap - label.fontSize * 0.2;
  const below = label.cy + gap + label.fontSize * 0.8;
  return [
    { x: label.cx + gap, y: middle, anchor: 'start' },
    { x: label.cx - gap, y: middle, anchor: 'end' },
    { x: label.cx + 2, y: above, anchor: 'start' },
    { x: label.cx - 2, y: above, anchor: 'end' },
    { x: label.cx + 2, y: below, anchor: 'start' },
    { x: label.cx - 2, y: below, anchor: 'end' },
    { x: label.cx, y: above, anchor: 'middle' },
    { x: label.cx, y: below, anchor: 'middle' },
  ];
}

const inside = (box: Box, bounds: Box) =>
  box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;

const dotBox = (d: LabelDot): Box => ({
  x0: d.cx - d.r,
  y0: d.cy - d.r,
  x1: d.cx + d.r,
  y1: d.cy + d.r,
});

/** Places the labels in the order given; see the file comment for the rules. */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: Obstacles,
  bounds: Box,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const dots = obstacles.dots.map(dotBox);
  for (const label of labels) {
    const options = spots(label).map((s) => ({
      ...s,
      box: textBox(s.x, s.y, label.text, label.fontSize, s.anchor),
    }));
    const free = options.find(
      ({ box }) =>
        inside(box, bounds) &&
        placed.every((p) => !boxesOverlap(p.box, box, 2)) &&
        dots.every((d) => !boxesOverlap(d, box, 1)) &&
        obstacles.boxes.every((b) => !boxesOverlap(b, box, 2)) &&
        obstacles.segments.every((s) => !segmentCrossesBox(s.x1, s.y1, s.x2, s.y2, box)),
    );
    const fallback = label.required
      ? (options.find(
          ({ box }) => inside(box, bounds) && placed.every((p) => !boxesOverlap(p.box, box, 2)),
        ) ??
        options.find(({ box }) => inside(box, bounds)) ??
        options[0])
      : undefined;
    const spot = free ?? fallback;
    if (spot) placed.push({ code: label.code, text: label.text, ...spot });
  }
  return placed;
}
