// The frame every chart shares: title and subtitle on top, and a footer with
// notes, source, build date and the synthetic-data label. The footer is part of
// the scene, so SVG and PNG downloads carry their provenance with them.

import { formatDate, languageTag, type Locale } from '../format';
import { chartStrings } from '../i18n/charts';
import { HIGHLIGHT, TEXT, TEXT_MUTED } from './colors';
import type { ChartScene, Mark, TextMark } from './scene';
import { wrapText } from './text';
import { LABEL_SIZE, PAD, SMALL_SIZE, TITLE_SIZE } from './sizes';

// The sizes are the frame's, as its callers have always imported them.
export { LABEL_SIZE, PAD, SMALL_SIZE, TITLE_SIZE } from './sizes';

/** Inputs every layout takes besides its data. */
export interface ChartFrameInput {
  locale: Locale;
  /** Width in CSS pixels; the layout decides the height. */
  width: number;
  /** True when the data come from the demo generator: labelled on the chart. */
  synthetic: boolean;
  /** Where the numbers come from, as shown to people. */
  source: string;
  /** Build time (ISO 8601), shown as a date. */
  date?: string;
  /** Overrides the chart's default title. */
  title?: string;
}

/** Space between header, body and footer. */
const GAP = 10;

/** Minimum width charts lay out for; narrower containers scroll sideways. */
export const MIN_WIDTH = 280;

export function chartWidth(width: number): number {
  return Math.max(MIN_WIDTH, Math.floor(width));
}

function textLines(
  lines: string[],
  y0: number,
  lineHeight: number,
  style: Omit<TextMark, 'kind' | 'x' | 'y' | 'text'>,
): TextMark[] {
  return lines.map((text, i) => ({ kind: 'text', x: PAD, y: y0 + i * lineHeight, text, ...style }));
}

export interface Block {
  marks: Mark[];
  height: number;
}

export function header(title: string, subtitle: string, width: number): Block {
  const titleLine = 20;
  const subtitleLine = 16;
  const inner = width - 2 * PAD;
  // Bold glyphs are about 8% wider than the estimate for regular text.
  const titleLines = wrapText(title, inner / 1.08, TITLE_SIZE);
  const subtitleLines = subtitle ? wrapText(subtitle, inner, LABEL_SIZE) : [];
  const titleTop = PAD + TITLE_SIZE;
  const subtitleTop = titleTop + (titleLines.length - 1) * titleLine + subtitleLine + 2;
  const marks = [
    ...textLines(titleLines, titleTop, titleLine, {
      role: 'title',
      fill: TEXT,
      fontSize: TITLE_SIZE,
      fontWeight: 'bold',
    }),
    ...textLines(subtitleLines, subtitleTop, subtitleLine, {
      role: 'subtitle',
      fill: TEXT_MUTED,
      fontSize: LABEL_SIZE,
    }),
  ];
  const bottom = subtitleLines.length
    ? subtitleTop + (subtitleLines.length - 1) * subtitleLine
    : titleTop;
  return { marks, height: bottom + GAP + 4 };
}

/** Footer block starting at `top`: notes, then source and date, then the synthetic label. */
export function footer(input: ChartFrameInput, notes: string[], top: number): Block {
  const lineHeight = 15;
  const strings = chartStrings[input.locale];
  const inner = input.width - 2 * PAD;
  const provenance = [
    input.source ? `${strings.sourcePrefix}${input.source}` : '',
    input.date ? `${strings.datePrefix}${formatDate(input.date)}` : '',
  ].filter(Boolean);
  const noteLines = notes.flatMap((note) => wrapText(note, inner, SMALL_SIZE));
  const sourceLines = wrapText(provenance.join(strings.separator), inner, SMALL_SIZE);
  const syntheticLines = input.synthetic ? wrapText(strings.synthetic, inner, SMALL_SIZE) : [];
  let y = top + GAP + SMALL_SIZE;
  const marks: Mark[] = [];
  for (const [lines, style] of [
    [noteLines, { role: 'footer-note', fill: TEXT_MUTED, fontSize: SMALL_SIZE }],
    [sourceLines, { role: 'footer-source', fill: TEXT_MUTED, fontSize: SMALL_SIZE }],
    [
      syntheticLines,
      { role: 'footer-synthetic', fill: HIGHLIGHT, fontSize: SMALL_SIZE, fontWeight: 'bold' },
    ],
  ] as const) {
    marks.push(...textLines([...lines], y, lineHeight, style));
    y += lines.length * lineHeight;
  }
  return { marks, height: y - lineHeight + PAD - top };
}

export interface SceneParts {
  input: ChartFrameInput;
  title: string;
  subtitle: string;
  description: string;
  /** Header block, already laid out (its height places the body). */
  head: Block;
  /** The chart body, in scene coordinates (already offset by head.height). */
  body: Block;
  notes?: string[];
}

/** Stack header, body and footer into one scene. */
export function composeScene(parts: SceneParts): ChartScene {
  const foot = footer(parts.input, parts.notes ?? [], parts.head.height + parts.body.height);
  return {
    width: parts.input.width,
    height: Math.ceil(parts.head.height + parts.body.height + foot.height),
    title: parts.title,
    subtitle: parts.subtitle,
    description: parts.description,
    lang: languageTag(parts.input.locale),
    marks: [...parts.head.marks, ...parts.body.marks, ...foot.marks],
  };
}

/** What a chart says around its body: header, footer notes, and how many data items it draws. */
export interface ChartText {
  title: string;
  subtitle: string;
  /** The data items drawn, counted in the scene's description for screen readers. */
  items: number;
  notes?: string[];
}

/** A chart's scene: its header, the body laid out below it (from `top`), and its footer. */
export function chartScene(
  input: ChartFrameInput,
  text: ChartText,
  body: (top: number) => Block,
): ChartScene {
  const head = header(text.title, text.subtitle, input.width);
  return composeScene({
    ...text,
    input,
    description: chartStrings[input.locale].chartDescription(text.title, text.items),
    head,
    body: body(head.height),
  });
}

/** Subtitle clauses, the empty ones left out, as one sentence ("，" in Chinese, "; " in English). */
export function subtitleOf(clauses: readonly string[], locale: Locale): string {
  return clauses.filter(Boolean).join(locale === 'zh' ? '，' : '; ');
}
