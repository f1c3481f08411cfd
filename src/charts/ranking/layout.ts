// Ranking: one horizontal bar per unit under a parent, best first, with the
// parent's value, the national value and the target as labelled reference
// lines. Units without a value are listed under the bars, never drawn as 0.

import { compareCodes } from '../../contract';
import type { Level, MetricDefinition } from '../../contract';
import { formatValue } from '../../format';
import { chartStrings } from '../../i18n/charts';
import {
  axisTicks,
  isValue,
  targetText,
  ticksClearOf,
  paddedDomain,
  zeroBasedDomain,
  linearScale,
} from '../axes';
import {
  BACKGROUND,
  BAR,
  BAR_SELECTED,
  GRID,
  HIGHLIGHT,
  NATIONAL_LINE,
  PARENT_LINE,
  TARGET_LINE,
  TEXT,
} from '../colors';
import { chartScene, chartWidth, subtitleOf, type Block, type ChartFrameInput } from '../frame';
import { LABEL_SIZE, PAD, SMALL_SIZE } from '../sizes';
import { barX, gridX, ruleX, tickLabelsX } from '../marks';
import {
  BAR_THICKNESS,
  baselineFor,
  missingRows,
  nameColumnWidth,
  ROW_STEP,
  rowHit,
  rowName,
} from '../rows';
import type { ChartScene, Mark } from '../scene';
import { measureText } from '../text';

export interface RankingUnit {
  code: string;
  name: string;
  value: number | null;
  /** Row flags from the data (`incomplete`, `over_100`). */
  flags: readonly string[];
}

export interface RankingInput extends ChartFrameInput {
  metric: MetricDefinition;
  year: number;
  /** Name of the parent unit (the units are its children). */
  parentName: string;
  units: readonly RankingUnit[];
  parentValue: number | null;
  nationalValue: number | null;
  selected?: readonly string[];
  /** Level of the ranked units, named in the subtitle ("18个地级单位"); "units" when absent. */
  level?: Level;
}

export interface ReferenceLine {
  role: 'parent' | 'national' | 'target';
  value: number;
  label: string;
  color: string;
  dash: string;
}

/**
 * Values closer together than this share of the largest look alike as bars
 * from zero (18 prefectures at 86–95 % are 18 identical bars on a phone): they
 * are drawn as dots on an axis fitted to the data, with the target line.
 */
const DOT_PLOT_SPREAD = 0.15;

/** Whether the values are drawn as dots on a fitted axis rather than bars from zero. */
export function usesDotPlot(values: readonly (number | null | undefined)[]): boolean {
  const known = values.filter(isValue);
  if (known.length < 2) return false;
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  return lo > 0 && hi - lo < DOT_PLOT_SPREAD * hi;
}

// The rows above the bars: one per reference line's label, then the tick labels.
const REF_ROW = 16;
const TICK_ROW = 18;

/** Best first: by value in the metric's good direction, ties by code for a stable order. */
export function sortUnits(units: readonly RankingUnit[], higherIsBetter: boolean): RankingUnit[] {
  const valued = units.filter((u) => isValue(u.value));
  return valued.sort((a, b) => {
    const diff = (b.value as number) - (a.value as number);
    return (higherIsBetter ? diff : -diff) || compareCodes(a.code, b.code);
  });
}

export function referenceLines(input: RankingInput): ReferenceLine[] {
  const { metric, locale } = input;
  const strings = chartStrings[locale];
  const fmt = (v: number) => formatValue(metric.unit, v, locale);
  const lines: ReferenceLine[] = [];
  if (metric.target) {
    lines.push({
      role: 'target',
      value: metric.target.value,
      label: `${strings.target} ${targetText(metric)}`,
      color: TARGET_LINE,
      dash: '6 3',
    });
  }
  if (isValue(input.parentValue)) {
    lines.push({
      role: 'parent',
      value: input.parentValue,
      label: `${input.parentName} ${fmt(input.parentValue)}`,
      color: PARENT_LINE,
      dash: '',
    });
  }
  if (isValue(input.nationalValue)) {
    lines.push({
      role: 'national',
      value: input.nationalValue,
      label: `${strings.national} ${fmt(input.nationalValue)}`,
      color: NATIONAL_LINE,
      dash: '2 2',
    });
  }
  return lines;
}

function valueLabel(unit: RankingUnit, input: RankingInput): string {
  const thresholds = input.metric.target ? [input.metric.target.value] : [];
  const text = formatValue(input.metric.unit, unit.value, input.locale, { thresholds });
  return unit.flags.includes('incomplete') ? `${text}*` : text;
}

export interface ReferenceLabelPlace {
  /** Index into the lines: which line's label sits on each row, top row first. */
  order: number[];
  /** Per line (by its index): the label on the right of its line, or on the left. */
  right: boolean[];
}

/**
 * Rows and sides for the reference labels so that no line crosses another's
 * label: a line runs down from its own row, so it passes through every row
 * below it. Tries the row orders (at most 3! = 6) with each label on the right
 * of its line where it fits, else on the left; the first order where no label
 * is crossed and each stays inside [left, right] wins. If none does, the lines'
 * own order, right where it fits.
 */
