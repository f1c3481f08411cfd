// Change: value in year B minus year A per unit, as diverging bars from zero.
// Sorted and coloured by improvement, which respects the metric's direction:
// a falling CV is an improvement. Differences of rates are 百分点 / pp, of CVs
// plain. Units missing either year are listed under the bars.

import type { MetricDefinition } from '../../contract';
import { CV_DIGITS, differenceUnitLabel, formatDifference, PERCENT_DIGITS } from '../../format';
import { chartStrings } from '../../i18n/charts';
import { isValue, linearScale, tickCount } from '../axes';
import { AXIS, GRID, IMPROVED, TEXT, TEXT_MUTED, UNCHANGED, WORSENED } from '../colors';
import {
  chartWidth,
  composeScene,
  header,
  LABEL_SIZE,
  PAD,
  SMALL_SIZE,
  type Block,
  type ChartFrameInput,
} from '../frame';
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
import { precisionFixed } from 'd3-format';

export interface ChangeUnit {
  code: string;
  name: string;
  /** Value in yearFrom and in yearTo; null when missing. */
  from: number | null;
  to: number | null;
}

export interface ChangeInput extends ChartFrameInput {
  metric: MetricDefinition;
  yearFrom: number;
  yearTo: number;
  parentName: string;
  units: readonly ChangeUnit[];
  selected?: readonly string[];
}

export interface ChangeRow {
  code: string;
  name: string;
  difference: number;
  /** +1 improved, -1 worsened, 0 unchanged, in the metric's good direction. */
  direction: 1 | -1 | 0;
}

const LEGEND_ROW = 18;
const TICK_ROW = 18;

/** Rows with both values, best improvement first; ties by code. */
export function changeRows(units: readonly ChangeUnit[], higherIsBetter: boolean): ChangeRow[] {
  return units
    .filter((u) => isValue(u.from) && isValue(u.to))
    .map((u) => {
      const difference = (u.to as number) - (u.from as number);
      const better = higherIsBetter ? difference : -difference;
      return { code: u.code, name: u.name, difference, direction: Math.sign(better) as 1 | -1 | 0 };
    })
    .sort((a, b) => {
      // Rounded so that floating-point noise (1.05 − 1.0 vs 0.85 − 0.8) does not break ties.
      const gain = (r: ChangeRow) =>
        Math.round((higherIsBetter ? r.difference : -r.difference) * 1e9);
      return gain(b) - gain(a) || a.code.localeCompare(b.code);
    });
}

/**
 * Decimals for the value labels: the default (1 for 百分点, 2 for CVs), one
 * more when a real change would otherwise read as 0 next to a coloured bar.
 */
export function labelDigits(rows: readonly ChangeRow[], unit: MetricDefinition['unit']): number {
  const base = unit === 'fraction' ? PERCENT_DIGITS : CV_DIGITS;
  const scale = unit === 'fraction' ? 100 : 1;
  const hidden = rows.some(
    (r) => r.direction !== 0 && Number((r.difference * scale).toFixed(base)) === 0,
  );
  return hidden ? base + 1 : base;
}

function fill(direction: ChangeRow['direction']): string {
  return direction > 0 ? IMPROVED : direction < 0 ? WORSENED : UNCHANGED;
}

function legend(locale: ChangeInput['locale'], top: number): Mark[] {
  const strings = chartStrings[locale];
  let x = PAD;
  return (
    [
      [IMPROVED, strings.improved],
      [WORSENED, strings.worsened],
    ] as const
  ).flatMap(([color, label]): Mark[] => {
    const marks: Mark[] = [
      { kind: 'rect', role: 'legend-swatch', x, y: top + 3, width: 12, height: 12, fill: color },
      {
        kind: 'text',
        role: 'legend-label',
        x: x + 16,
        y: top + 13,
        text: label,
        fill: TEXT,
        fontSize: LABEL_SIZE,
      },
    ];
    x += 16 + measureText(label, LABEL_SIZE) + 16;
    return marks;
  });
}

