// Trend: one line per selected unit over the years, the national figures from
// the bulletins drawn dashed as "reported", and the target. Missing years are
// gaps in the line (never 0); every known point has a dot so that an isolated
// year still shows.

import { line } from 'd3-shape';
import type { MetricDefinition } from '../../contract';
import { metricTexts } from '../../contract/metric-texts';
import { formatValue, formatYear } from '../../format';
import { trendStrings } from '../../i18n/charts-trend';
import { axisTicks, isValue, linearScale, paddedDomain, targetMarks, targetText } from '../axes';
import { BACKGROUND, NATIONAL_LINE, readableText, seriesColor, TEXT_MUTED } from '../colors';
import { chartScene, chartWidth, type Block, type ChartFrameInput } from '../frame';
import { PAD, SMALL_SIZE } from '../sizes';
import { axisY } from '../marks';
import type { ChartScene, Mark } from '../scene';
import {
  boxesOverlap,
  measureText,
  segmentCrossesBox,
  textBox,
  truncateText,
  type Box,
  type Segment,
} from '../text';

export interface TrendSeries {
  code: string;
  name: string;
  /** Value by year; a year that is absent or null is missing. */
  values: Readonly<Record<number, number | null>>;
}

export interface TrendInput extends ChartFrameInput {
  metric: MetricDefinition;
  years: readonly number[];
  /** 1–5 units; more are cut to the first five (colours stay distinguishable). */
  series: readonly TrendSeries[];
  /** Draw the national reported series (metric.reference); default true. */
  showNational?: boolean;
  selected?: readonly string[];
  /** Plot height; default suits the width. */
  height?: number;
}

export const MAX_SERIES = 5;
const NATIONAL_CODE = '000000';

interface Drawn {
  code: string;
  name: string;
  values: (number | null)[];
  color: string;
  national: boolean;
  /** A shorter name to use before cutting the name (the bulletin's). */
  shortName?: string;
}

function drawnSeries(input: TrendInput): Drawn[] {
  const years = input.years;
  const own = input.series.slice(0, MAX_SERIES).map((s, i) => ({
    code: s.code,
    name: s.name,
    values: years.map((y) => s.values[y] ?? null),
    color: seriesColor(i),
    national: false,
  }));
  const reference = years.map((y) => input.metric.reference[y] ?? null);
  const withNational = (input.showNational ?? true) && reference.some(isValue);
  const national = {
    code: NATIONAL_CODE,
    name: trendStrings[input.locale].nationalReported,
    shortName: trendStrings[input.locale].nationalReportedShort,
    values: reference,
    color: NATIONAL_LINE,
    national: true,
  };
  return withNational ? [...own, national] : own;
}

function lastKnown(values: readonly (number | null)[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (isValue(values[i])) return i;
  return -1;
}

/**
 * An end label as one line ("淇县 90.0%") when it fits the room, else the name
 * (or its short form) over the value on a second line; the value is always
 * whole, a name too long even for a line of its own is cut ("Heshan Dis…").
 */
export function endLabel(
  name: string,
  value: string,
  room: number,
  shortName?: string,
): [string] | [string, string] {
  const fits = (text: string) => measureText(text, SMALL_SIZE) <= room;
  for (const n of [name, shortName]) if (n && fits(`${n} ${value}`)) return [`${n} ${value}`];
  const own = shortName && !fits(name) ? shortName : name;
  return [truncateText(own, room, SMALL_SIZE), value];
}

const END_ROW = 14;

/**
 * Label tops pushed apart so that blocks of 1 or 2 rows never overlap, kept
 * in the order of their targets and within [min, max] where room allows.
 */
export function dodgeBlocks(
  targets: readonly number[],
  rows: readonly number[],
  min: number,
  max: number,
): number[] {
  const order = targets.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const height = (k: number) => rows[order[k].i] * END_ROW;
  const placed = order.map((p) => p.y);
  for (let k = 0; k < placed.length; k++)
    placed[k] = Math.max(placed[k], k ? placed[k - 1] + height(k - 1) : min);
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? max - height(k) + END_ROW : placed[k + 1] - height(k);
    placed[k] = Math.min(placed[k], limit);
  }
  const out = new Array<number>(targets.length);
  order.forEach((p, k) => (out[p.i] = placed[k]));
  return out;
}