export function placeReferenceLabels(
  lineXs: readonly number[],
  labelWidths: readonly number[],
  left: number,
  right: number,
): ReferenceLabelPlace {
  const span = (i: number, onRight: boolean): [number, number] =>
    onRight
      ? [lineXs[i] + 4, lineXs[i] + 4 + labelWidths[i]]
      : [lineXs[i] - 4 - labelWidths[i], lineXs[i] - 4];
  const crossedBy = (above: readonly number[], [x0, x1]: [number, number]) =>
    above.some((j) => lineXs[j] >= x0 - 2 && lineXs[j] <= x1 + 2);
  const fitsRight = lineXs.map((_, i) => span(i, true)[1] <= right);
  for (const order of permutations(lineXs.map((_, i) => i))) {
    const sides: boolean[] = [];
    const ok = order.every((i, row) => {
      const above = order.slice(0, row);
      const side = [true, false].find((onRight) => {
        const [x0, x1] = span(i, onRight);
        return x0 >= left && x1 <= right && !crossedBy(above, [x0, x1]);
      });
      if (side === undefined) return false;
      sides[i] = side;
      return true;
    });
    if (ok) return { order, right: sides };
  }
  return { order: lineXs.map((_, i) => i), right: fitsRight };
}

function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Reference label rows above the bars, one label per row, placed by placeReferenceLabels. */
function referenceMarks(
  lines: ReferenceLine[],
  x: (v: number) => number,
  top: number,
  bottom: number,
  plot: { left: number; right: number },
): Mark[] {
  const xs = lines.map((line) => x(line.value));
  const place = placeReferenceLabels(
    xs,
    lines.map((line) => measureText(line.label, SMALL_SIZE)),
    plot.left,
    plot.right,
  );
  const rowOf = (i: number) => place.order.indexOf(i);
  const baseline = (i: number) => top + rowOf(i) * REF_ROW + LABEL_SIZE;
  const rules = lines.map((line, i): Mark => ({
    kind: 'line',
    role: 'reference-line',
    class: line.role,
    x1: xs[i],
    x2: xs[i],
    y1: baseline(i) + 3,
    y2: bottom,
    stroke: line.color,
    strokeWidth: 1.5,
    dash: line.dash || undefined,
  }));
  // Labels after all lines, with halos.
  const labels = lines.map((line, i): Mark => {
    const onRight = place.right[i];
    return {
      kind: 'text',
      role: 'reference-label',
      class: line.role,
      x: onRight ? xs[i] + 4 : xs[i] - 4,
      y: baseline(i),
      text: line.label,
      fill: line.role === 'target' ? TARGET_LINE : TEXT,
      fontSize: SMALL_SIZE,
      anchor: onRight ? 'start' : 'end',
      halo: true,
    };
  });
  return [...rules, ...labels];
}

/**
 * Where a value label starts so that no reference line crosses it: just after
 * the value, or just after the last line that would cut through the text.
 * Lines lie inside the plot and the value column is as wide as the widest
 * label, so the label still fits the chart.
 */
export function clearOfLines(start: number, textWidth: number, lineXs: readonly number[]): number {
  let x = start;
  for (const line of [...lineXs].sort((a, b) => a - b)) {
    if (line >= x - 2 && line <= x + textWidth + 2) x = line + 4;
  }
  return x;
}

/**
 * A value label right of its mark, clear of the reference lines; a dot whose
 * right side is crossed by a line takes its label on its left instead when
 * that side is clear (so 84.2 % stays beside its dot, left of the target).
 */
function valueLabelPlace(
  at: number,
  textWidth: number,
  lineXs: readonly number[],
  dotPlotLeft: number | null,
): { x: number; anchor?: 'end' } {
  const right = at + (dotPlotLeft === null ? 4 : 9);
  const cleared = clearOfLines(right, textWidth, lineXs);
  if (cleared === right || dotPlotLeft === null) return { x: cleared };
  const end = at - 9;
  const leftClear =
    end - textWidth >= dotPlotLeft && lineXs.every((l) => l < end - textWidth - 2 || l > end + 2);
  return leftClear ? { x: end, anchor: 'end' } : { x: cleared };
}

/** "80.0%*" → "80.0% (incomplete: …)" for screen readers. */
function describeValue(label: string, incompleteNote: string): string {
  return label.endsWith('*')
    ? `${label.slice(0, -1)} (${incompleteNote.replace('* ', '')})`
    : label;
}

