// Change: "did the laggards catch up?" as a dumbbell chart. One row per unit,
// a hollow dot at its level in the start year and a filled one at the end
// year, joined by a line coloured by what happened (a falling CV is an
// improvement). Rows are sorted by the start level, furthest behind at the
// top, so the reader sees whether the low starters moved most. The change
// itself is in a column of its own, right of the plot, where no line can
// cross it. A missing end is missing: the row draws only the dot it has and
// says which year is missing; a start year before the policy that started
// what the metric counts (双减, 2021) is not used as a start at all.

import { compareCodes } from '../../contract';
import type { MetricDefinition } from '../../contract';
import { metricTexts } from '../../contract/metric-texts';
import { CV_DIGITS, formatDifference, formatValue, PERCENT_DIGITS } from '../../format';
import { changeStrings, type ChangeLegendKey } from '../../i18n/charts-change';
import {
  axisTicks,
  isValue,
  linearScale,
  paddedDomain,
  targetMarks,
  targetText,
  ticksClearOf,
} from '../axes';
import {
  BACKGROUND,
  BAR,
  IMPROVED,
  readableText,
  TEXT,
  TEXT_MUTED,
  UNCHANGED,
  WORSENED,
} from '../colors';
import { chartScene, chartWidth, subtitleOf, type Block, type ChartFrameInput } from '../frame';
import { LABEL_SIZE, PAD, SMALL_SIZE } from '../sizes';
import { gridX, tickLabelsX } from '../marks';
import { baselineFor, missingRows, nameColumnWidth, ROW_STEP, rowHit, rowName } from '../rows';
import type { ChartScene, Mark, TextMark } from '../scene';
import { measureText, textBox } from '../text';

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

/** +1 improved, -1 worsened, 0 unchanged, in the metric's good direction. */
export type ChangeDirection = 1 | -1 | 0;

export interface DumbbellRow {
  code: string;
  name: string;
  /** The start drawn; null when missing or not usable as a start (before the policy). */
  from: number | null;
  to: number | null;
  /** to − from when both ends are drawn. */
  difference: number | null;
  direction: ChangeDirection | null;
}

const LEGEND_ROW = 18;
const REF_ROW = 16;
const TICK_ROW = 18;
const DOT_R = 4.5;

/** Whether the start year lies before the policy that started what the metric counts. */
export function startBeforePolicy(metric: MetricDefinition, yearFrom: number): boolean {
  return !!metric.policy && yearFrom < metric.policy.year;
}

/**
 * The rows drawn, furthest behind at the start first (lowest start, or
 * highest for a lower-is-better CV); rows without a start follow, by their end
 * level the same way; ties by code. Units with neither end are not rows.
 */
export function dumbbellRows(
  units: readonly ChangeUnit[],
  metric: MetricDefinition,
  yearFrom: number,
): DumbbellRow[] {
  const noStart = startBeforePolicy(metric, yearFrom);
  const behindFirst = (a: number, b: number) => (metric.higherIsBetter ? a - b : b - a);
  return units
    .map((u): DumbbellRow => {
      const from = !noStart && isValue(u.from) ? u.from : null;
      const to = isValue(u.to) ? u.to : null;
      const difference = from !== null && to !== null ? to - from : null;
      const better = difference === null ? null : metric.higherIsBetter ? difference : -difference;
      return {
        code: u.code,
        name: u.name,
        from,
        to,
        difference,
        // + 0 turns -0 (a CV unchanged) into 0.
        direction: better === null ? null : ((Math.sign(better) + 0) as ChangeDirection),
      };
    })
    .filter((r) => r.from !== null || r.to !== null)
    .sort((a, b) => {
      if ((a.from === null) !== (b.from === null)) return a.from === null ? 1 : -1;
      const key = (r: DumbbellRow) => (r.from ?? r.to) as number;
      return behindFirst(key(a), key(b)) || compareCodes(a.code, b.code);
    });
}

