// @vitest-environment jsdom
// Renderer parity: the same scene drawn by the Lit renderer (the page) and by
// the string renderer (downloads, static images) is the same SVG, mark for
// mark: same elements, attributes, tooltips and text. Both map marks through
// src/charts/mark-attrs.ts; this test catches a renderer that stops doing so.
//
// Normalised: attributes sorted; what only the page adds for keyboard and
// screen readers (the focusable <g class="mark-focus"> wrapper, aria-hidden)
// and the document's own <title>/<desc> are set aside.

import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { layoutChange } from '../../src/charts/change/layout';
import { layoutCompare } from '../../src/charts/compare/layout';
import { layoutRanking } from '../../src/charts/ranking/layout';
import { renderSceneLit } from '../../src/charts/render-lit';
import { renderSvgString } from '../../src/charts/render-svg-string';
import { layoutScatter } from '../../src/charts/scatter/layout';
import type { ChartScene, Mark } from '../../src/charts/scene';
import { layoutTrend } from '../../src/charts/trend/layout';
import { changeInput, compareInput, rankingInput, scatterInput, trendInput } from './fixtures';

const PAGE_ONLY = new Set(['aria-hidden']);

/** An element as text: tag, sorted attributes, then its children (whitespace-only text dropped). */
function canonical(node: Element): string {
  const attrs = [...node.attributes]
    .filter((a) => !PAGE_ONLY.has(a.name))
    .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
    .sort();
  const children = [...node.childNodes].flatMap((child): string[] => {
    if (child.nodeType === child.TEXT_NODE) {
      const text = child.textContent ?? '';
      return text.trim() ? [JSON.stringify(text)] : [];
    }
    if (child.nodeType !== child.ELEMENT_NODE) return [];
    const element = child as Element;
    // The page wraps interactive marks in a focusable group: compare the mark inside.
    if (element.tagName === 'g' && element.classList.contains('mark-focus')) {
      return [...element.children].map(canonical);
    }
    return [canonical(element)];
  });
  return `<${node.tagName} ${attrs.join(' ')}>${children.join('')}</${node.tagName}>`;
}

/** The marks of a drawn chart (the background first), canonical. */
function marksOf(svg: Element): string[] {
  expect(svg.tagName, svg.textContent ?? '').toBe('svg');
  return [...svg.children]
    .filter((child) => child.tagName !== 'title' && child.tagName !== 'desc')
    .flatMap((child) =>
      child.tagName === 'g' && child.classList.contains('mark-focus')
        ? [...child.children].map(canonical)
        : [canonical(child)],
    );
}

function fromString(scene: ChartScene): string[] {
  const doc = new DOMParser().parseFromString(renderSvgString(scene), 'image/svg+xml');
  return marksOf(doc.documentElement);
}

function fromLit(scene: ChartScene): string[] {
  const host = document.createElement('div');
  render(renderSceneLit(scene), host);
  // Serialised as XML and read back, as a download of the page's chart would be.
  const xml = new XMLSerializer().serializeToString(host.querySelector('svg')!);
  const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
  return marksOf(doc.documentElement);
}

const SCENES: Record<string, () => ChartScene> = {
  ranking: () => layoutRanking(rankingInput('zh')),
  'ranking-en-narrow': () => layoutRanking(rankingInput('en', { width: 320 })),
  trend: () => layoutTrend(trendInput('zh')),
  scatter: () => layoutScatter(scatterInput('en')),
  compare: () => layoutCompare(compareInput('zh')),
  change: () => layoutChange(changeInput('en')),
};

describe('the Lit and the string renderer draw the same SVG', () => {
  for (const [name, scene] of Object.entries(SCENES)) {
    it(name, () => {
      const drawn = scene();
      const page = fromLit(drawn);
      expect(page.length).toBe(drawn.marks.length + 1);
      expect(page).toEqual(fromString(drawn));
    });
  }

  it('every kind of mark and option, with odd numbers and characters', () => {
    const marks: Mark[] = [
      {
        kind: 'rect',
        role: 'bar',
        class: 'selected',
        code: '410611',
        interactive: true,
        description: 'A & <b>',
        ...{ x: 1.23456, y: -0.0001, width: 10, height: 2.5, rx: 1, fill: '#123' },
        ...{ stroke: '#fff', strokeWidth: 0.5 },
      },
      {
        kind: 'line',
        role: 'rule',
        x1: 0,
        y1: 0.1 + 0.2,
        x2: 5,
        y2: 5,
        stroke: '#222',
        dash: '4 2',
      },
      { kind: 'path', role: 'line', d: 'M0,0L1,1', stroke: '#333', description: '"q"' },
      { kind: 'circle', role: 'dot', cx: 1, cy: 2, r: 3.33333, fill: '#444', strokeWidth: 1 },
      ...(['start', 'middle', 'end', undefined] as const).map((anchor): Mark => ({
        kind: 'text',
        role: 'label',
        x: 1,
        y: 2,
        text: `“${anchor}” <&>`,
        fill: '#555',
        fontSize: 12,
        anchor,
        fontWeight: anchor === 'end' ? 'bold' : 'normal',
        halo: anchor === 'middle',
      })),
    ];
    const scene: ChartScene = {
      ...{ width: 100, height: 50, title: 't', subtitle: '', description: 'd', lang: 'en' },
      marks,
    };
    expect(fromLit(scene)).toEqual(fromString(scene));
    // The defaults of SVG are left out by both, numbers are rounded by both.
    const text = fromString(scene).join('');
    expect(text).not.toContain('text-anchor="start"');
    expect(text).not.toContain('font-weight="normal"');
    expect(text).toContain('x="1.235"');
    // An interactive mark keeps its tooltip in both (the page's group carries its name too).
    expect(text).toContain('<title >"A & <b>"</title>');
  });
});
