// Scene → standalone SVG document (snapshot tests, SVG/PNG downloads, static
// embed fallback). Marks are mapped by mark-attrs.ts (numbers rounded to 3
// decimals so snapshots diff cleanly); every text and attribute is XML-escaped.

import { BACKGROUND } from './colors';
import { markElement, round3 } from './mark-attrs';
import { FONT_FAMILY } from './render-shared';
import type { ChartScene, Mark } from './scene';

export { FONT_FAMILY } from './render-shared';
export { round3 } from './mark-attrs';

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

function attrs(pairs: Readonly<Record<string, string | number>>): string {
  return Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? round3(v) : escapeXml(v)}"`)
    .join('');
}

export function markToSvg(mark: Mark): string {
  const { tag, attrs: a, title, text } = markElement(mark);
  const inner = (title ? `<title>${escapeXml(title)}</title>` : '') + escapeXml(text ?? '');
  return inner ? `<${tag}${attrs(a)}>${inner}</${tag}>` : `<${tag}${attrs(a)}/>`;
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
