// npm run bench:ui — the atlas in headless Chromium, built like production and
// served (gzip) from a sub-path with the published demo data (public/data):
//  (a) app JS without the MapLibre chunk, gzip (≤ 80 KB), and MapLibre only
//      loaded once a map is shown;
//  (b) data + boundaries sent for the first view (national map by province),
//      gzip (≤ 350 KB);
//  (c) median time of 10 metric/year switches until the shell has rendered
//      and the map has recoloured (edu-map-redrawn: the SVG first view
//      updated, or MapLibre reached `idle`), for the national prefecture view
//      and one province's counties, in the SVG map and in the MapLibre map
//      (≤ 100 ms; data already fetched once). Also printed: the same including
//      the next composited frame, which on this machine's software GL
//      (SwiftShader) adds a browser-side cost.
//  (d) the first view, side by side for the SVG-first path (the default) and
//      the MapLibre-first path (forced with #map-engine=maplibre): gzip bytes
//      transferred before the map is visible (≤ 250 KB) and the time from
//      navigation to the map visible (edu-map-shown, then the next frame)
//      under 4× CPU throttling, the median of 5 cold loads each. The time budget,
//      1.5 s when the MapLibre-first path took 3.3 s, is judged as the ratio of
//      the two paths' medians in the same run (≤ 0.45): the shared machine's
//      speed drifts by 2× within a day, and the two paths drift together.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startAtlasSite } from './browser/atlas-site';
import { recordEvents, waitForEvents } from './browser/atlas-page';
import { hasChromium, launchChromium } from './browser/chromium';
import type { Sent } from './browser/static-server';