function body(input: TrendInput, width: number, top: number): Block {
  const { metric, locale, years } = input;
  const strings = trendStrings[locale];
  const series = drawnSeries(input);
  const selected = new Set(input.selected ?? []);
  const fmt = (v: number | null) => formatValue(metric.unit, v, locale);
  // A line that stops before the last year (the bulletins) says which year its value is.
  const endValue = (s: Drawn): string => {
    const last = lastKnown(s.values);
    const value = fmt(s.values[last]);
    if (last < 0 || last === years.length - 1) return value;
    const year = formatYear(years[last]);
    return locale === 'zh' ? `${value}（${year}）` : `${value} (${year})`;
  };
  const endText = (s: Drawn) => `${s.name} ${endValue(s)}`;
  const labelRoom = Math.min(
    width * 0.34,
    Math.max(...series.map((s) => measureText(endText(s), SMALL_SIZE))) + 10,
  );
  const domain = paddedDomain(metric.unit, [
    ...series.flatMap((s) => s.values),
    metric.target?.value ?? null,
  ]);
  const plotHeight = input.height ?? Math.round(Math.min(340, Math.max(200, width * 0.5)));
  const y = linearScale(domain, [top + 10 + plotHeight, top + 10]);
  const { ticks, format } = axisTicks(y, metric.unit, { count: 5 });
  const left = PAD + Math.max(...ticks.map((t) => measureText(format(t), SMALL_SIZE))) + 6;
  const right = width - PAD - labelRoom;
  const px = yearPositions(years, left, right);
  const bottom = top + 10 + plotHeight;
  const marks: Mark[] = axisY(ticks, y, { x1: left, x2: right, format });
  // Thin the year labels when they would touch (about 40 px each).
  const every = Math.max(1, Math.ceil((years.length * 40) / Math.max(1, right - left)));
  years.forEach((year, i) => {
    if (i % every !== 0 && i !== years.length - 1) return;
    marks.push({
      kind: 'text',
      role: 'axis-tick',
      class: 'year',
      x: px(year),
      y: bottom + 16,
      text: formatYear(year),
      fill: TEXT_MUTED,
      fontSize: SMALL_SIZE,
      anchor: 'middle',
    });
  });
  const policy = policyMarks(metric, years, px(metric.policy?.year ?? 0), top + 10, bottom, locale);
  if (metric.target) {
    const ty = y(metric.target.value);
    const text = `${strings.target} ${targetText(metric)}`;
    const obstacles = {
      segments: [
        ...series.flatMap((s) => seriesSegments(s.values, years, px, y)),
        ...policy.flatMap((m) => (m.kind === 'line' ? [m] : [])),
      ],
      boxes: policy.flatMap((m) =>
        m.kind === 'text' ? [textBox(m.x, m.y, m.text, m.fontSize, m.anchor)] : [],
      ),
    };
    marks.push(
      ...targetMarks(
        'target',
        { x1: left, x2: right, y1: ty, y2: ty },
        { ...targetLabelPlace(text, ty, left, right, obstacles), text },
      ),
    );
  }
  marks.push(...policy);
  const path = line<number | null>()
    .defined(isValue)
    .x((_, i) => px(years[i]))
    .y((v) => y(v as number));
  const labelTargets = series.map((s) => {
    const i = lastKnown(s.values);
    return i < 0 ? bottom : y(s.values[i] as number);
  });
  const labels = series.map((s) => endLabel(s.name, endValue(s), labelRoom - 8, s.shortName));
  const labelYs = dodgeBlocks(
    labelTargets,
    labels.map((l) => l.length),
    top + 10,
    bottom,
  );
  series.forEach((s, k) => {
    const isSelected = selected.has(s.code);
    const describe = `${s.name}: ${years.map((yr, i) => `${formatYear(yr)} ${fmt(s.values[i])}`).join(', ')}`;
    const state =
      [s.national ? 'national' : '', isSelected ? 'selected' : ''].filter(Boolean).join(' ') ||
      undefined;
    marks.push({
      kind: 'path',
      role: 'series-line',
      class: state,
      code: s.national ? undefined : s.code,
      d: path(s.values) ?? '',
      stroke: s.color,
      strokeWidth: isSelected ? 3.5 : 2.25,
      dash: s.national ? '5 4' : undefined,
    });
    s.values.forEach((v, i) => {
      if (!isValue(v)) return;
      marks.push({
        kind: 'circle',
        role: 'series-point',
        class: state,
        code: s.national ? undefined : s.code,
        cx: px(years[i]),
        cy: y(v),
        r: s.national ? 2.5 : 3.5,
        fill: s.national ? BACKGROUND : s.color,
        stroke: s.national ? s.color : BACKGROUND,
        strokeWidth: 1.5,
      });
    });
    const last = lastKnown(s.values);
    if (last < 0) return;
    marks.push({
      kind: 'text',
      role: 'end-label',
      class: state,
      code: s.national ? undefined : s.code,
      interactive: !s.national,
      description: describe,
      x: right + 8,
      y: labelYs[k] + 4,
      text: labels[k][0],
      fill: readableText(s.color),
      fontSize: SMALL_SIZE,
      fontWeight: isSelected ? 'bold' : 'normal',
    });
    const second = labels[k][1];
    if (second !== undefined)
      marks.push({
        kind: 'text',
        role: 'end-label-value',
        class: state,
        code: s.national ? undefined : s.code,
        x: right + 8,
        y: labelYs[k] + 4 + END_ROW,
        text: second,
        fill: readableText(s.color),
        fontSize: SMALL_SIZE,
        fontWeight: isSelected ? 'bold' : 'normal',
      });
  });
  return { marks, height: bottom + 24 - top };
}

