// @vitest-environment jsdom
// Every shadow root composes the shared styles first (issue 12): the atlas's
// elements the whole shared module, the chart and embed elements (which a
// ranking embed loads, ≤ 25 KB gzip) its smallest piece. The elements are the
// ones src/ defines: every module that defines or declares an element is
// imported and each `customElements.define` is recorded, so a new element is
// checked too.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CSSResultGroup, LitElement } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { coreStyles } from '../../src/styles/core';
import { sharedStyles } from '../../src/styles/shared';

const SRC = join(import.meta.dirname, '../../src');

/** Tags that draw inside the embeds: they compose only coreStyles. */
const CORE_ONLY = new Set([
  'edu-ranking',
  'edu-trend',
  'edu-scatter',
  'edu-compare',
  'edu-change',
  'edu-chart',
  'edu-embed-map',
]);

/** Elements the atlas page shows: they compose the whole shared module. */
const ATLAS = [
  'edu-atlas',
  'edu-search',
  'edu-unit-table',
  'edu-map',
  'edu-profile',
  'edu-gap-table',
  'edu-own-data-dialog',
  'edu-share-dialog',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Modules that define an element or make one (a chart from its layout). */
const ELEMENT_MODULES = sourceFiles(SRC).filter((path) =>
  /customElements\.define\(|layoutElement<|extends (LitElement|ChartElement)\b/.test(
    readFileSync(path, 'utf8'),
  ),
);

const defined = new Map<string, typeof LitElement>();

/** An element's styles in order, nested arrays flattened (as Lit adopts them). */
function flat(styles: CSSResultGroup | undefined): unknown[] {
  if (styles === undefined) return [];
  return Array.isArray(styles) ? styles.flatMap((s: CSSResultGroup) => flat(s)) : [styles];
}

beforeAll(async () => {
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, element, options) => {
    defined.set(tag, element as unknown as typeof LitElement);
    define(tag, element, options);
  };
  for (const path of ELEMENT_MODULES) {
    const module = (await import(path)) as Record<string, unknown>;
    // embed/define.ts defines its elements when called.
    if (typeof module.defineEmbedElements === 'function') module.defineEmbedElements();
  }
});

describe('shared styles in every shadow root', () => {
  it('finds the elements of src/', () => {
    expect([...defined.keys()]).toEqual(expect.arrayContaining([...CORE_ONLY, ...ATLAS]));
  });

  it('composes the whole shared module first into the atlas elements, coreStyles into charts and embeds', () => {
    const shared = flat(sharedStyles);
    expect(shared[0]).toBe(coreStyles);
    for (const [tag, element] of defined) {
      const styles = flat(element.styles);
      const expected = CORE_ONLY.has(tag) ? [coreStyles] : shared;
      // The same objects (one sheet shared by every root), not equal copies.
      expected.forEach((piece, i) => expect(styles[i], `${tag} [${i}]`).toBe(piece));
      // Something of its own follows: the shared module is never an element's whole look.
      expect(styles.length, tag).toBeGreaterThan(expected.length);
    }
  });

  it('keeps the rest of the shared module out of the chart and embed roots', () => {
    const rest = flat(sharedStyles).slice(1);
    for (const tag of CORE_ONLY) {
      const styles = flat(defined.get(tag)?.styles);
      for (const piece of rest) expect(styles, tag).not.toContain(piece);
    }
  });
});