function body(input: RankingInput, width: number, top: number): Block {
  const { metric, locale } = input;
  const selected = new Set(input.selected ?? []);
  const sorted = sortUnits(input.units, metric.higherIsBetter);
  const missing = input.units.filter((u) => !isValue(u.value));
  const columnWidth = nameColumnWidth(
    input.units.map((u) => u.name),
    width,
  );
  const labels = new Map(sorted.map((u) => [u.code, valueLabel(u, input)]));
  const valueWidth =
    Math.max(36, ...[...labels.values()].map((l) => measureText(l, LABEL_SIZE))) + 6;
  const plotLeft = PAD + columnWidth;
  const plotRight = width - PAD - valueWidth;
  const lines = referenceLines(input);
  const dots = usesDotPlot(sorted.map((u) => u.value));
  const domainValues = [...sorted.map((u) => u.value), ...lines.map((l) => l.value)];
  const domain = dots
    ? paddedDomain(metric.unit, domainValues)
    : zeroBasedDomain(metric.unit, domainValues);
  const x = linearScale(domain, [plotLeft, plotRight]);
  const { ticks, format } = axisTicks(x, metric.unit, { span: plotRight - plotLeft });
  const tickTop = top + lines.length * REF_ROW;
  const barsTop = tickTop + TICK_ROW;
  const barsBottom = barsTop + sorted.length * ROW_STEP;
  const marks: Mark[] = gridX(ticks, x, barsTop - 2, barsBottom);
  // A tick label a reference line would cut through is left out: the line's own label gives its value.
  const tickLabels = ticksClearOf(
    tickLabelsX(ticks, x, barsTop - 6, format, true),
    lines.map((l) => x(l.value)),
  );
  // A fitted axis has no zero to draw.
  if (!dots) marks.push(ruleX(x(0), barsTop - 2, barsBottom));
  const strings = chartStrings[locale];
  const bars: Mark[] = [];
  const valueLabels: Mark[] = [];
  const hits: Mark[] = [];
  sorted.forEach((unit, rank) => {
    const rowTop = barsTop + rank * ROW_STEP;
    const centre = rowTop + ROW_STEP / 2;
    const isSelected = selected.has(unit.code);
    const value = unit.value as number;
    const label = labels.get(unit.code) ?? '';
    const state = isSelected ? 'selected' : undefined;
    bars.push(rowName(unit, columnWidth, centre, isSelected));
    if (dots)
      bars.push(
        {
          kind: 'line',
          role: 'dot-leader',
          x1: plotLeft,
          x2: x(value),
          y1: centre,
          y2: centre,
          stroke: GRID,
        },
        {
          kind: 'circle',
          role: 'dot',
          class: state,
          code: unit.code,
          cx: x(value),
          cy: centre,
          r: isSelected ? 6 : 5,
          fill: isSelected ? BAR_SELECTED : BAR,
          stroke: isSelected ? HIGHLIGHT : BACKGROUND,
          strokeWidth: isSelected ? 2 : 1,
        },
      );
    else
      bars.push(
        barX({
          code: unit.code,
          x0: x(0),
          x1: x(value),
          centre,
          thickness: BAR_THICKNESS,
          selected: isSelected,
        }),
      );
    valueLabels.push({
      kind: 'text',
      role: 'value-label',
      class: state,
      code: unit.code,
      ...valueLabelPlace(
        x(value),
        measureText(label, LABEL_SIZE),
        lines.map((l) => x(l.value)),
        dots ? plotLeft : null,
      ),
      y: baselineFor(centre),
      text: label,
      fill: TEXT,
      fontSize: LABEL_SIZE,
      fontWeight: isSelected ? 'bold' : 'normal',
      halo: true,
    });
    hits.push(
      rowHit(
        unit,
        rowTop,
        width,
        `${rank + 1}. ${unit.name}: ${describeValue(label, strings.incompleteNote)}`,
        isSelected,
      ),
    );
  });
  // Order matters: reference lines over the bars, labels (with halos) over the lines, hit areas on top.
  const refs = referenceMarks(lines, (v) => x(v), top, barsBottom, {
    left: PAD,
    right: width - PAD,
  });
  marks.push(...bars, ...refs, ...tickLabels, ...valueLabels, ...hits);
  const missingBlock = missingRows(missing, columnWidth, width, barsBottom, locale);
  return {
    marks: [...marks, ...missingBlock.marks],
    height: barsBottom - top + missingBlock.height,
  };
}

export function layoutRanking(input: RankingInput): ChartScene {
  const width = chartWidth(input.width);
  const sized = { ...input, width };
  const strings = chartStrings[input.locale];
  const title = input.title ?? input.metric.name[input.locale];
  const subtitle = subtitleOf(
    [
      strings.rankingSubtitle(
        input.parentName,
        String(input.year),
        input.units.length,
        input.level,
      ),
      input.metric.higherIsBetter ? '' : strings.lowerIsBetter,
    ],
    input.locale,
  );
  const notes = [
    input.units.some((u) => u.flags.includes('incomplete')) ? strings.incompleteNote : '',
    input.metric.id === 'preschool_gross_enrollment' &&
    input.units.some((u) => u.flags.includes('over_100'))
      ? strings.over100Note
      : '',
  ].filter(Boolean);
  const text = { title, subtitle, items: input.units.length, notes };
  return chartScene(sized, text, (top) => body(sized, width, top));
}