const KB = 1024;
let distDir = '';
const maplibreCache = new Map<string, boolean>();
/** The MapLibre chunk (whatever the bundler named it): the big one that holds maplibre-gl. */
function isMaplibre(path: string): boolean {
  if (/maplibre/i.test(path)) return true;
  if (!path.endsWith('.js')) return false;
  let known = maplibreCache.get(path);
  if (known === undefined) {
    const file = join(distDir, path.replace(/^\/atlas\//, ''));
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    known = text.length > 200_000 && text.includes('maplibre-gl');
    maplibreCache.set(path, known);
  }
  return known;
}
const isJs = (path: string) => path.endsWith('.js');

function sum(sent: readonly Sent[], keep: (path: string) => boolean): number {
  return sent.filter((s) => keep(s.path)).reduce((total, s) => total + s.bytes, 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const SWITCHES: [string, number | null][] = [
  ['preschool_gross_enrollment', null],
  ['public_kindergarten_share', null],
  ['class_multimedia_rate', null],
  ['after_school_student_participation', null],
  ['inclusive_kindergarten_coverage', null],
  ['inclusive_kindergarten_coverage', 2020],
  ['inclusive_kindergarten_coverage', 2021],
  ['inclusive_kindergarten_coverage', 2022],
  ['preschool_gross_enrollment', 2022],
  ['preschool_gross_enrollment', 2023],
];

/** One switch, timed inside the page: change → edu-map-redrawn → next frame. */
async function timedSwitch(page: Page, metric: string, year: number | null): Promise<number> {
  const [total, map, withFrame] = await timedSwitchParts(page, metric, year);
  mapTimes.push(map);
  frameTimes.push(withFrame);
  return total;
}

const mapTimes: number[] = [];
/** The same switch including the next composited frame (software GL on this machine). */
const frameTimes: number[] = [];

async function timedSwitchParts(
  page: Page,
  metric: string,
  year: number | null,
): Promise<[number, number, number]> {
  return page.evaluate(
    async ([metric, year]) => {
      const root = document.querySelector('edu-atlas')!.shadowRoot!;
      let mapMs = 0;
      const redrawn = new Promise<void>((done) =>
        document.addEventListener(
          'edu-map-redrawn',
          (e) => {
            mapMs = (e as CustomEvent<{ ms: number }>).detail.ms;
            done();
          },
          { once: true },
        ),
      );
      const start = performance.now();
      const select = root.querySelector<HTMLSelectElement>('#metric')!;
      if (select.value !== metric) {
        select.value = String(metric);
        select.dispatchEvent(new Event('change'));
      }
      if (year !== null) {
        const slider = root.querySelector<HTMLInputElement>('#year')!;
        const years = Number(slider.max) + 1;
        const latest = 2024;
        slider.value = String(years - 1 - (latest - Number(year)));
        slider.dispatchEvent(new Event('change'));
      }
      await (root.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      await redrawn;
      const untilIdle = performance.now() - start;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return [untilIdle, mapMs, performance.now() - start] as [number, number, number];
    },
    [metric, year] as const,
  );
}

async function switchTimes(
  page: Page,
): Promise<{ cold: number; warm: number; map: number; withFrame: number }> {
  const run = async () => {
    const times: number[] = [];
    for (const [metric, year] of SWITCHES) times.push(await timedSwitch(page, metric, year));
    await timedSwitch(page, 'inclusive_kindergarten_coverage', 2024);
    return median(times);
  };
  const cold = await run();
  mapTimes.length = 0;
  frameTimes.length = 0;
  const warm = await run();
  return { cold, warm, map: median(mapTimes), withFrame: median(frameTimes) };
}

interface FirstView {
  /** Navigation start → the frame after edu-map-shown, ms. */
  visibleMs: number;
  /** Bytes on the wire (gzip) of every response finished before then. */
  bytes: number;
  maplibreBefore: boolean;
}

/** Cold loads of each first view; the median is printed (the machine is shared and noisy). */
const FIRST_VIEW_LOADS = 5;

/** One cold load (fresh context, no cache) of the national map under 4× CPU throttling. */
async function firstView(
  browser: Browser,
  url: string,
  maplibreFiles: readonly string[],
): Promise<FirstView> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const w = window as Window & { mapVisibleAt?: number };
      document.addEventListener(
        'edu-map-shown',
        () => requestAnimationFrame(() => (w.mapVisibleAt = performance.now())),
        { once: true },
      );
    });
    await page.goto(url);
    await page.waitForFunction(
      () => (window as Window & { mapVisibleAt?: number }).mapVisibleAt !== undefined,
      undefined,
      { timeout: 60_000 },
    );
    return await page.evaluate((maplibreFiles) => {
      const visibleMs = (window as Window & { mapVisibleAt?: number }).mapVisibleAt ?? NaN;
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      const before = entries.filter((e) => e.responseEnd <= visibleMs);
      return {
        visibleMs,
        bytes: before.reduce((total, e) => total + e.transferSize, 0),
        maplibreBefore: before.some((e) => maplibreFiles.some((f) => e.name.endsWith(f))),
      };
    }, maplibreFiles);
  } finally {
    await context.close();
  }
}

async function firstViews(
  browser: Browser,
  urls: Record<'svg' | 'maplibre', string>,
  maplibreFiles: readonly string[],
) {
  const runs: Record<'svg' | 'maplibre', FirstView[]> = { svg: [], maplibre: [] };
  for (let i = 0; i < FIRST_VIEW_LOADS; i++) {
    for (const engine of ['svg', 'maplibre'] as const) {
      runs[engine].push(await firstView(browser, urls[engine], maplibreFiles));
      // Let the closed page's processes (MapLibre's worker and GPU process) wind down:
      // on two cores they slowed the next cold load by ≈ 10 %.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  const summary = (list: FirstView[]) => ({
    visibleMs: median(list.map((r) => r.visibleMs)),
    rangeMs: [Math.min(...list.map((r) => r.visibleMs)), Math.max(...list.map((r) => r.visibleMs))],
    bytes: median(list.map((r) => r.bytes)),
    maplibreBefore: list.some((r) => r.maplibreBefore),
  });
  return { svg: summary(runs.svg), maplibre: summary(runs.maplibre) };
}

async function main(): Promise<void> {
  if (!hasChromium) {
    console.log('bench:ui skipped: /usr/bin/chromium not found');
    return;
  }
  const dataDir = resolve('public/data');
  if (!existsSync(resolve(dataDir, 'v1/index.json')))
    throw new Error('public/data is not built (npm start -- --no-serve)');
  console.log('building the site …');
  const site = await startAtlasSite({ dataDir });
  distDir = site.dist;
  const browser = await launchChromium();
  // The last column: within budget, null for a row printed for comparison only, or 'by ratio'
  // for a time judged by the ratio row.
  const rows: [string, string, string, boolean | null | 'by ratio'][] = [];
  // MapLibre's files: its chunk (whatever the bundler named it), the map-view chunk that
  // imports it, and its worker.
  const maplibreFiles = readdirSync(join(distDir, 'assets'))
    .map((f) => `/atlas/assets/${f}`)
    .filter((f) => isMaplibre(f) || /map-view|maplibre-gl-worker/.test(f));
  const isMaplibreFile = (path: string) => maplibreFiles.includes(path);
  try {
    // (a) a view without a map first: no MapLibre.
    let page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}?view=table`);
    await page.waitForSelector('edu-unit-table tbody tr');
    await page.waitForTimeout(500);
    const tableSent = [...site.server.sent];
    const maplibreOnTable = tableSent.some((s) => isMaplibreFile(s.path));
    await page.close();

    // The first view alone (#map-engine=svg: no idle fetch to race with), then the default.
    site.server.sent.length = 0;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await recordEvents(page);
    await page.goto(`${site.url}#map-engine=svg`);
    await waitForEvents(page, 'edu-map-redrawn', 0, 60_000);
    await page.waitForTimeout(300);
    const first = [...site.server.sent];
    await page.close();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await recordEvents(page);
    await page.goto(site.url);
    // The idle fetch brings MapLibre after the first view.
    await waitForEvents(page, 'edu-map-ready', 0, 60_000);
    const afterIdle = [...site.server.sent];
    const appJs = sum(first, (p) => isJs(p) && !isMaplibreFile(p));
    const maplibreOnFirstView = first.some((s) => isMaplibreFile(s.path));
    const maplibreAfterIdle = afterIdle.some((s) => isMaplibreFile(s.path));
    const data = sum(first, (p) => p.includes('/data/') || p.includes('/boundaries/'));
    rows.push([
      '(a) app JS without MapLibre, gzip',
      `${(appJs / KB).toFixed(1)} KB`,
      '≤ 80 KB',
      appJs <= 80 * KB,
    ]);
    rows.push([
      '(a) MapLibre only after the first view',
      `table view: ${maplibreOnTable ? 'loaded' : 'not loaded'}; map's first view: ${maplibreOnFirstView ? 'loaded' : 'not loaded'}; once idle: ${maplibreAfterIdle ? 'loaded' : 'not loaded'}`,
      'not/not/loaded',
      !maplibreOnTable && !maplibreOnFirstView && maplibreAfterIdle,
    ]);
    rows.push([
      '(b) data + boundaries, first view, gzip',
      `${(data / KB).toFixed(1)} KB`,
      '≤ 350 KB',
      data <= 350 * KB,
    ]);
    await page.close();

    for (const engine of ['svg', 'maplibre'] as const) {
      for (const [label, search] of [
        ['national prefecture view', '?level=prefecture'],
        ['河南 counties', '?region=410000&level=county'],
      ] as const) {
        page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await recordEvents(page);
        await page.goto(`${site.url}${search}#map-engine=${engine}`);
        await waitForEvents(page, 'edu-map-redrawn', 0, 60_000);
        const { cold, warm, map, withFrame } = await switchTimes(page);
        const drawn = await page.evaluate(
          () =>
            document
              .querySelector('edu-atlas')
              ?.shadowRoot?.querySelector('edu-map')
              ?.shadowRoot?.querySelector('.map')?.classList[1] ?? '?',
        );
        rows.push([
          `(c) switch → redrawn, ${label}, ${engine === 'svg' ? 'SVG' : 'MapLibre'} map`,
          `median ${warm.toFixed(0)} ms (recolour ${map.toFixed(0)}; +next composited frame ${withFrame.toFixed(0)}; first fetch ${cold.toFixed(0)}; drawn with ${drawn})`,
          '≤ 100 ms',
          warm <= 100 && drawn === engine,
        ]);
        mapTimes.length = 0;
        frameTimes.length = 0;
        await page.close();
      }
    }

    const views = await firstViews(
      browser,
      { svg: site.url, maplibre: `${site.url}#map-engine=maplibre` },
      maplibreFiles,
    );
    for (const [engine, name] of [
      ['svg', 'SVG first (default)'],
      ['maplibre', 'MapLibre first (today)'],
    ] as const) {
      const v = views[engine];
      // Today's path is printed for comparison: the budgets are the SVG-first path's.
      const judged = engine === 'svg';
      rows.push([
        `(d) first view, ${name}: gzip before the map is visible`,
        `${(v.bytes / KB).toFixed(1)} KB${v.maplibreBefore ? ' (MapLibre included)' : ''}`,
        '≤ 250 KB',
        judged ? v.bytes <= 250 * KB && !v.maplibreBefore : null,
      ]);
      rows.push([
        `(d) first view, ${name}: navigation → map visible, 4× CPU throttling`,
        `${(v.visibleMs / 1000).toFixed(2)} s (median of ${FIRST_VIEW_LOADS} cold loads, ${v.rangeMs.map((ms) => (ms / 1000).toFixed(2)).join('–')})`,
        judged ? '≤ 1.5 s when MapLibre first took 3.3 s' : '—',
        // Judged by the ratio below: an absolute time follows the shared machine's speed.
        judged ? 'by ratio' : null,
      ]);
    }
    // The machine's speed drifts within a day (the MapLibre-first path took 2.5 to 4.5 s on
    // 1 Dec 2026); the two paths, loaded in turn, drift together, so the time budget (1.5 s
    // when the MapLibre-first path took 3.3 s) is judged as their ratio.
    const ratio = views.svg.visibleMs / views.maplibre.visibleMs;
    rows.push([
      '(d) first view, SVG first ÷ MapLibre first (same run, in turn)',
      ratio.toFixed(2),
      '≤ 1.5 ÷ 3.3 = 0.45',
      ratio <= 1.5 / 3.3,
    ]);
  } finally {
    await browser.close();
    await site.close();
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  const valueWidth = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n${'measure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  budget        result`);
  for (const [name, value, budget, pass] of rows) {
    console.log(
      `${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${budget.padEnd(12)}  ${pass === null ? '(comparison)' : pass === 'by ratio' ? '(see ratio)' : pass ? 'PASS' : 'FAIL'}`,
    );
  }
  process.exitCode = rows.every((r) => r[3] !== false) ? 0 : 1;
}

void main();