/** The x domain: fitted to both ends and the target (a rate axis ends at 100 % unless a value is above). */
export function changeDomain(
  rows: readonly DumbbellRow[],
  metric: MetricDefinition,
): [number, number] {
  return paddedDomain(metric.unit, [
    ...rows.flatMap((r) => [r.from, r.to]),
    metric.target?.value ?? null,
  ]);
}

/**
 * Decimals for the change labels: the default (1 for 百分点, 2 for CVs), one
 * more when a real change would otherwise read as 0 next to a coloured line.
 */
export function labelDigits(rows: readonly DumbbellRow[], unit: MetricDefinition['unit']): number {
  const base = unit === 'fraction' ? PERCENT_DIGITS : CV_DIGITS;
  const scale = unit === 'fraction' ? 100 : 1;
  const hidden = rows.some(
    (r) =>
      r.difference !== null &&
      r.direction !== 0 &&
      Number((r.difference * scale).toFixed(base)) === 0,
  );
  return hidden ? base + 1 : base;
}

/** The end dot's colour says what happened; an end without a start is plain. */
function endColor(direction: ChangeDirection | null): string {
  if (direction === null) return BAR;
  return direction > 0 ? IMPROVED : direction < 0 ? WORSENED : UNCHANGED;
}

function legendKey(row: DumbbellRow): ChangeLegendKey | null {
  if (row.to === null) return null;
  if (row.direction === null) return 'endOnly';
  return row.direction > 0 ? 'improved' : row.direction < 0 ? 'worsened' : 'unchanged';
}

const LEGEND_ORDER: readonly ChangeLegendKey[] = [
  'start',
  'improved',
  'worsened',
  'unchanged',
  'endOnly',
];

/** The legend names exactly the dots drawn, no empty entries; it wraps onto more rows. */
function legend(
  input: ChangeInput,
  rows: readonly DumbbellRow[],
  width: number,
  top: number,
): Block {
  const strings = changeStrings[input.locale];
  const present = new Set<ChangeLegendKey>(
    rows.flatMap((r) => {
      const key = legendKey(r);
      return [...(r.from !== null ? (['start'] as const) : []), ...(key ? [key] : [])];
    }),
  );
  const marks: Mark[] = [];
  let x = PAD;
  let y = top;
  for (const key of LEGEND_ORDER.filter((k) => present.has(k))) {
    const label = strings.changeLegend(key, input.yearFrom, input.yearTo);
    const itemWidth = 16 + measureText(label, LABEL_SIZE);
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += LEGEND_ROW;
    }
    const start = key === 'start';
    marks.push(
      {
        kind: 'circle',
        role: 'legend-swatch',
        class: key,
        cx: x + 6,
        cy: y + 9,
        r: DOT_R,
        fill: start ? BACKGROUND : endColor(directionOf(key)),
        stroke: start ? TEXT_MUTED : BACKGROUND,
        strokeWidth: 1.5,
      },
      {
        kind: 'text',
        role: 'legend-label',
        class: key,
        x: x + 16,
        y: y + 13,
        text: label,
        fill: TEXT,
        fontSize: LABEL_SIZE,
      },
    );
    x += itemWidth + 16;
  }
  return { marks, height: marks.length ? y - top + LEGEND_ROW : 0 };
}

function directionOf(key: ChangeLegendKey): ChangeDirection | null {
  return key === 'improved' ? 1 : key === 'worsened' ? -1 : key === 'unchanged' ? 0 : null;
}

/** What the change column says for a row: the change, or which end is missing. */
function columnText(row: DumbbellRow, input: ChangeInput, digits: number): string {
  const strings = changeStrings[input.locale];
  if (row.difference !== null)
    return formatDifference(input.metric.unit, row.difference, input.locale, {
      digits,
      bare: true,
    });
  if (row.to === null) return strings.noValueIn(input.yearTo);
  return startBeforePolicy(input.metric, input.yearFrom)
    ? strings.startNotUsed(input.yearFrom)
    : strings.noValueIn(input.yearFrom);
}

