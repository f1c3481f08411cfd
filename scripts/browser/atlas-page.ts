// Page helpers for the atlas e2e test and bench: events from the app, the deep
// active element, keyboard travel, an axe scan.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    atlasEvents: { type: string; at: number; detail: unknown }[];
  }
}

/** Records the map's events on window.atlasEvents (they are composed and bubble). */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.atlasEvents = [];
    for (const type of ['edu-map-ready', 'edu-map-redrawn']) {
      document.addEventListener(type, (e) =>
        window.atlasEvents.push({ type, at: performance.now(), detail: (e as CustomEvent).detail }),
      );
    }
  });
}

export function eventCount(page: Page, type: string): Promise<number> {
  return page.evaluate((t) => window.atlasEvents.filter((e) => e.type === t).length, type);
}

/** Waits until more than `count` events of `type` have fired. */
export async function waitForEvents(
  page: Page,
  type: string,
  count: number,
  timeout = 20_000,
): Promise<void> {
  await page.waitForFunction(
    ([t, n]) => window.atlasEvents.filter((e) => e.type === t).length > Number(n),
    [type, count] as const,
    { timeout },
  );
}

/** Text and tag of the focused element, through shadow roots. */
export function activeElement(page: Page): Promise<{ tag: string; text: string; id: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      id: el?.id ?? '',
    };
  });
}

/** Presses Tab until the focused element's text is `text`; fails after `max` presses. */
export async function tabTo(page: Page, text: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await activeElement(page)).text === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

/**
 * axe-core's serious and critical violations on the whole page, as `id: targets`
 * lines. Evaluated, not an inline <script>: the page's CSP (public/_headers) refuses those.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(c: Document): Promise<{
            violations: { id: string; impact: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}
