// The atlas map's first view is SVG (issue 12 item 4), in headless Chromium on
// the built site: no MapLibre file (its chunk, the map-view chunk, its worker)
// is fetched until a zoom or a county drill-down; tooltips and the keyboard
// work on the SVG; after a zoom MapLibre's canvas shows the same selection;
// left alone, the tab fetches MapLibre once idle. Screenshots of the first view
// at 375 and 1280 px, zh and en, go to $SHOTS (default /tmp/atlas-first-view).

import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAtlasSite, type AtlasSite } from '../../scripts/browser/atlas-site';
import {
  CHROMIUM_PATH,
  hasChromium,
  isNoise,
  launchChromium,
} from '../../scripts/browser/chromium';

if (!hasChromium) console.warn(`map first-view e2e skipped: ${CHROMIUM_PATH} not found`);

const SHOTS = process.env.SHOTS ?? '/tmp/atlas-first-view';

declare global {
  interface Window {
    mapEvents: { type: string; detail: unknown }[];
  }
}

/** MapLibre's files in a build: the chunk holding maplibre-gl, the map-view chunk, the worker. */
function maplibreFiles(dist: string): string[] {
  const assets = join(dist, 'assets');
  return readdirSync(assets).filter((name) => {
    if (/^map-view-|maplibre-gl-worker/.test(name)) return true;
    const file = join(assets, name);
    return (
      name.endsWith('.js') &&
      statSync(file).size > 200_000 &&
      readFileSync(file, 'utf8').includes('maplibre-gl')
    );
  });
}

