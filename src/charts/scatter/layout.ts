// Scatter: two metrics for the units under a parent, one dot per unit with both
// values, target lines on either axis where the metric has one. No quadrants:
// the target lines already say where "good" is. Units missing either value are
// counted in the subtitle and named in a note, never plotted at 0. Notable dots
// (the selected, the extremes, every one when few) carry their names.

import type { Level, MetricDefinition } from '../../contract';
import { formatValue } from '../../format';
import { scatterStrings } from '../../i18n/charts-scatter';
import { axisTicks, isValue, linearScale, paddedDomain, targetMarks, targetText } from '../axes';
import { BACKGROUND, BAR, BAR_SELECTED, HIGHLIGHT, TEXT } from '../colors';
import { chartScene, chartWidth, type Block, type ChartFrameInput } from '../frame';
import { LABEL_SIZE, PAD, SMALL_SIZE } from '../sizes';
import { axisX, axisY, ruleY } from '../marks';
import type { ChartScene, CircleMark, Mark } from '../scene';
import { measureText, textBox, truncateText, type Box } from '../text';
import { notableCodes, placeLabels, type LabelRequest } from './labels';

export interface ScatterUnit {
  code: string;
  name: string;
  x: number | null;
  y: number | null;
}

export interface ScatterInput extends ChartFrameInput {
  xMetric: MetricDefinition;
  yMetric: MetricDefinition;
  year: number;
  parentName: string;
  units: readonly ScatterUnit[];
  selected?: readonly string[];
  /** Level of the units, named in the subtitle ("18个地级单位"); "units" when absent. */
  level?: Level;
  /** Plot height; default about 3:4 of the width. */
  height?: number;
}

type PlottedUnit = ScatterUnit & { x: number; y: number };

export function plottedUnits(units: readonly ScatterUnit[]): PlottedUnit[] {
  return units.filter((u): u is PlottedUnit => isValue(u.x) && isValue(u.y));
}

const MAX_NAMED_MISSING = 10;

function axisTitle(metric: MetricDefinition, locale: ChartFrameInput['locale']): string {
  const unit = metric.unit === 'fraction' ? '（%）' : '';
  return locale === 'zh'
    ? `${metric.shortName.zh}${unit}`
    : `${metric.shortName.en}${metric.unit === 'fraction' ? ' (%)' : ''}`;
}

function body(input: ScatterInput, width: number, top: number): Block {
  const { xMetric, yMetric, locale } = input;
  const strings = scatterStrings[locale];
  const points = plottedUnits(input.units);
  const selected = new Set(input.selected ?? []);
  const yDomain = paddedDomain(yMetric.unit, [...points.map((p) => p.y), yMetric.target?.value]);
  const xDomain = paddedDomain(xMetric.unit, [...points.map((p) => p.x), xMetric.target?.value]);
  const plotTop = top + 22;
  const plotHeight = input.height ?? Math.round(Math.min(420, Math.max(220, width * 0.62)));
  const y = linearScale(yDomain, [plotTop + plotHeight, plotTop]);
  const { ticks: yTicks, format: yFormat } = axisTicks(y, yMetric.unit, { count: 5 });
  const left = PAD + Math.max(...yTicks.map((t) => measureText(yFormat(t), SMALL_SIZE))) + 8;
  const right = width - PAD - 8;
  const x = linearScale(xDomain, [left, right]);
  const { ticks: xTicks, format: xFormat } = axisTicks(x, xMetric.unit, { span: right - left });
  const bottom = plotTop + plotHeight;
  const marks: Mark[] = [
    ...axisY(yTicks, y, { x1: left, x2: right, format: yFormat }),
    ...axisX(xTicks, x, { y1: plotTop, y2: bottom, labelY: bottom + 15, format: xFormat }),
    ruleY(bottom, left, right),
    {
      kind: 'text',
      role: 'axis-title',
      class: 'y',
      x: PAD,
      y: top + 10,
      text: `↑ ${axisTitle(yMetric, locale)}`,
      fill: TEXT,
      fontSize: LABEL_SIZE,
    },
    {
      kind: 'text',
      role: 'axis-title',
      class: 'x',
      x: right,
      y: bottom + 32,
      text: `${axisTitle(xMetric, locale)} →`,
      fill: TEXT,
      fontSize: LABEL_SIZE,
      anchor: 'end',
    },
  ];
  if (xMetric.target) {
    const tx = x(xMetric.target.value);
    marks.push(
      ...targetMarks(
        'target x',
        { x1: tx, x2: tx, y1: plotTop, y2: bottom },
        {
          x: tx - 4,
          y: plotTop + 12,
          text: `${strings.target} ${targetText(xMetric)}`,
          anchor: 'end',
        },
      ),
    );
  }
  if (yMetric.target) {
    const ty = y(yMetric.target.value);
    marks.push(
      ...targetMarks(
        'target y',
        { x1: left, x2: right, y1: ty, y2: ty },
        {
          x: right - 4,
          y: ty - 5,
          text: `${strings.target} ${targetText(yMetric)}`,
          anchor: 'end',
        },
      ),
    );
  }
  // Selected dots last, so they are drawn on top of the others.
  const ordered = [...points].sort(
    (a, b) => Number(selected.has(a.code)) - Number(selected.has(b.code)),
  );
  for (const p of ordered) {
    const isSelected = selected.has(p.code);
    const description = `${p.name}: ${xMetric.shortName[locale]} ${formatValue(xMetric.unit, p.x, locale)}, ${yMetric.shortName[locale]} ${formatValue(yMetric.unit, p.y, locale)}`;
    marks.push({
      kind: 'circle',
      role: 'dot',
      class: isSelected ? 'selected' : undefined,
      code: p.code,
      interactive: true,
      description,
      cx: x(p.x),
      cy: y(p.y),
      r: isSelected ? 7 : 5,
      fill: isSelected ? BAR_SELECTED : BAR,
      stroke: isSelected ? HIGHLIGHT : BACKGROUND,
      strokeWidth: isSelected ? 2.5 : 1,
    });
  }
  marks.push(
    ...dotLabels(points, selected, marks, {
      x: (v) => x(v),
      y: (v) => y(v),
      bounds: { x0: left, y0: plotTop, x1: right, y1: bottom },
      maxWidth: Math.min(width * 0.3, 160),
    }),
  );
  return { marks, height: bottom + 38 - top };
}

