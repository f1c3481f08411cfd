// Scene → standalone SVG document (snapshot tests, SVG/PNG downloads, static
// embed fallback). Numbers are rounded to 3 decimals so snapshots diff cleanly;
// every text and attribute is XML-escaped.

import { BACKGROUND } from './colors';
import { FONT_FAMILY, haloAttrsFor } from './render-shared';
import type { ChartScene, Mark } from './scene';

export { FONT_FAMILY } from './render-shared';

export function round3(n: number): string {
  return String(Math.round(n * 1000) / 1000 + 0);
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

type AttrValue = string | number | undefined | null | false;

function attrs(pairs: Record<string, AttrValue>): string {
  return Object.entries(pairs)
    .filter(
      (pair): pair is [string, string | number] =>
        pair[1] !== undefined && pair[1] !== null && pair[1] !== false,
    )
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? round3(v) : escapeXml(v)}"`)
    .join('');
}

function markClass(mark: Mark): string {
  return mark.class ? `${mark.role} ${mark.class}` : mark.role;
}

function common(mark: Mark): Record<string, AttrValue> {
  return { class: markClass(mark), 'data-code': mark.code };
}

/** Halo: stroke painted under the fill (paint-order), as Observable Plot does for labels. */
function haloAttrs(halo: boolean | undefined): Record<string, AttrValue> {
  const h = haloAttrsFor(halo);
  return h
    ? {
        stroke: h.stroke,
        'stroke-width': h.strokeWidth,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
      }
    : {};
}

function tooltip(mark: Mark): string {
  return mark.description ? `<title>${escapeXml(mark.description)}</title>` : '';
}

function element(name: string, a: Record<string, AttrValue>, mark: Mark, content = ''): string {
  const inner = tooltip(mark) + content;
  return inner ? `<${name}${attrs(a)}>${inner}</${name}>` : `<${name}${attrs(a)}/>`;
}

export function markToSvg(mark: Mark): string {
  switch (mark.kind) {
    case 'rect':
      return element(
        'rect',
        {
          ...common(mark),
          x: mark.x,
          y: mark.y,
          width: mark.width,
          height: mark.height,
          rx: mark.rx,
          fill: mark.fill,
          stroke: mark.stroke,
          'stroke-width': mark.strokeWidth,
        },
        mark,
      );
    case 'line':
      return element(
        'line',
        {
          ...common(mark),
          x1: mark.x1,
          y1: mark.y1,
          x2: mark.x2,
          y2: mark.y2,
          stroke: mark.stroke,
          'stroke-width': mark.strokeWidth,
          'stroke-dasharray': mark.dash,
        },
        mark,
      );
    case 'path':
      return element(
        'path',
        {
          ...common(mark),
          d: mark.d,
          fill: mark.fill ?? 'none',
          stroke: mark.stroke,
          'stroke-width': mark.strokeWidth,
          'stroke-dasharray': mark.dash,
          'stroke-linejoin': 'round',
          'stroke-linecap': 'round',
        },
        mark,
      );
    case 'circle':
      return element(
        'circle',
        {
          ...common(mark),
          cx: mark.cx,
          cy: mark.cy,
          r: mark.r,
          fill: mark.fill,
          stroke: mark.stroke,
          'stroke-width': mark.strokeWidth,
        },
        mark,
      );
    case 'text':
      return element(
        'text',
        {
          ...common(mark),
          x: mark.x,
          y: mark.y,
          fill: mark.fill,
          'font-size': mark.fontSize,
          'text-anchor': mark.anchor !== 'start' && mark.anchor,
          'font-weight': mark.fontWeight === 'bold' && 'bold',
          ...haloAttrs(mark.halo),
        },
        mark,
        escapeXml(mark.text),
      );
  }
}

/** Stable element ids for aria-labelledby, derived from the title. */
function idFor(scene: ChartScene): string {
  let hash = 0;
  for (const ch of scene.title) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return `edu-chart-${hash.toString(36)}`;
}

export function renderSvgString(scene: ChartScene): string {
  const id = idFor(scene);
  const open = `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width: scene.width,
    height: scene.height,
    viewBox: `0 0 ${round3(scene.width)} ${round3(scene.height)}`,
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    lang: scene.lang,
    'font-family': FONT_FAMILY,
  })}>`;
  return [
    open,
    `<title id="${id}-title">${escapeXml(scene.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(scene.description)}</desc>`,
    `<rect class="background" width="100%" height="100%" fill="${BACKGROUND}"/>`,
    ...scene.marks.map(markToSvg),
    '</svg>',
    '',
  ].join('\n');
}
