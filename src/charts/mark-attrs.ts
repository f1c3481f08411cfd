// Scene mark → SVG element: its tag, attributes (names, 3-decimal numbers,
// defaults left out), tooltip and text. The one mapping both renderers use
// (render-lit.ts for the page, render-svg-string.ts for downloads and static
// images), so a scene is the same SVG wherever it is drawn
// (test/charts/render-parity.test.ts). Values are raw text: each renderer
// escapes them its own way (Lit binds them, the string renderer escapes XML).

import { haloAttrsFor } from './render-shared';
import type { Mark } from './scene';

export type MarkTag = Mark['kind'];

/** Attribute names in the order they are written. */
export const MARK_ATTRIBUTES = {
  rect: ['class', 'data-code', 'x', 'y', 'width', 'height', 'rx', 'fill', 'stroke', 'stroke-width'],
  line: [
    'class',
    'data-code',
    'x1',
    'y1',
    'x2',
    'y2',
    'stroke',
    'stroke-width',
    'stroke-dasharray',
  ],
  path: [
    'class',
    'data-code',
    'd',
    'fill',
    'stroke',
    'stroke-width',
    'stroke-dasharray',
    'stroke-linejoin',
    'stroke-linecap',
  ],
  circle: ['class', 'data-code', 'cx', 'cy', 'r', 'fill', 'stroke', 'stroke-width'],
  text: [
    'class',
    'data-code',
    'x',
    'y',
    'fill',
    'font-size',
    'text-anchor',
    'font-weight',
    'stroke',
    'stroke-width',
    'stroke-linejoin',
    'paint-order',
  ],
} as const satisfies Record<MarkTag, readonly string[]>;

export interface MarkElement {
  tag: MarkTag;
  /** Attributes present, by name, in MARK_ATTRIBUTES order (absent ones are left out). */
  attrs: Readonly<Record<string, string>>;
  /** The <title> tooltip (the mark's description), or null. */
  title: string | null;
  /** A text mark's text; null for other marks. */
  text: string | null;
}

/** A number as written in SVG: at most 3 decimals, no "-0". */
export function round3(n: number): string {
  return String(Math.round(n * 1000) / 1000 + 0);
}

type Value = string | number | undefined | null | false;

function written(tag: MarkTag, values: Partial<Record<string, Value>>): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const name of MARK_ATTRIBUTES[tag]) {
    const value = values[name];
    if (value === undefined || value === null || value === false) continue;
    attrs[name] = typeof value === 'number' ? round3(value) : value;
  }
  return attrs;
}

function attributesOf(mark: Mark): Partial<Record<string, Value>> {
  const common = {
    class: mark.class ? `${mark.role} ${mark.class}` : mark.role,
    'data-code': mark.code,
  };
  const stroke = { 'stroke-width': 'strokeWidth' in mark ? mark.strokeWidth : undefined };
  switch (mark.kind) {
    case 'rect': {
      const { x, y, width, height, rx, fill } = mark;
      return { ...common, x, y, width, height, rx, fill, stroke: mark.stroke, ...stroke };
    }
    case 'line': {
      const { x1, y1, x2, y2 } = mark;
      return {
        ...common,
        x1,
        y1,
        x2,
        y2,
        stroke: mark.stroke,
        ...stroke,
        'stroke-dasharray': mark.dash,
      };
    }
    case 'path':
      return {
        ...common,
        d: mark.d,
        fill: mark.fill ?? 'none',
        stroke: mark.stroke,
        ...stroke,
        'stroke-dasharray': mark.dash,
        'stroke-linejoin': 'round',
        'stroke-linecap': 'round',
      };
    case 'circle': {
      const { cx, cy, r, fill } = mark;
      return { ...common, cx, cy, r, fill, stroke: mark.stroke, ...stroke };
    }
    case 'text': {
      // A halo: a background-coloured stroke painted under the glyphs (as Observable Plot's labels).
      const halo = haloAttrsFor(mark.halo);
      return {
        ...common,
        x: mark.x,
        y: mark.y,
        fill: mark.fill,
        'font-size': mark.fontSize,
        // SVG's defaults (start, normal) are left out.
        'text-anchor': mark.anchor !== 'start' && mark.anchor,
        'font-weight': mark.fontWeight === 'bold' && 'bold',
        stroke: halo?.stroke,
        'stroke-width': halo?.strokeWidth,
        'stroke-linejoin': halo && 'round',
        'paint-order': halo && 'stroke',
      };
    }
  }
}

export function markElement(mark: Mark): MarkElement {
  return {
    tag: mark.kind,
    attrs: written(mark.kind, attributesOf(mark)),
    title: mark.description ?? null,
    text: mark.kind === 'text' ? mark.text : null,
  };
}