interface LabelFrame {
  x: (v: number) => number;
  y: (v: number) => number;
  bounds: Box;
  maxWidth: number;
}

/**
 * Names beside the notable dots (see labels.ts), clear of each other, of the
 * dots, and of the target lines and their labels already in `drawn`.
 */
function dotLabels(
  points: readonly PlottedUnit[],
  selected: ReadonlySet<string>,
  drawn: readonly Mark[],
  frame: LabelFrame,
): Mark[] {
  const byCode = new Map(points.map((p) => [p.code, p]));
  const dots = drawn.filter((m): m is CircleMark => m.kind === 'circle' && m.role === 'dot');
  const references = drawn.filter(
    (m) => m.role === 'reference-line' || m.role === 'reference-label',
  );
  const requests = notableCodes(points, selected).map((code): LabelRequest => {
    const p = byCode.get(code) as PlottedUnit;
    const isSelected = selected.has(code);
    const fontSize = isSelected ? LABEL_SIZE : SMALL_SIZE;
    return {
      code,
      text: truncateText(p.name, frame.maxWidth, fontSize),
      fontSize,
      cx: frame.x(p.x),
      cy: frame.y(p.y),
      r: isSelected ? 7 : 5,
      required: isSelected,
    };
  });
  const placed = placeLabels(
    requests,
    {
      dots: dots.map((d) => ({ code: d.code ?? '', cx: d.cx, cy: d.cy, r: d.r })),
      segments: references.flatMap((m) => (m.kind === 'line' ? [m] : [])),
      boxes: references.flatMap((m) =>
        m.kind === 'text' ? [textBox(m.x, m.y, m.text, m.fontSize, m.anchor)] : [],
      ),
    },
    frame.bounds,
  );
  return placed.map((label): Mark => {
    const isSelected = selected.has(label.code);
    return {
      kind: 'text',
      role: 'dot-label',
      class: isSelected ? 'selected' : undefined,
      code: label.code,
      x: label.x,
      y: label.y,
      text: label.text,
      fill: TEXT,
      fontSize: isSelected ? LABEL_SIZE : SMALL_SIZE,
      fontWeight: isSelected ? 'bold' : 'normal',
      ...(label.anchor === 'start' ? {} : { anchor: label.anchor }),
      halo: true,
    };
  });
}

export function layoutScatter(input: ScatterInput): ChartScene {
  const width = chartWidth(input.width);
  const sized = { ...input, width };
  const strings = scatterStrings[input.locale];
  const and = input.locale === 'zh' ? '与' : ' and ';
  const title =
    input.title ??
    `${input.yMetric.shortName[input.locale]}${and}${input.xMetric.shortName[input.locale]}`;
  const shown = plottedUnits(input.units).length;
  const missing = input.units.filter((u) => !isValue(u.x) || !isValue(u.y));
  const subtitle = strings.scatterSubtitle(
    input.parentName,
    String(input.year),
    shown,
    missing.length,
    input.level,
  );
  const separator = input.locale === 'zh' ? '、' : ', ';
  const named = missing
    .slice(0, MAX_NAMED_MISSING)
    .map((u) => u.name)
    .join(separator);
  const more = missing.length > MAX_NAMED_MISSING ? `${separator}…` : '';
  const notes = missing.length ? [strings.missingNote(named + more)] : [];
  return chartScene(sized, { title, subtitle, items: shown, notes }, (top) =>
    body(sized, width, top),
  );
}
