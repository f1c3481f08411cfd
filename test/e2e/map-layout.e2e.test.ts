// Issue 13 items 7, 13, 14, 15 in real Chromium: on a 375 × 667 phone the
// map is within the first screen; no element is wider than the viewport on
// the map, profile, gap and side-ranking views at 375 px (a sideways-scrolling
// tab row and visually hidden table heads aside); the side ranking shows every
// row; the interactive map labels the provinces the static map labels and
// counts 台湾, 香港, 澳门 as outside the data.

import type { EduMap } from '../../src/map';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAtlasSite, type AtlasSite } from '../../scripts/browser/atlas-site';
import { recordEvents, waitForEvents } from '../../scripts/browser/atlas-page';
import { hasChromium, launchChromium } from '../../scripts/browser/chromium';

/** Elements whose right edge passes the viewport, through shadow roots. */
const OVERFLOWING = `(() => {
  const vw = document.documentElement.clientWidth;
  const out = [];
  // Parts that may reach past the edge by design: the tab row scrolls sideways, and a
  // visually hidden table head (cards on a phone) is clipped to nothing.
  const exempt = (el) => {
    for (let a = el; a; a = a.parentElement || (a.getRootNode() && a.getRootNode().host)) {
      if (a.getAttribute && a.getAttribute('role') === 'tablist') return true;
      const style = getComputedStyle(a);
      if (style.clipPath && style.clipPath !== 'none') return true;
      if (a.tagName === 'DETAILS' && !a.open) return true;
    }
    return false;
  };
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 1 && !exempt(el))
        out.push(el.tagName.toLowerCase() + ' ' + (el.textContent || '').replace(/\\s+/g, ' ').slice(0, 40));
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return { scrollWidth: document.documentElement.scrollWidth, out: out.slice(0, 5) };
})()`;

describe.skipIf(!hasChromium)('map and layout on a phone and a desktop', () => {
  let site: AtlasSite;
  let browser: Browser;

  async function open(search: string, width: number, height = 900): Promise<Page> {
    const p = await browser.newPage({ viewport: { width, height } });
    await recordEvents(p);
    await p.goto(`${site.url}${search}`);
    await p.waitForSelector('edu-atlas h2');
    return p;
  }

  beforeAll(async () => {
    site = await startAtlasSite({ scale: 0.02 });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows the whole map box in the first screen of a 375 × 667 phone', async () => {
    for (const search of ['', '?lang=en', '?region=410600&lang=en', '?region=410600']) {
      const p = await open(search, 375, 667);
      await waitForEvents(p, 'edu-map-redrawn', 0, 60_000);
      const box = await p.locator('edu-map .map').boundingBox();
      expect(box, search).not.toBeNull();
      expect(box!.y, search).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, search).toBeLessThanOrEqual(667);
      expect(box!.height, search).toBeGreaterThanOrEqual(250);
      await p.close();
    }
  });

  it('has no element wider than a 375 px viewport on the map, profile, gap and ranking views', async () => {
    const views = [
      '?region=410700', // the side ranking with 新乡市平原城乡一体化示范区
      '?region=410611&view=profile',
      '?region=410600&view=gap',
      '?region=410000&view=gap',
    ];
    for (const view of views) {
      for (const lang of ['zh', 'en']) {
        const p = await open(`${view}&lang=${lang}`, 375, 667);
        await p.waitForTimeout(1500);
        const result = (await p.evaluate(OVERFLOWING)) as { scrollWidth: number; out: string[] };
        expect(result.out, `${view} ${lang}`).toEqual([]);
        expect(result.scrollWidth, `${view} ${lang}`).toBeLessThanOrEqual(375);
        await p.close();
      }
    }
  });

  it('shows every row of the side ranking at 1280 px, none cut', async () => {
    const p = await open('', 1280);
    await waitForEvents(p, 'edu-map-redrawn', 0, 60_000);
    const list = p.locator('.side-list');
    const [scrollHeight, clientHeight] = await list.evaluate((el) => [
      el.scrollHeight,
      el.clientHeight,
    ]);
    expect(scrollHeight).toBeLessThanOrEqual(clientHeight + 1);
    expect(await p.locator('edu-unit-table tbody tr').count()).toBe(31);
    await p.close();
  });

  it('labels 山西, 宁夏 and 海南 and counts 台湾, 香港, 澳门 outside the data', async () => {
    // The SVG first view (no idle fetch) and then MapLibre place the same labels.
    const p = await open('#map-engine=svg', 1280);
    await waitForEvents(p, 'edu-map-redrawn', 0, 60_000);
    const svgLabels = await p.locator('edu-map .svg-host text.map-label').allTextContents();
    expect(svgLabels).toEqual(expect.arrayContaining(['山西', '宁夏', '海南']));
    await p.locator('edu-map').evaluate((map) => (map as EduMap).useMaplibre());
    await waitForEvents(p, 'edu-map-ready', 0, 60_000);
    await p.waitForTimeout(500);
    const labels = await p.locator('edu-map .labels .label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['山西', '宁夏', '海南']));
    const legend = (await p.locator('edu-map .legend li').allTextContents()).map((t) =>
      t.replace(/\s+/g, ''),
    );
    expect(legend).toContain('不在数据范围内3个地区');
    expect(legend.find((t) => t.startsWith('无数据'))).toBe('无数据0个地区');
    await p.close();
  });
});
