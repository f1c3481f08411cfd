// Scene → Lit template for the page. Lit escapes every text and attribute; no
// unsafeHTML. Interactive marks get a roving tabindex (one tab stop per chart,
// arrow keys move between marks) and an accessible name.

import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { markElement } from './mark-attrs';
import { FONT_FAMILY } from './render-shared';
import type { ChartScene, Mark } from './scene';
import { BACKGROUND } from './colors';

export interface LitRenderOptions {
  /** Index (among interactive marks) of the one that is in the tab order. */
  focusIndex?: number;
}

function opt(value: string | undefined): string | typeof nothing {
  return value === undefined ? nothing : value;
}

/**
 * One template per tag, binding every attribute the mapper can write
 * (mark-attrs.ts, shared with the string renderer). Text that stands for no
 * control is hidden from assistive technology: the chart is a group here
 * (role="group"), whose marks would otherwise be read one by one.
 */
function markTemplate(mark: Mark): SVGTemplateResult {
  const { tag, attrs, title, text } = markElement(mark);
  const a = (name: string) => opt(attrs[name]);
  const tip = title ? svg`<title>${title}</title>` : nothing;
  switch (tag) {
    case 'rect':
      return svg`<rect class=${a('class')} data-code=${a('data-code')} x=${a('x')} y=${a('y')} width=${a('width')} height=${a('height')} rx=${a('rx')} fill=${a('fill')} stroke=${a('stroke')} stroke-width=${a('stroke-width')}>${tip}</rect>`;
    case 'line':
      return svg`<line class=${a('class')} data-code=${a('data-code')} x1=${a('x1')} y1=${a('y1')} x2=${a('x2')} y2=${a('y2')} stroke=${a('stroke')} stroke-width=${a('stroke-width')} stroke-dasharray=${a('stroke-dasharray')}>${tip}</line>`;
    case 'path':
      return svg`<path class=${a('class')} data-code=${a('data-code')} d=${a('d')} fill=${a('fill')} stroke=${a('stroke')} stroke-width=${a('stroke-width')} stroke-dasharray=${a('stroke-dasharray')} stroke-linejoin=${a('stroke-linejoin')} stroke-linecap=${a('stroke-linecap')}>${tip}</path>`;
    case 'circle':
      return svg`<circle class=${a('class')} data-code=${a('data-code')} cx=${a('cx')} cy=${a('cy')} r=${a('r')} fill=${a('fill')} stroke=${a('stroke')} stroke-width=${a('stroke-width')}>${tip}</circle>`;
    case 'text':
      return svg`<text class=${a('class')} data-code=${a('data-code')} x=${a('x')} y=${a('y')} fill=${a('fill')} font-size=${a('font-size')} text-anchor=${a('text-anchor')} font-weight=${a('font-weight')} stroke=${a('stroke')} stroke-width=${a('stroke-width')} stroke-linejoin=${a('stroke-linejoin')} paint-order=${a('paint-order')} aria-hidden=${mark.interactive ? nothing : 'true'}>${tip}${text}</text>`;
  }
}

/** Interactive marks are wrapped in a focusable group: role, name, tab stop, and the code it selects. */
function interactiveTemplate(mark: Mark, index: number, focusIndex: number): SVGTemplateResult {
  return svg`<g class="mark-focus" role="button" tabindex=${index === focusIndex ? 0 : -1} aria-label=${opt(mark.description)} aria-pressed=${mark.class?.split(' ').includes('selected') ? 'true' : 'false'} data-code=${opt(mark.code)} data-index=${index}>${markTemplate(mark)}</g>`;
}

export function renderSceneLit(scene: ChartScene, options: LitRenderOptions = {}): TemplateResult {
  let interactiveIndex = 0;
  const focusIndex = options.focusIndex ?? 0;
  const marks = scene.marks.map((mark) =>
    mark.interactive
      ? interactiveTemplate(mark, interactiveIndex++, focusIndex)
      : markTemplate(mark),
  );
  // role="group" (not "img") so that the focusable marks inside stay reachable by assistive technology.
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    width=${scene.width}
    height=${scene.height}
    viewBox="0 0 ${scene.width} ${scene.height}"
    role="group"
    aria-label=${scene.title}
    aria-description=${scene.description}
    lang=${scene.lang}
    font-family=${FONT_FAMILY}
  >
    <rect class="background" width="100%" height="100%" fill=${BACKGROUND}></rect>
    ${marks}
  </svg>`;
}

/** How many interactive marks a scene has (the roving focus wraps around them). */
export function interactiveCount(scene: ChartScene): number {
  return scene.marks.filter((m) => m.interactive).length;
}