function describeRow(row: DumbbellRow, input: ChangeInput, digits: number): string {
  const { metric, locale, yearFrom, yearTo } = input;
  const strings = changeStrings[locale];
  const end = (year: number, v: number | null) => `${year} ${formatValue(metric.unit, v, locale)}`;
  const difference =
    row.difference === null
      ? columnText(row, input, digits)
      : formatDifference(metric.unit, row.difference, locale, { digits });
  return strings.changeDescription(
    row.name,
    end(yearFrom, row.from),
    end(yearTo, row.to),
    difference,
  );
}

function dumbbellMarks(
  row: DumbbellRow,
  x: (v: number) => number,
  centre: number,
  isSelected: boolean,
): Mark[] {
  const state = isSelected ? 'selected' : undefined;
  const color = endColor(row.direction);
  const marks: Mark[] = [];
  if (row.from !== null && row.to !== null)
    marks.push({
      kind: 'line',
      role: 'change-line',
      class: state,
      code: row.code,
      x1: x(row.from),
      x2: x(row.to),
      y1: centre,
      y2: centre,
      stroke: color,
      strokeWidth: isSelected ? 4 : 3,
    });
  if (row.from !== null)
    marks.push({
      kind: 'circle',
      role: 'start-dot',
      class: state,
      code: row.code,
      cx: x(row.from),
      cy: centre,
      r: DOT_R,
      fill: BACKGROUND,
      stroke: TEXT_MUTED,
      strokeWidth: 1.5,
    });
  if (row.to !== null)
    marks.push({
      kind: 'circle',
      role: 'end-dot',
      class: [state, legendKey(row)].filter(Boolean).join(' '),
      code: row.code,
      cx: x(row.to),
      cy: centre,
      r: isSelected ? DOT_R + 1.5 : DOT_R + 0.5,
      fill: color,
      // Not the highlight orange, which would read as "worsened" here.
      stroke: isSelected ? TEXT : BACKGROUND,
      strokeWidth: isSelected ? 2 : 1,
    });
  return marks;
}

