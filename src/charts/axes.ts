// Axis helpers shared by the charts: domains that keep zero (bars) or hug the
// data (lines, dots), and tick labels in the metric's own notation.

import type { MetricDefinition } from '../contract';
import { formatCv, formatPercent, type MetricUnit } from '../format';
import { precisionFixed } from '../format/fixed';
import { TARGET_LINE } from './colors';
import { SMALL_SIZE } from './sizes';
import { createLinearScale, type LinearScale } from './linear-scale';
import { nice } from './ticks';
import type { Mark, TextMark } from './scene';
import { boxesOverlap, textBox, type Box } from './text';

export function isValue(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Bars start at zero; fractions always show up to 100% (over 100% extends it). */
export function zeroBasedDomain(
  unit: MetricUnit,
  values: readonly (number | null | undefined)[],
): [number, number] {
  const max = Math.max(0, ...values.filter(isValue));
  if (unit === 'fraction') return [0, Math.max(1, max)];
  return [0, max > 0 ? max : 1];
}

/**
 * A domain around the data (lines and dots need not start at zero), padded and
 * niced, with two rules: a rate axis ends at 100 % unless a value is above it
 * (gross enrollment may be), and the axis starts at zero when the data come
 * near it anyway (the lowest value under a quarter of the highest), rather
 * than at an odd low tick.
 */
export function paddedDomain(
  unit: MetricUnit,
  values: readonly (number | null | undefined)[],
): [number, number] {
  const known = values.filter(isValue);
  if (!known.length) return [0, 1];
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const pad = Math.max((hi - lo) * 0.1, 0.02);
  const lower = lo >= 0 && lo <= hi * 0.25 ? 0 : Math.max(0, lo - pad);
  const [d0, d1] = nice(lower, hi + pad, 5);
  const ceiling = unit === 'fraction' && hi <= 1 ? 1 : Infinity;
  return [Math.max(0, d0), Math.min(d1, ceiling)];
}

export function linearScale(
  domain: [number, number],
  range: [number, number],
  nice = true,
): LinearScale {
  return createLinearScale(domain, range, nice ? 4 : null);
}

/** Tick labels: whole percents when the step allows (80%), else as many decimals as the step needs. */
export function tickFormatter(unit: MetricUnit, ticks: readonly number[]): (t: number) => string {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
  if (unit === 'fraction') {
    const digits = precisionFixed(step * 100);
    return (t) => formatPercent(t, { digits });
  }
  const digits = Math.max(1, precisionFixed(step));
  return (t) => formatCv(t, { digits });
}

/**
 * An axis's ticks and their labels: `count` ticks, or as many as suit `span`
 * pixels (tickCount).
 */
export function axisTicks(
  scale: LinearScale,
  unit: MetricUnit,
  size: { count: number } | { span: number },
): { ticks: number[]; format: (t: number) => string } {
  const ticks = scale.ticks('count' in size ? size.count : tickCount(size.span));
  return { ticks, format: tickFormatter(unit, ticks) };
}

/** "≥ 90%" / "≤ 0.50": the target as people read it in the plan. */
export function targetText(metric: MetricDefinition): string {
  if (!metric.target) return '';
  const symbol = metric.target.comparison === '>=' ? '≥' : '≤';
  const value =
    metric.unit === 'fraction'
      ? formatPercent(metric.target.value, { digits: 0 })
      : formatCv(metric.target.value);
  return `${symbol}${value}`;
}

/** Tick count that suits the plot width (about one per 70 px, 2 to 6). */
export function tickCount(pixels: number): number {
  return Math.max(2, Math.min(6, Math.floor(pixels / 70)));
}

/** The target as a dashed line and its label ("目标 ≥85%"), one look in every chart. */
export function targetMarks(
  cls: string,
  line: { x1: number; x2: number; y1: number; y2: number },
  label: { x: number; y: number; text: string; anchor?: 'end' },
): Mark[] {
  return [
    {
      kind: 'line',
      role: 'reference-line',
      class: cls,
      ...line,
      stroke: TARGET_LINE,
      strokeWidth: 1.5,
      dash: '6 3',
    },
    {
      kind: 'text',
      role: 'reference-label',
      class: cls,
      x: label.x,
      y: label.y,
      text: label.text,
      fill: TARGET_LINE,
      fontSize: SMALL_SIZE,
      ...(label.anchor ? { anchor: label.anchor } : {}),
      halo: true,
    },
  ];
}

/**
 * Tick labels that a vertical reference line would cross, or that would
 * overlap another label, are left out; their grid lines stay, and the
 * reference line's own label says its value.
 */
export function ticksClearOf(
  ticks: readonly TextMark[],
  lineXs: readonly number[],
  boxes: readonly Box[] = [],
): TextMark[] {
  return ticks.filter((t) => {
    const box = textBox(t.x, t.y, t.text, t.fontSize, t.anchor);
    return (
      lineXs.every((x) => x < box.x0 - 2 || x > box.x1 + 2) &&
      boxes.every((b) => !boxesOverlap(box, b, 2))
    );
  });
}
