// A chart is a pure layout function that returns a plain ChartScene; two
// renderers turn scenes into SVG (a standalone string for snapshots and
// downloads, a Lit template for the page). Marks are plain data so that tests
// can check positions without a DOM.

export type TextAnchor = 'start' | 'middle' | 'end';

interface MarkBase {
  /** What the mark is in the chart (bar, value-label, reference-line, axis-tick…); also its CSS class. */
  role: string;
  /** Extra CSS classes, space-separated (selected, missing, national…). */
  class?: string;
  /** Unit code the mark stands for; interactive marks select it. */
  code?: string;
  /** Clicking or pressing Enter selects `code`; the mark is keyboard focusable. */
  interactive?: boolean;
  /** Accessible description (aria-label, and a <title> tooltip). */
  description?: string;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  rx?: number;
}

export interface LineMark extends MarkBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  strokeWidth?: number;
  /** SVG stroke-dasharray, e.g. "4 3". */
  dash?: string;
}

export interface TextMark extends MarkBase {
  kind: 'text';
  x: number;
  /** Baseline of the text (alphabetic); layouts place it, renderers do not shift it. */
  y: number;
  text: string;
  fill: string;
  fontSize: number;
  anchor?: TextAnchor;
  fontWeight?: 'normal' | 'bold';
  /** A white outline behind the glyphs, so lines crossing the label do not hide it. */
  halo?: boolean;
}

export interface PathMark extends MarkBase {
  kind: 'path';
  d: string;
  stroke: string;
  fill?: string;
  strokeWidth?: number;
  dash?: string;
}

export interface CircleMark extends MarkBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
}

export type Mark = RectMark | LineMark | TextMark | PathMark | CircleMark;

export interface ChartScene {
  width: number;
  height: number;
  /** The chart's title and subtitle, also drawn as marks by the frame. */
  title: string;
  subtitle: string;
  /** One sentence for screen readers (<desc>). */
  description: string;
  /** BCP 47 language of the text, for the lang attribute. */
  lang: string;
  marks: Mark[];
}