describe.skipIf(!hasChromium)('the atlas map before MapLibre', () => {
  let site: AtlasSite;
  let browser: Browser;
  let maplibre: string[];
  const errors: string[] = [];

  /** Opens the atlas and waits for the map's first view; `requested` lists every URL fetched. */
  async function open(
    address: string,
    width = 1280,
  ): Promise<{ page: Page; requested: string[]; maplibreRequested: () => string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && !isNoise(m.text()) && errors.push(m.text()));
    await page.addInitScript(() => {
      window.mapEvents = [];
      for (const type of ['edu-map-shown', 'edu-map-ready', 'edu-map-redrawn', 'edu-map-engine'])
        document.addEventListener(type, (e) =>
          window.mapEvents.push({ type, detail: (e as CustomEvent).detail ?? null }),
        );
    });
    await page.goto(`${site.url}${address}`);
    await waitForEvent(page, 'edu-map-shown');
    const maplibreRequested = () =>
      requested.filter((url) => maplibre.some((name) => url.endsWith(`/${name}`)));
    return { page, requested, maplibreRequested };
  }

  function waitForEvent(page: Page, type: string, timeout = 60_000): Promise<unknown> {
    return page.waitForFunction((t) => window.mapEvents.some((e) => e.type === t), type, {
      timeout,
    });
  }

  /** The map's state, read through the atlas's and the map's shadow roots. */
  function mapState(page: Page) {
    return page.evaluate(() => {
      const map = document.querySelector('edu-atlas')?.shadowRoot?.querySelector('edu-map');
      const root = map?.shadowRoot;
      return {
        drawnWith: map?.drawnWith ?? null,
        units: root?.querySelectorAll('.svg-host path.unit').length ?? 0,
        canvas: !!root?.querySelector('canvas'),
        svg: !!root?.querySelector('.svg-host'),
        tooltip: root?.querySelector('.tooltip strong')?.textContent?.trim() ?? null,
        announcement: root?.querySelector('[aria-live]')?.textContent?.trim() ?? '',
        highlights: [...(root?.querySelectorAll('.highlight path') ?? [])].map((p) =>
          p.getAttribute('stroke'),
        ),
        selectedInMaplibre: map?.maplibre?.getSource('provinces')
          ? (map.maplibre.getFeatureState({ source: 'provinces', id: '410000' }).selected ?? null)
          : null,
        zoom: map?.maplibre?.getZoom() ?? null,
        legend: root?.querySelectorAll('.legend li').length ?? 0,
        labels: root?.querySelectorAll('.svg-host text.map-label').length ?? 0,
      };
    });
  }

  beforeAll(async () => {
    site = await startAtlasSite({ scale: 0.02 });
    maplibre = maplibreFiles(site.dist);
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('finds MapLibre in the build (else the checks below could not fail)', () => {
    expect(maplibre.some((name) => name.startsWith('map-view-'))).toBe(true);
    expect(maplibre).toContain('maplibre-gl-worker.mjs');
    expect(maplibre.length).toBeGreaterThanOrEqual(3);
  });

  it('draws the national map as SVG with legend, labels and the ranked list, and no MapLibre file', async () => {
    const { page, requested, maplibreRequested } = await open('#map-engine=svg');
    // The first view draws the light overview of the provinces, not the file MapLibre zooms into.
    const boundaries = requested.filter((url) => url.includes('/boundaries/'));
    expect(boundaries.map((url) => url.replace(/^.*\//, ''))).toEqual([
      'china-provinces.overview.topo.json',
    ]);
    // index.html preloads the index: the atlas's own fetch takes that response, no second request.
    expect(requested.filter((url) => url.endsWith('/data/v1/index.json'))).toHaveLength(1);
    const state = await mapState(page);
    expect(state.drawnWith).toBe('svg');
    expect(state.units).toBeGreaterThanOrEqual(31);
    expect(state.canvas).toBe(false);
    expect(state.legend).toBeGreaterThan(1);
    expect(state.labels).toBeGreaterThan(10);
    expect(await page.locator('edu-unit-table tbody tr').count()).toBeGreaterThanOrEqual(31);
    await page.waitForTimeout(1500);
    expect(maplibreRequested()).toEqual([]);
    await page.close();
  });

  it('does not draw values that are still loading as missing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let valuesSent = false;
    await page.route('**/data/v1/values/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      valuesSent = true;
      await route.continue();
    });
    await page.addInitScript(() => {
      window.mapEvents = [];
      document.addEventListener('edu-map-shown', () =>
        window.mapEvents.push({ type: 'edu-map-shown', detail: null }),
      );
    });
    await page.goto(`${site.url}#map-engine=svg`);
    const noDataMarks = () =>
      page.evaluate(
        () =>
          document
            .querySelector('edu-atlas')
            ?.shadowRoot?.querySelector('edu-map')
            ?.shadowRoot?.querySelectorAll('.svg-host .pattern-no-data').length ?? -1,
      );
    // The map element is up and its boundaries are in, but the values are held back.
    await page.waitForFunction(
      () => !!document.querySelector('edu-atlas')?.shadowRoot?.querySelector('edu-map'),
    );
    await page.waitForTimeout(800);
    expect(valuesSent).toBe(false);
    expect(await page.evaluate(() => window.mapEvents.length)).toBe(0);
    expect(await noDataMarks()).toBe(0);
    await waitForEvent(page, 'edu-map-shown');
    expect(valuesSent).toBe(true);
    expect((await mapState(page)).units).toBeGreaterThanOrEqual(31);
    // The demo has values for every province: nothing is hatched as missing.
    expect(await noDataMarks()).toBe(0);
    await page.close();
  });

  it('shows a tooltip on hover and moves between units with the keyboard, still without MapLibre', async () => {
    const { page, maplibreRequested } = await open('#map-engine=svg');
    const henan = page.locator('edu-map path.unit[data-code="410000"]');
    const box = await henan.boundingBox();
    if (!box) throw new Error('no 河南 on the map');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(async () => (await mapState(page)).tooltip).toBe('河南省');
    expect((await mapState(page)).highlights.length).toBe(1);
    await page.mouse.move(2, 2);
    await expect.poll(async () => (await mapState(page)).tooltip).toBeNull();

    await page.locator('edu-map .map').focus();
    await page.keyboard.press('ArrowRight');
    const first = await mapState(page);
    expect(first.tooltip).not.toBeNull();
    expect(first.announcement).toContain(first.tooltip ?? '?');
    await page.keyboard.press('ArrowDown');
    const second = await mapState(page);
    expect(second.tooltip).not.toBeNull();
    expect(second.tooltip).not.toBe(first.tooltip);
    // Enter opens the focused province (a prefecture map: still SVG, still no MapLibre).
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /region=\d{6}/.test(location.search));
    expect(maplibreRequested()).toEqual([]);
    await page.close();
  });

  it('fetches MapLibre on the first zoom and shows the same selection in its canvas', async () => {
    const { page, requested, maplibreRequested } = await open('?select=410000#map-engine=svg');
    const fullProvinces = () =>
      requested.filter((url) => url.endsWith('/china-provinces.topo.json'));
    expect(fullProvinces()).toEqual([]);
    const before = await mapState(page);
    expect(before.drawnWith).toBe('svg');
    expect(before.highlights).toEqual(['#d6336c']);
    expect(maplibreRequested()).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'first-view-before-zoom-1280.png') });
    await page.locator('edu-map .zoom button').first().click();
    await waitForEvent(page, 'edu-map-engine');
    await page.waitForTimeout(500);
    const after = await mapState(page);
    expect(after.drawnWith).toBe('maplibre');
    expect(after.canvas).toBe(true);
    expect(after.svg).toBe(false);
    expect(after.selectedInMaplibre).toBe(true);
    expect(maplibreRequested().length).toBeGreaterThanOrEqual(2);
    // MapLibre zooms: it draws the full-detail provinces.
    expect(fullProvinces()).toHaveLength(1);
    await page.screenshot({ path: join(SHOTS, 'after-zoom-1280.png') });
    await page.close();
  });

  it('moves the SVG with a drag and opens MapLibre where the drag left the map', async () => {
    const { page } = await open('#map-engine=svg');
    const henan = page.locator('edu-map path.unit[data-code="410000"]');
    const before = await henan.boundingBox();
    if (!before) throw new Error('no 河南 on the map');
    const start = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(start.x + 12 * step, start.y);
    // The SVG follows the mouse until MapLibre has drawn.
    const during = await page.evaluate(() => {
      const unit = document
        .querySelector('edu-atlas')
        ?.shadowRoot?.querySelector('edu-map')
        ?.shadowRoot?.querySelector('.svg-host path.unit[data-code="410000"]');
      return unit ? unit.getBoundingClientRect().x : null;
    });
    if (during !== null) expect(Math.abs(during - before.x - 120)).toBeLessThan(3);
    await page.mouse.up();
    await waitForEvent(page, 'edu-map-engine');
    await page.waitForTimeout(300);
    // Where MapLibre draws 河南's centre, relative to where the SVG drew it before the drag.
    const moved = await page.evaluate(
      ({ x, y }) => {
        const map = document.querySelector('edu-atlas')?.shadowRoot?.querySelector('edu-map');
        const m = map?.maplibre;
        const box = map?.shadowRoot?.querySelector('.map')?.getBoundingClientRect();
        if (!m || !box) return null;
        const feature = m
          .querySourceFeatures('provinces')
          .find((f) => f.properties?.code === '410000');
        const raw: unknown = feature?.properties?.label;
        // MapLibre hands array properties back as text ("113.6,33.9" or "[113.6,33.9]").
        const label =
          typeof raw === 'string' ? raw.replace(/[[\]]/g, '').split(',').map(Number) : raw;
        if (!Array.isArray(label) || label.length !== 2) return null;
        const at = m.project(label as [number, number]);
        return { dx: at.x + box.left - x, dy: at.y + box.top - y };
      },
      { x: start.x, y: start.y },
    );
    expect(moved).not.toBeNull();
    // 河南's label point is near the middle of its box; the drag moved it 120 px right.
    expect(Math.abs((moved?.dx ?? 0) - 120)).toBeLessThan(40);
    expect(Math.abs(moved?.dy ?? 99)).toBeLessThan(40);
    await page.close();
  });

  it('fetches MapLibre on a drill-down to counties', async () => {
    const { page, maplibreRequested } = await open('?region=410000#map-engine=svg');
    expect((await mapState(page)).drawnWith).toBe('svg');
    expect(maplibreRequested()).toEqual([]);
    await page.locator('edu-map path.unit[data-code="410600"]').click();
    await page.waitForFunction(() => location.search.includes('region=410600'));
    await waitForEvent(page, 'edu-map-engine');
    const state = await mapState(page);
    expect(state.drawnWith).toBe('maplibre');
    expect(state.canvas).toBe(true);
    expect(maplibreRequested().length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('left alone, fetches MapLibre once the browser is idle and swaps it in', async () => {
    const { page, maplibreRequested } = await open('');
    await waitForEvent(page, 'edu-map-ready');
    const state = await mapState(page);
    expect(state.drawnWith).toBe('maplibre');
    expect(state.canvas).toBe(true);
    expect(maplibreRequested().length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  for (const width of [375, 1280]) {
    for (const lang of ['zh', 'en']) {
      it(`first view at ${width} px in ${lang}: screenshot`, async () => {
        const search = lang === 'en' ? '?lang=en' : '';
        const { page } = await open(`${search}#map-engine=svg`, width);
        const state = await mapState(page);
        expect(state.drawnWith).toBe('svg');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SHOTS, `first-view-${lang}-${width}.png`) });
        await page.close();
      });
    }
  }

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