function body(input: ChangeInput, width: number, top: number): Block {
  const { metric, locale } = input;
  const selected = new Set(input.selected ?? []);
  const rows = changeRows(input.units, metric.higherIsBetter);
  const missing = input.units.filter((u) => !isValue(u.from) || !isValue(u.to));
  const columnWidth = nameColumnWidth(
    input.units.map((u) => u.name),
    width,
  );
  const digits = labelDigits(rows, metric.unit);
  const labels = new Map(
    rows.map((r) => [r.code, formatDifference(metric.unit, r.difference, locale, { digits })]),
  );
  const labelRoom =
    Math.max(30, ...[...labels.values()].map((l) => measureText(l, SMALL_SIZE))) + 6;
  const left = PAD + columnWidth + labelRoom;
  const right = width - PAD - labelRoom;
  const extent = Math.max(1e-9, ...rows.map((r) => Math.abs(r.difference)));
  const x = linearScale([-extent, extent], [left, right]);
  const ticks = x.ticks(tickCount(right - left));
  const step = ticks.length > 1 ? ticks[1] - ticks[0] : extent;
  const tickDigits = metric.unit === 'fraction' ? precisionFixed(step * 100) : precisionFixed(step);
  const tickTop = top + LEGEND_ROW + 8;
  const barsTop = tickTop + TICK_ROW;
  const barsBottom = barsTop + rows.length * ROW_STEP;
  const marks: Mark[] = [
    ...legend(locale, top),
    ...ticks.flatMap((t): Mark[] => [
      {
        kind: 'line',
        role: 'grid',
        x1: x(t),
        x2: x(t),
        y1: barsTop - 2,
        y2: barsBottom,
        stroke: GRID,
      },
      {
        kind: 'text',
        role: 'axis-tick',
        x: x(t),
        y: barsTop - 6,
        text: formatDifference(metric.unit, t, locale, { bare: true, digits: tickDigits }),
        fill: TEXT_MUTED,
        fontSize: SMALL_SIZE,
        anchor: 'middle',
      },
    ]),
  ];
  const hits: Mark[] = [];
  rows.forEach((row, i) => {
    const rowTop = barsTop + i * ROW_STEP;
    const centre = rowTop + ROW_STEP / 2;
    const isSelected = selected.has(row.code);
    const x0 = x(0);
    const x1 = x(row.difference);
    const label = labels.get(row.code) ?? '';
    const state = isSelected ? 'selected' : undefined;
    marks.push(
      rowName(row, columnWidth, centre, isSelected),
      {
        kind: 'rect',
        role: 'bar',
        class: [
          state,
          row.direction > 0 ? 'improved' : row.direction < 0 ? 'worsened' : 'unchanged',
        ]
          .filter(Boolean)
          .join(' '),
        code: row.code,
        x: Math.min(x0, x1),
        y: centre - BAR_THICKNESS / 2,
        width: Math.abs(x1 - x0),
        height: BAR_THICKNESS,
        fill: fill(row.direction),
        stroke: isSelected ? TEXT : undefined,
        strokeWidth: isSelected ? 2 : undefined,
      },
      {
        kind: 'text',
        role: 'value-label',
        class: state,
        code: row.code,
        x: row.difference < 0 ? x1 - 4 : x1 + 4,
        y: baselineFor(centre, SMALL_SIZE),
        text: label,
        fill: TEXT,
        fontSize: SMALL_SIZE,
        anchor: row.difference < 0 ? 'end' : 'start',
        fontWeight: isSelected ? 'bold' : 'normal',
      },
    );
    hits.push(rowHit(row, rowTop, width, `${i + 1}. ${row.name}: ${label}`, isSelected));
  });
  marks.push({
    kind: 'line',
    role: 'zero-line',
    x1: x(0),
    x2: x(0),
    y1: barsTop - 2,
    y2: barsBottom,
    stroke: AXIS,
    strokeWidth: 1.5,
  });
  const missingBlock = missingRows(missing, columnWidth, width, barsBottom, locale);
  return {
    marks: [...marks, ...hits, ...missingBlock.marks],
    height: barsBottom - top + missingBlock.height,
  };
}

export function layoutChange(input: ChangeInput): ChartScene {
  const width = chartWidth(input.width);
  const sized = { ...input, width };
  const strings = chartStrings[input.locale];
  const title =
    input.title ??
    strings.changeTitle(input.metric.shortName[input.locale], input.yearFrom, input.yearTo);
  const subtitle = [
    input.parentName,
    strings.differenceAxis(differenceUnitLabel(input.metric.unit, input.locale)),
    input.metric.higherIsBetter ? '' : strings.lowerIsBetter,
  ]
    .filter(Boolean)
    .join(input.locale === 'zh' ? '，' : '; ');
  const head = header(title, subtitle, width);
  return composeScene({
    input: sized,
    title,
    subtitle,
    description: strings.chartDescription(title, input.units.length),
    head,
    body: body(sized, width, head.height),
  });
}
