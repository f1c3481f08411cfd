// Scene → Lit template for the page. Lit escapes every text and attribute; no
// unsafeHTML. Interactive marks get a roving tabindex (one tab stop per chart,
// arrow keys move between marks) and an accessible name.

import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { FONT_FAMILY, haloAttrsFor } from './render-shared';
import type { ChartScene, Mark } from './scene';
import { BACKGROUND } from './colors';

export interface LitRenderOptions {
  /** Index (among interactive marks) of the one that is in the tab order. */
  focusIndex?: number;
}

function cls(mark: Mark): string {
  return mark.class ? `${mark.role} ${mark.class}` : mark.role;
}

function opt<T>(value: T | undefined | null): T | typeof nothing {
  return value === undefined || value === null ? nothing : value;
}

function markTemplate(mark: Mark): SVGTemplateResult {
  const tip =
    mark.description && !mark.interactive ? svg`<title>${mark.description}</title>` : nothing;
  switch (mark.kind) {
    case 'rect':
      return svg`<rect class=${cls(mark)} data-code=${opt(mark.code)} x=${mark.x} y=${mark.y} width=${mark.width} height=${mark.height} rx=${opt(mark.rx)} fill=${mark.fill} stroke=${opt(mark.stroke)} stroke-width=${opt(mark.strokeWidth)}>${tip}</rect>`;
    case 'line':
      return svg`<line class=${cls(mark)} data-code=${opt(mark.code)} x1=${mark.x1} y1=${mark.y1} x2=${mark.x2} y2=${mark.y2} stroke=${mark.stroke} stroke-width=${opt(mark.strokeWidth)} stroke-dasharray=${opt(mark.dash)}>${tip}</line>`;
    case 'path':
      return svg`<path class=${cls(mark)} data-code=${opt(mark.code)} d=${mark.d} fill=${mark.fill ?? 'none'} stroke=${mark.stroke} stroke-width=${opt(mark.strokeWidth)} stroke-dasharray=${opt(mark.dash)} stroke-linejoin="round" stroke-linecap="round">${tip}</path>`;
    case 'circle':
      return svg`<circle class=${cls(mark)} data-code=${opt(mark.code)} cx=${mark.cx} cy=${mark.cy} r=${mark.r} fill=${mark.fill} stroke=${opt(mark.stroke)} stroke-width=${opt(mark.strokeWidth)}>${tip}</circle>`;
    case 'text': {
      const halo = haloAttrsFor(mark.halo);
      return svg`<text class=${cls(mark)} data-code=${opt(mark.code)} x=${mark.x} y=${mark.y} fill=${mark.fill} font-size=${mark.fontSize} text-anchor=${opt(mark.anchor)} font-weight=${opt(mark.fontWeight)} stroke=${opt(halo?.stroke)} stroke-width=${opt(halo?.strokeWidth)} stroke-linejoin=${opt(halo && 'round')} paint-order=${opt(halo && 'stroke')} aria-hidden=${opt(mark.interactive ? undefined : 'true')}>${tip}${mark.text}</text>`;
    }
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
