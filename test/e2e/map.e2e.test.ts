// <edu-map> in real headless Chromium: the province layer renders, colours
// follow the classes, recolouring changes them, and the keyboard works.
// Skipped (with a message) when /usr/bin/chromium is missing; CI installs it.

import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricById } from '../../src/contract';
import { isInReferenceList } from '../../src/map/boundary-layer';
import { colourPlan } from '../../src/map/colour-plan';
import type { HarnessEvent } from './map-harness';
import { syntheticValue } from './map-synthetic';
import { colourDistance, hexToRgb, pixelsAt } from './map-pixels';
import {
  boundaryDir,
  buildAndServeHarness,
  CHROMIUM,
  CHROMIUM_ARGS,
  type HarnessServer,
} from '../../scripts/browser/map-serve';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(
    `map e2e skipped: ${CHROMIUM} not found (apt-get install -y chromium fonts-noto-cjk)`,
  );

const DOCS = resolve(import.meta.dirname, '../../docs');
mkdirSync(DOCS, { recursive: true });
const HENAN = '410000';
const metric = metricById('inclusive_kindergarten_coverage');
const settings = { method: 'threshold' as const, k: 3, bandWidth: 0.1 };

/** Screen position of a unit's label point (sample with the HTML labels hidden). */
async function pointIn(page: Page, code: string): Promise<{ x: number; y: number }> {
  return page.evaluate(async (code) => {
    const el = window.mapHarness.element;
    const map = el.maplibre;
    if (!map) throw new Error('no map');
    const feature = map.querySourceFeatures('provinces', {
      filter: ['==', ['get', 'code'], code],
    })[0];
    // MapLibre may hand nested properties back as text ("112,34.5" or "[112,34.5]").
    const raw: unknown = feature.properties.label;
    const label = (
      Array.isArray(raw) ? raw : String(raw).replace(/[[\]]/g, '').split(',').map(Number)
    ) as [number, number];
    const p = map.project(label);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, code);
}

async function fillState(page: Page, code: string): Promise<unknown> {
  return page.evaluate(
    (code) =>
      window.mapHarness.element.maplibre?.getFeatureState({ source: 'provinces', id: code }).fill ??
      null,
    code,
  );
}

describe.skipIf(!hasChromium)('<edu-map> in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let server: HarnessServer;
  const errors: string[] = [];

  beforeAll(async () => {
    console.info(
      `map e2e: boundaries from ${boundaryDir().dir}${boundaryDir().real ? '' : ' (fixture)'}`,
    );
    server = await buildAndServeHarness();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 800, height: 760 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on(
      'console',
      (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`),
    );
    await page.goto(server.url);
    await page.evaluate(() => window.mapHarnessReady);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the province layer from a sub-path with the worker and boundaries in place', async () => {
    expect(server.notFound.filter((p) => !p.endsWith('/favicon.ico'))).toEqual([]);
    expect(errors).toEqual([]);
    const events = await page.evaluate(() => window.mapHarness.events.map((e) => e.type));
    expect(events).toContain('edu-map-ready');
    const rendered = await page.evaluate(
      () =>
        window.mapHarness.element.maplibre?.queryRenderedFeatures({ layers: ['provinces-fill'] })
          .length ?? 0,
    );
    expect(rendered).toBeGreaterThan(0);
  });

  it('colours Henan as its class, and recolours it when the values change', async () => {
    const codes = await page.evaluate(() => window.mapHarness.codes());
    const expectedFill = async (
      overrides: Record<string, number | null>,
      seed: number,
    ): Promise<string | null> => {
      const values = new Map(
        codes.map((c) => [
          c,
          { value: c in overrides ? overrides[c] : syntheticValue(c, seed), flags: [] },
        ]),
      );
      const shown = codes.filter(isInReferenceList);
      return colourPlan(shown, values, metric, settings, 'zh').fills.get(HENAN) ?? null;
    };

    // Meets the 85 % target: the purple class.
    await page.evaluate(() => window.mapHarness.setValues(1, { '410000': 0.95 }));
    const meets = await expectedFill({ [HENAN]: 0.95 }, 1);
    expect(meets).toBe('#8073ac');
    expect(await fillState(page, HENAN)).toBe(meets);
    const at = await pointIn(page, HENAN);
    const [before] = await pixelsAt(page, [at]);
    expect(colourDistance(before, hexToRgb(meets!))).toBeLessThanOrEqual(3);
    await page.screenshot({ path: join(DOCS, 'map-national.png') });

    // Far below it: the deepest orange.
    const ms = await page.evaluate(() => window.mapHarness.setValues(2, { '410000': 0.6 }));
    expect(ms).toBeGreaterThan(0);
    const below = await expectedFill({ [HENAN]: 0.6 }, 2);
    expect(below).toBe('#b35806');
    const [after] = await pixelsAt(page, [at]);
    expect(colourDistance(after, hexToRgb(below!))).toBeLessThanOrEqual(3);

    // Missing: grey with the hatch, never a class colour.
    await page.evaluate(() => window.mapHarness.setValues(2, { '410000': null }));
    expect(await fillState(page, HENAN)).toBeNull();
    const [missing] = await pixelsAt(page, [at]);
    for (const colour of ['#8073ac', '#e08214', '#b35806']) {
      expect(colourDistance(missing, hexToRgb(colour))).toBeGreaterThan(30);
    }
    const legend = await page.evaluate(() =>
      [...(window.mapHarness.element.shadowRoot?.querySelectorAll('.legend li') ?? [])].map((li) =>
        li.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(legend.find((t) => t?.startsWith('无数据'))).toMatch(/^无数据 [1-9]\d*个地区$/);
    // 台湾, 香港, 澳门 are outside the data, not missing: an entry of their own.
    expect(legend.at(-1)).toBe('不在数据范围内 3个地区');
    await page.screenshot({ path: join(DOCS, 'map-no-data.png') });
  });

  it('is usable from the keyboard: Tab, arrows, Enter, Escape', async () => {
    await page.evaluate(() => window.mapHarness.setValues(1));
    await page.evaluate(() => (window.mapHarness.events.length = 0));
    await page.mouse.move(0, 0);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const root = window.mapHarness.element.shadowRoot;
      return (
        document.activeElement?.tagName === 'EDU-MAP' &&
        root?.activeElement?.classList.contains('map')
      );
    });
    expect(focused).toBe(true);

    await page.keyboard.press('ArrowRight');
    const first = await page.evaluate(() => window.mapHarness.element.focusedCode);
    expect(first).toMatch(/^\d{6}$/);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => window.mapHarness.element.focusedCode);
    expect(second).not.toBe(first);
    const ui = await page.evaluate(() => {
      const root = window.mapHarness.element.shadowRoot;
      return {
        tooltip: root?.querySelector('.tooltip')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        live: root?.querySelector('[aria-live]')?.textContent ?? '',
        focusState: window.mapHarness.element.maplibre?.getFeatureState({
          source: 'provinces',
          id: window.mapHarness.element.focusedCode ?? '',
        }).focus,
      };
    });
    expect(ui.tooltip).toMatch(/%/);
    expect(ui.live).toMatch(/：/);
    expect(ui.focusState).toBe(true);
    await page.screenshot({ path: join(DOCS, 'map-keyboard.png') });

    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const events = await page.evaluate(() =>
      window.mapHarness.events.filter(
        (e: HarnessEvent) => e.type === 'edu-drill' || e.type === 'edu-up',
      ),
    );
    expect(events).toEqual([
      { type: 'edu-drill', detail: { code: second, level: 'province' } },
      { type: 'edu-up', detail: { code: '000000', level: 'nation' } },
    ]);
  });

  it('passes an axe accessibility scan', async () => {
    await page.addScriptTag({
      path: createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(context: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run({ include: [['edu-map']] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it('drills into a province and shows its prefectures on the province context', async () => {
    await page.evaluate(() => window.mapHarness.setView('prefecture', '410000'));
    const shown = await page.evaluate(() =>
      [
        ...new Set(
          window.mapHarness.element.maplibre
            ?.queryRenderedFeatures({ layers: ['prefectures-fill'] })
            .map((f) => String(f.properties.code)),
        ),
      ].sort(),
    );
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.every((c) => c.startsWith('41'))).toBe(true);
    await page.evaluate(async () => {
      window.mapHarness.element.selected = ['410600'];
      await window.mapHarness.element.updateComplete;
    });
    const selected = await page.evaluate(
      () =>
        window.mapHarness.element.maplibre?.getFeatureState({ source: 'prefectures', id: '410600' })
          .selected,
    );
    expect(selected).toBe(true);
    await page.screenshot({ path: join(DOCS, 'map-province.png') });
    expect(errors).toEqual([]);
  });

  it("draws a prefecture's counties in English on a dark page", async () => {
    const dark = await browser.newPage({
      viewport: { width: 800, height: 760 },
      colorScheme: 'dark',
    });
    const darkErrors: string[] = [];
    dark.on('pageerror', (e) => darkErrors.push(String(e)));
    await dark.goto(
      `${server.url}?locale=en&level=county&region=410600&regionName=Hebi&referenceName=Henan`,
    );
    await dark.evaluate(() => window.mapHarnessReady);
    await dark.evaluate(() => window.mapHarness.setValues(3, { '410611': null }));
    const notice = await dark.evaluate(
      () => window.mapHarness.element.shadowRoot?.querySelector('.notice')?.textContent ?? '',
    );
    expect(notice).toContain('approved standard base map (审图号)');
    await dark.evaluate(() =>
      window.mapHarness.element.shadowRoot?.querySelector<HTMLElement>('.map')?.focus(),
    );
    await dark.keyboard.press('ArrowDown');
    await dark.screenshot({ path: join(DOCS, 'map-dark-en-counties.png') });
    expect(darkErrors).toEqual([]);
    await dark.close();
  });
});