/** The straight pieces of a series line: between consecutive known years (a gap is no piece). */
export function seriesSegments(
  values: readonly (number | null)[],
  years: readonly number[],
  px: (year: number) => number,
  y: (v: number) => number,
): Segment[] {
  const pieces: Segment[] = [];
  for (let i = 1; i < values.length; i++) {
    const [a, b] = [values[i - 1], values[i]];
    if (isValue(a) && isValue(b))
      pieces.push({ x1: px(years[i - 1]), y1: y(a), x2: px(years[i]), y2: y(b) });
  }
  // A lone point is a piece of no length, so that a label avoids its dot too.
  values.forEach((v, i) => {
    if (isValue(v) && !isValue(values[i - 1]) && !isValue(values[i + 1]))
      pieces.push({ x1: px(years[i]), y1: y(v), x2: px(years[i]), y2: y(v) });
  });
  return pieces;
}

/**
 * Where the target's label goes so that no series line, dot or the policy
 * rule crosses it: just above the target line at the left, then the right,
 * then just below it, then a row further off; the first spot that is clear.
 */
export function targetLabelPlace(
  text: string,
  ty: number,
  left: number,
  right: number,
  obstacles: { segments: readonly Segment[]; boxes: readonly Box[] },
): { x: number; y: number; anchor?: 'end' } {
  const rows = [ty - 5, ty + SMALL_SIZE + 3, ty - 5 - 14, ty + SMALL_SIZE + 3 + 14];
  const spots = rows.flatMap((y): { x: number; y: number; anchor?: 'end' }[] => [
    { x: left + 4, y },
    { x: right - 4, y, anchor: 'end' },
  ]);
  const crossings = (spot: { x: number; y: number; anchor?: 'end' }) => {
    const box = textBox(spot.x, spot.y, text, SMALL_SIZE, spot.anchor ?? 'start');
    // The dots (radius 3.5) reach a little beyond their lines.
    const padded = { x0: box.x0 - 4, y0: box.y0 - 4, x1: box.x1 + 4, y1: box.y1 + 4 };
    return (
      obstacles.segments.filter((s) => segmentCrossesBox(s.x1, s.y1, s.x2, s.y2, padded)).length +
      obstacles.boxes.filter((b) => boxesOverlap(b, box, 2)).length
    );
  };
  // The first clear spot; when none is, the one fewest lines cross.
  const counts = spots.map(crossings);
  return spots[counts.indexOf(Math.min(...counts))];
}

/** Whether the chart spans the policy that started what the metric counts (双减, 2021). */
function spansPolicy(metric: MetricDefinition, years: readonly number[]): boolean {
  const policy = metric.policy;
  return !!policy && years.includes(policy.year) && years.some((y) => y < policy.year);
}

/** A dotted rule at the policy year, labelled on its left ("2021 “双减”"), where values are low. */
function policyMarks(
  metric: MetricDefinition,
  years: readonly number[],
  x: number,
  top: number,
  bottom: number,
  locale: TrendInput['locale'],
): Mark[] {
  if (!spansPolicy(metric, years) || !metric.policy) return [];
  const policy = metric.policy;
  return [
    {
      kind: 'line',
      role: 'reference-line',
      class: 'policy',
      x1: x,
      x2: x,
      y1: top,
      y2: bottom,
      stroke: TEXT_MUTED,
      strokeWidth: 1,
      dash: '2 3',
    },
    {
      kind: 'text',
      role: 'reference-label',
      class: 'policy',
      x: x - 4,
      y: top + 12,
      text: `${formatYear(policy.year)} ${policy.name[locale]}`,
      fill: TEXT_MUTED,
      fontSize: SMALL_SIZE,
      anchor: 'end',
      halo: true,
    },
  ];
}

export function layoutTrend(input: TrendInput): ChartScene {
  const width = chartWidth(input.width);
  const sized = { ...input, width };
  const strings = trendStrings[input.locale];
  const title = input.title ?? input.metric.name[input.locale];
  const hasNational =
    (input.showNational ?? true) && input.years.some((y) => isValue(input.metric.reference[y]));
  const subtitle = hasNational ? strings.trendSubtitle : '';
  const { referenceSource, policyNote } = metricTexts(input.metric.id);
  const notes =
    hasNational && referenceSource
      ? [
          `${strings.nationalReported}${input.locale === 'zh' ? '：' : ': '}${referenceSource[input.locale]}`,
        ]
      : [];
  if (spansPolicy(input.metric, input.years) && policyNote) notes.push(policyNote[input.locale]);
  const text = { title, subtitle, items: input.series.length, notes };
  return chartScene(sized, text, (top) => body(sized, width, top));
}

/**
 * Evenly spaced years with a quarter step of padding at each end: d3's point
 * scale (padding 0.25, centred), computed the same way without d3-scale.
 */
function yearPositions(
  years: readonly number[],
  left: number,
  right: number,
): (year: number) => number {
  const padding = 0.25;
  const n = years.length;
  const step = (right - left) / Math.max(1, n - 1 + padding * 2);
  const start = left + (right - left - step * (n - 1)) * 0.5;
  const at = new Map(years.map((year, i) => [year, start + step * i]));
  return (year) => at.get(year) ?? left;
}
