// Pieces of the one-row-per-unit charts (ranking, change): the name column,
// the invisible hit area that makes a row clickable and focusable, and the
// "No data" section listed under the bars instead of zero-length bars.

import { formatMissing, type Locale } from '../format';
import { TEXT, TEXT_MUTED } from './colors';
import { LABEL_SIZE, PAD, SMALL_SIZE, type Block } from './frame';
import type { Mark, RectMark, TextMark } from './scene';
import { measureText, truncateText } from './text';

/** Row pitch and bar thickness: 150 units stay readable and tappable. */
export const ROW_STEP = 22;
export const BAR_THICKNESS = 14;

export interface RowUnit {
  code: string;
  name: string;
}

/** The name column: as wide as the longest name, at most 30% of the chart (min 64 px). */
export function nameColumnWidth(names: readonly string[], width: number): number {
  const longest = Math.max(0, ...names.map((n) => measureText(n, LABEL_SIZE)));
  return Math.min(longest + 8, Math.max(64, width * 0.3));
}

/** Baseline that centres 12 px text on a row centre. */
export function baselineFor(centre: number, fontSize = LABEL_SIZE): number {
  return centre + fontSize * 0.35;
}

export function rowName(
  unit: RowUnit,
  columnWidth: number,
  centre: number,
  selected: boolean,
): TextMark {
  return {
    kind: 'text',
    role: 'row-name',
    class: selected ? 'selected' : undefined,
    code: unit.code,
    x: PAD + columnWidth - 6,
    y: baselineFor(centre),
    text: truncateText(unit.name, columnWidth - 6, LABEL_SIZE),
    fill: TEXT,
    fontSize: LABEL_SIZE,
    anchor: 'end',
    fontWeight: selected ? 'bold' : 'normal',
  };
}

/** A transparent rect over the whole row: the click target and the keyboard focus ring. */
export function rowHit(
  unit: RowUnit,
  top: number,
  width: number,
  description: string,
  selected = false,
): RectMark {
  return {
    kind: 'rect',
    role: 'row-hit',
    class: selected ? 'selected' : undefined,
    code: unit.code,
    interactive: true,
    description,
    x: PAD / 2,
    y: top,
    width: width - PAD,
    height: ROW_STEP,
    fill: 'transparent',
    rx: 3,
  };
}

/** Units without a value, listed by name under a "No data" heading. */
export function missingRows(
  units: readonly RowUnit[],
  columnWidth: number,
  width: number,
  top: number,
  locale: Locale,
): Block {
  if (units.length === 0) return { marks: [], height: 0 };
  const missing = formatMissing(locale);
  const marks: Mark[] = [
    {
      kind: 'line',
      role: 'missing-divider',
      x1: PAD,
      x2: width - PAD,
      y1: top + 6,
      y2: top + 6,
      stroke: '#d0d7de',
    },
  ];
  units.forEach((unit, i) => {
    const rowTop = top + 12 + i * ROW_STEP;
    const centre = rowTop + ROW_STEP / 2;
    marks.push(
      rowName(unit, columnWidth, centre, false),
      {
        kind: 'text',
        role: 'missing-label',
        class: 'missing',
        code: unit.code,
        x: PAD + columnWidth + 4,
        y: baselineFor(centre, SMALL_SIZE),
        text: missing,
        fill: TEXT_MUTED,
        fontSize: SMALL_SIZE,
      },
      rowHit(unit, rowTop, width, `${unit.name}: ${missing}`),
    );
  });
  return { marks, height: 12 + units.length * ROW_STEP };
}