function body(input: ChangeInput, width: number, top: number): Block {
  const { metric, locale } = input;
  const strings = changeStrings[locale];
  const selected = new Set(input.selected ?? []);
  const rows = dumbbellRows(input.units, metric, input.yearFrom);
  const missing = input.units.filter((u) => !rows.some((r) => r.code === u.code));
  const columnWidth = nameColumnWidth(
    input.units.map((u) => u.name),
    width,
  );
  const digits = labelDigits(rows, metric.unit);
  const labels = new Map(rows.map((r) => [r.code, columnText(r, input, digits)]));
  const head = strings.changeColumn(metric.unit).filter(Boolean);
  const changeWidth =
    Math.max(
      ...head.map((h) => measureText(h, SMALL_SIZE)),
      ...[...labels.values()].map((l) => measureText(l, LABEL_SIZE)),
    ) + 10;
  const changeRight = width - PAD;
  const plotLeft = PAD + columnWidth + DOT_R + 2;
  const plotRight = changeRight - changeWidth - DOT_R - 2;
  const x = linearScale(changeDomain(rows, metric), [plotLeft, plotRight]);

  const key = legend(input, rows, width, top);
  const refTop = top + key.height + 4;
  const tickBaseline = refTop + REF_ROW + TICK_ROW - 6;
  const rowsTop = refTop + REF_ROW + TICK_ROW;
  const rowsBottom = rowsTop + rows.length * ROW_STEP;

  const { ticks, format } = axisTicks(x, metric.unit, { span: plotRight - plotLeft });
  const grid: Mark[] = gridX(ticks, x, rowsTop - 2, rowsBottom);
  const headMarks: TextMark[] = head.map((text, i) => ({
    kind: 'text',
    role: 'column-head',
    x: changeRight,
    y: tickBaseline - (head.length - 1 - i) * (SMALL_SIZE + 2),
    text,
    fill: TEXT_MUTED,
    fontSize: SMALL_SIZE,
    anchor: 'end',
  }));
  const refs: Mark[] = [];
  const lineXs: number[] = [];
  if (metric.target) {
    const tx = x(metric.target.value);
    const text = `${strings.target} ${targetText(metric)}`;
    const fitsRight = tx + 4 + measureText(text, SMALL_SIZE) <= plotRight;
    lineXs.push(tx);
    refs.push(
      ...targetMarks(
        'target',
        { x1: tx, x2: tx, y1: refTop + REF_ROW - 8, y2: rowsBottom },
        {
          x: fitsRight ? tx + 4 : tx - 4,
          y: refTop + LABEL_SIZE,
          text,
          ...(fitsRight ? {} : { anchor: 'end' as const }),
        },
      ),
    );
  }
  const tickLabels = ticksClearOf(
    tickLabelsX(ticks, x, tickBaseline, format),
    lineXs,
    headMarks.map((h) => textBox(h.x, h.y, h.text, h.fontSize, h.anchor)),
  );

  const names: Mark[] = [];
  const bells: Mark[] = [];
  const changes: Mark[] = [];
  const hits: Mark[] = [];
  rows.forEach((row, i) => {
    const rowTop = rowsTop + i * ROW_STEP;
    const centre = rowTop + ROW_STEP / 2;
    const isSelected = selected.has(row.code);
    names.push(rowName(row, columnWidth, centre, isSelected));
    bells.push(...dumbbellMarks(row, (v) => x(v), centre, isSelected));
    changes.push({
      kind: 'text',
      role: row.difference === null ? 'missing-label' : 'value-label',
      class:
        [isSelected ? 'selected' : '', row.difference === null ? 'missing' : '']
          .filter(Boolean)
          .join(' ') || undefined,
      code: row.code,
      x: changeRight,
      y: baselineFor(centre),
      text: labels.get(row.code) ?? '',
      fill: row.difference === null ? TEXT_MUTED : readableText(endColor(row.direction)),
      fontSize: row.difference === null ? SMALL_SIZE : LABEL_SIZE,
      anchor: 'end',
      fontWeight: isSelected ? 'bold' : 'normal',
    });
    hits.push(
      rowHit(row, rowTop, width, `${i + 1}. ${describeRow(row, input, digits)}`, isSelected),
    );
  });
  const missingBlock = missingRows(missing, columnWidth, width, rowsBottom, locale);
  return {
    marks: [
      ...key.marks,
      ...grid,
      ...refs,
      ...tickLabels,
      ...headMarks,
      ...names,
      ...bells,
      ...changes,
      ...hits,
      ...missingBlock.marks,
    ],
    height: rowsBottom - top + missingBlock.height,
  };
}

export function layoutChange(input: ChangeInput): ChartScene {
  const width = chartWidth(input.width);
  const sized = { ...input, width };
  const { metric, locale } = input;
  const strings = changeStrings[locale];
  const title =
    input.title ?? strings.changeTitle(metric.shortName[locale], input.yearFrom, input.yearTo);
  const subtitle = subtitleOf(
    [
      input.parentName,
      strings.changeSorted(input.yearFrom),
      metric.higherIsBetter ? '' : strings.lowerIsBetter,
    ],
    locale,
  );
  const policyNote = metricTexts(metric.id).policyNote;
  const notes =
    startBeforePolicy(metric, input.yearFrom) && metric.policy
      ? [
          strings.policyStart(input.yearFrom, metric.policy.year, input.yearTo),
          ...(policyNote ? [policyNote[locale]] : []),
        ]
      : [];
  const text = { title, subtitle, items: input.units.length, notes };
  return chartScene(sized, text, (top) => body(sized, width, top));
}
