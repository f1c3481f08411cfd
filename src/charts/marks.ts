// Plot-style mark helpers (after Observable Plot's gridX, ruleX, axisY, barX):
// the grid, rules and tick labels of an axis and the bar of a row, as plain
// scene marks, so that every chart draws them alike and a layout says what it
// draws rather than spelling out each line.

import { AXIS, BAR, BAR_SELECTED, GRID, HIGHLIGHT, TEXT_MUTED } from './colors';
import { SMALL_SIZE } from './sizes';
import type { LineMark, RectMark, TextMark } from './scene';

type Scale = (value: number) => number;
type Format = (value: number) => string;

/** Vertical grid lines at the x ticks, from y1 down to y2. */
export function gridX(ticks: readonly number[], x: Scale, y1: number, y2: number): LineMark[] {
  return ticks.map((t) => ({
    kind: 'line',
    role: 'grid',
    x1: x(t),
    x2: x(t),
    y1,
    y2,
    stroke: GRID,
  }));
}

/** Horizontal grid lines at the y ticks, from x1 to x2. */
export function gridY(ticks: readonly number[], y: Scale, x1: number, x2: number): LineMark[] {
  return ticks.map((t) => ({
    kind: 'line',
    role: 'grid',
    x1,
    x2,
    y1: y(t),
    y2: y(t),
    stroke: GRID,
  }));
}

/** A vertical rule (the zero line of bars). */
export function ruleX(x: number, y1: number, y2: number, role = 'axis-baseline'): LineMark {
  return { kind: 'line', role, x1: x, x2: x, y1, y2, stroke: AXIS };
}

/** A horizontal rule (the x axis under a plot). */
export function ruleY(y: number, x1: number, x2: number, role = 'axis-baseline'): LineMark {
  return { kind: 'line', role, x1, x2, y1: y, y2: y, stroke: AXIS };
}

/** Tick labels of an x axis, centred on each tick at baseline `y`; a halo keeps lines off them. */
export function tickLabelsX(
  ticks: readonly number[],
  x: Scale,
  y: number,
  format: Format,
  halo?: boolean,
): TextMark[] {
  return ticks.map((t) => ({
    kind: 'text',
    role: 'axis-tick',
    x: x(t),
    y,
    text: format(t),
    fill: TEXT_MUTED,
    fontSize: SMALL_SIZE,
    anchor: 'middle',
    ...(halo ? { halo } : {}),
  }));
}

/** Tick labels of a y axis, right-aligned at `right`, on each tick's grid line. */
export function tickLabelsY(
  ticks: readonly number[],
  y: Scale,
  right: number,
  format: Format,
): TextMark[] {
  return ticks.map((t) => ({
    kind: 'text',
    role: 'axis-tick',
    x: right,
    y: y(t) + 4,
    text: format(t),
    fill: TEXT_MUTED,
    fontSize: SMALL_SIZE,
    anchor: 'end',
  }));
}

/** An x axis drawn as a grid: per tick its grid line (y1 → y2), then its label at baseline `labelY`. */
export function axisX(
  ticks: readonly number[],
  x: Scale,
  axis: { y1: number; y2: number; labelY: number; format: Format },
): (LineMark | TextMark)[] {
  return ticks.flatMap((t) => [
    ...gridX([t], x, axis.y1, axis.y2),
    ...tickLabelsX([t], x, axis.labelY, axis.format),
  ]);
}

/** A y axis drawn as a grid: per tick its grid line (x1 → x2), then its label left of x1. */
export function axisY(
  ticks: readonly number[],
  y: Scale,
  axis: { x1: number; x2: number; format: Format },
): (LineMark | TextMark)[] {
  return ticks.flatMap((t) => [
    ...gridY([t], y, axis.x1, axis.x2),
    ...tickLabelsY([t], y, axis.x1 - 6, axis.format),
  ]);
}

const SELECTED_BAR = { class: 'selected', fill: BAR_SELECTED, stroke: HIGHLIGHT, strokeWidth: 2 };

/** The bar of one row, from x0 to x1 around the row's centre; a selected bar is outlined. */
export function barX(bar: {
  code: string;
  x0: number;
  x1: number;
  centre: number;
  thickness: number;
  selected: boolean;
}): RectMark {
  const { code, x0, x1, centre, thickness } = bar;
  const look = bar.selected ? SELECTED_BAR : { fill: BAR };
  const box = { x: x0, y: centre - thickness / 2, width: Math.max(0, x1 - x0), height: thickness };
  return { kind: 'rect', role: 'bar', code, ...box, ...look };
}
