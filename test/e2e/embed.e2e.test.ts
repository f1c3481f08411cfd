// Embeds on a host page of another origin, in headless Chromium: the site is
// built with Vite and served on 127.0.0.1 (with public/_headers); a news page
// on 127.0.0.2 sends the strict CSP of the issue and holds a script chart, a
// script map and an iframe. Everything must render, the iframe must take its
// content's height at 320 and 1200 px, a resize message from elsewhere must be
// ignored, no CSP violation may be reported, and embeds share data requests.

import { existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShareHarness, buildSite } from '../../scripts/embeds/build-site';
import {
  hostPage,
  lateResizePage,
  manyEmbedsPage,
  problemsPage,
  rankingOnlyPage,
  strictCsp,
} from '../../scripts/embeds/host-page';
import { serveHost, serveSite, type RunningServer } from '../../scripts/embeds/serve';
import { buildTestData, ROOT } from '../embed/test-data';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/browser/map-serve';
import { embedFrameUrl } from '../../src/embed/links';
import { paramsOfQuery, parseView } from '../../src/view/codec';
import { EMBED_DEFAULT_VIEW, type ViewSpec } from '../../src/view/spec';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`embed e2e skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

const SHOTS = join(ROOT, 'test-results', 'embed');

let browser: Browser;
let site: RunningServer;
let host: RunningServer;
let dist = '';

interface Watched {
  page: Page;
  violations: string[];
  errors: string[];
}

async function open(path: string, width: number): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const violations: string[] = [];
  const errors: string[] = [];
  // In every frame (the iframe too): report CSP violations through the console.
  // In every frame (the iframe too): collect CSP violations (an out-of-process
  // iframe's console does not reach the page's console event, so they are read
  // back from each frame by violationsIn()).
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.violatedDirective} ${e.blockedURI} at ${location.origin}`);
      console.warn(`CSP-VIOLATION ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.text().startsWith('CSP-VIOLATION')) violations.push(m.text());
    else if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${host.origin}${path}`);
  return { page, violations, errors };
}

/** CSP violations recorded in every frame of the page. */
async function violationsIn(page: Page): Promise<string[]> {
  const lists = await Promise.all(
    page
      .frames()
      .map((f) =>
        f
          .evaluate(
            () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
          )
          .catch(() => []),
      ),
  );
  return lists.flat();
}

/** Bars (or dots, for close values) drawn by the ranking inside an embed element (script or iframe). */
function rankingBars(scope: Page | Frame, selector: string): Promise<number> {
  return scope.evaluate((sel) => {
    const embed = document.querySelector(sel);
    const ranking = embed?.shadowRoot?.querySelector('edu-ranking');
    return ranking?.shadowRoot?.querySelectorAll('rect.bar, circle.dot').length ?? 0;
  }, selector);
}

async function waitForBars(scope: Page | Frame, selector: string): Promise<void> {
  await scope.waitForFunction(
    (sel) =>
      (document
        .querySelector(sel)
        ?.shadowRoot?.querySelector('edu-ranking')
        ?.shadowRoot?.querySelectorAll('rect.bar, circle.dot').length ?? 0) > 5,
    selector,
    { timeout: 20_000 },
  );
}

async function atlasFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#iframe-chart iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no iframe content');
  return frame;
}

async function frameHeights(page: Page): Promise<{ iframe: number; content: number }> {
  const frame = await atlasFrame(page);
  // As a reader scrolls to it (off-screen iframes have their rendering paused).
  await page.locator('#iframe-chart iframe').scrollIntoViewIfNeeded();
  await waitForBars(frame, 'edu-chart');
  // The frame's content can still change height (its map arriving) after a first
  // resize: read both sides again until they agree, for at most 10 s.
  const contentHeight = () =>
    frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const iframeHeight = () =>
    page.evaluate(
      () =>
        (
          document.querySelector('#iframe-chart iframe') as HTMLIFrameElement
        ).getBoundingClientRect().height,
    );
  let content = await contentHeight();
  let iframe = await iframeHeight();
  for (const until = Date.now() + 10_000; Math.abs(iframe - content) > 1 && Date.now() < until;) {
    await page.waitForTimeout(100);
    [content, iframe] = [await contentHeight(), await iframeHeight()];
  }
  return { iframe, content };
}

describe.skipIf(!hasChromium)('embeds on a foreign host page under a strict CSP', () => {
  beforeAll(async () => {
    const data = buildTestData();
    dist = mkdtempSync(join(tmpdir(), 'edu-embed-site-'));
    await buildSite(dist);
    await buildShareHarness(dist);
    site = await serveSite({
      dist,
      data,
      headersFile: join(ROOT, 'public/_headers'),
      host: '127.0.0.1',
    });
    host = await serveHost(
      {
        '/': hostPage(site.origin),
        '/many': manyEmbedsPage(site.origin),
        '/problems': problemsPage(site.origin),
        '/ranking': rankingOnlyPage(site.origin),
        '/late': lateResizePage(site.origin),
      },
      strictCsp(site.origin),
      '127.0.0.2',
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
  });

  for (const width of [320, 1200]) {
    it(`script chart, script map and iframe all render at ${width} px, iframe sized to its content`, async () => {
      const { page, violations, errors } = await open('/', width);
      await waitForBars(page, 'edu-chart');
      expect(await rankingBars(page, 'edu-chart')).toBeGreaterThanOrEqual(31);
      await page.waitForFunction(
        () => {
          const map = document.querySelector('edu-embed-map')?.shadowRoot?.querySelector('edu-map');
          return (
            !!map?.shadowRoot?.querySelector('canvas') && !map.shadowRoot.querySelector('.status')
          );
        },
        undefined,
        { timeout: 30_000 },
      );
      const { iframe, content } = await frameHeights(page);
      expect(Math.abs(iframe - content)).toBeLessThanOrEqual(1);
      expect(content).toBeGreaterThan(300);
      // Fits the column: no sideways scrolling of the article.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, `host-${width}.png`), fullPage: true });
      expect(violations).toEqual([]);
      expect(await violationsIn(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('sizes a frame that reported its height before embed-resize.js ran', async () => {
    const { page, violations, errors } = await open('/late', 800);
    const frame = await atlasFrame(page);
    await waitForBars(frame, 'edu-chart');
    const snippetHeight = await page.evaluate(
      () =>
        (
          document.querySelector('#iframe-chart iframe') as HTMLIFrameElement
        ).getBoundingClientRect().height,
    );
    // The snippet's 520 px: nobody listened to the frame's report.
    expect(snippetHeight).toBe(520);
    // The script as a CMS may add it, after the frame has drawn.
    await page.addScriptTag({ url: `${site.origin}/embed-resize.js` });
    const { iframe, content } = await frameHeights(page);
    expect(content).not.toBe(520);
    expect(Math.abs(iframe - content)).toBeLessThanOrEqual(1);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores a resize message from another origin or window', async () => {
    const { page, violations } = await open('/', 800);
    const { iframe: before } = await frameHeights(page);
    await page.evaluate(() => {
      const id = (document.querySelector('#iframe-chart iframe') as HTMLIFrameElement).id;
      window.postMessage({ type: 'edu-atlas:resize', id, height: 7 }, '*');
    });
    await page.waitForTimeout(400);
    const after = await page.evaluate(
      () =>
        (
          document.querySelector('#iframe-chart iframe') as HTMLIFrameElement
        ).getBoundingClientRect().height,
    );
    expect(after).toBe(before);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('several embeds share one copy of the code and of each data file; no map code without a map', async () => {
    const start = site.requests.length;
    const { page, violations } = await open('/many', 1000);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('edu-chart')].every((el) => {
          const chart = el.shadowRoot?.querySelector('edu-ranking, edu-trend');
          return !!chart?.shadowRoot?.querySelector('svg');
        }),
      undefined,
      { timeout: 20_000 },
    );
    const requests = site.requests.slice(start);
    const counts = new Map<string, number>();
    for (const r of requests) counts.set(r, (counts.get(r) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    expect(counts.get('/data/v1/index.json')).toBe(1);
    expect(requests.filter((r) => r.startsWith('/data/v1/values/'))).toHaveLength(1);
    const big = requests.filter(
      (r) => r.startsWith('/assets/') && statSync(join(dist, r)).size > 300_000,
    );
    expect(big, 'maplibre-gl must not load without a map').toEqual([]);
    expect(requests.some((r) => r.includes('maplibre-gl-worker'))).toBe(false);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('wrong attributes show inline messages, never a blank box', async () => {
    const { page } = await open('/problems', 900);
    const texts = await page.waitForFunction(
      () => {
        const ids = ['bad-metric', 'bad-year', 'bad-code', 'bad-type'];
        const out = ids.map(
          (id) =>
            document.getElementById(id)?.shadowRoot?.querySelector('[role="alert"]')?.textContent ??
            '',
        );
        return out.every(Boolean) ? out : null;
      },
      undefined,
      { timeout: 20_000 },
    );
    const [metric, year, code, type] = (await texts.jsonValue()) as string[];
    expect(metric).toContain('未知的指标（metric）：“no_such_metric”');
    expect(year).toContain('No data for year "1999"');
    expect(code).toContain('999999');
    expect(type).toContain('Unknown chart type (type): "pie"');
    await page.screenshot({ path: join(SHOTS, 'problems.png'), fullPage: true });
    await page.close();
  });

  it('every embed links back to the same view in the atlas: metric, region, year, chart and selection', async () => {
    const views: ViewSpec[] = [
      { ...EMBED_DEFAULT_VIEW, metric: 'class_multimedia_rate', region: '410000', year: 2023 },
      {
        ...EMBED_DEFAULT_VIEW,
        chart: 'trend',
        metric: 'preschool_gross_enrollment',
        select: ['410000', '420000'],
      },
      {
        ...EMBED_DEFAULT_VIEW,
        chart: 'scatter',
        metric: 'inclusive_kindergarten_coverage',
        xMetric: 'class_multimedia_rate',
        region: '410000',
        lang: 'en',
      },
      { ...EMBED_DEFAULT_VIEW, chart: 'compare', select: ['410000', '420000', '430000'] },
      { ...EMBED_DEFAULT_VIEW, chart: 'change', region: '410000', from: 2021 },
      { ...EMBED_DEFAULT_VIEW, view: 'map', region: '410000' },
    ];
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    for (const view of views) {
      await page.goto(embedFrameUrl(`${site.origin}/`, view, 'back'));
      const back = page.locator('edu-chart a.back');
      await back.waitFor({ timeout: 30_000 });
      const href = (await back.getAttribute('href')) ?? '';
      await page.goto(href);
      await page.waitForSelector('edu-atlas h2');
      // The atlas keeps the link as it came (a view it could not read would be rewritten).
      const opened = await page.evaluate(() => location.search);
      const shown = parseView(paramsOfQuery(opened)).spec;
      const figure = view.view === 'map' ? 'map' : view.chart;
      expect({ ...shown, theme: view.theme }, `${figure}: ${href}`).toMatchObject({
        metric: view.metric,
        region: view.region,
        view: view.view,
        select: view.select,
        lang: view.lang,
        ...(view.view === 'chart' ? { chart: view.chart } : {}),
        ...(view.chart === 'scatter' ? { xMetric: view.xMetric } : {}),
        ...(view.chart === 'change' ? { from: view.from } : {}),
      });
      // The embed showed a year (the latest when none was given); the atlas opens on it.
      expect(shown.year, figure).not.toBeNull();
      if (view.year !== null) expect(shown.year).toBe(view.year);
      expect(await page.locator('edu-atlas div.notice[role="status"]').count(), figure).toBe(0);
    }
    await page.close();
  });

  it('the share dialog offers link, iframe, script and image code, copies, and previews the iframe', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${site.origin}/share/embed-share-harness.html?chart=ranking`);
    const dialog = page.locator('edu-share-dialog dialog[open]');
    await dialog.waitFor();
    const codes = await page
      .locator('edu-share-dialog textarea')
      .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(codes).toHaveLength(4);
    expect(codes[0]).toBe(
      `${site.origin}/?metric=preschool_gross_enrollment&region=410000&view=chart`,
    );
    expect(codes[1]).toContain(`src="${site.origin}/embed/?metric=preschool_gross_enrollment`);
    expect(codes[1]).toContain(`<script src="${site.origin}/embed-resize.js" async></script>`);
    expect(codes[2]).toContain('<edu-chart metric="preschool_gross_enrollment" region="410000">');
    expect(codes[3]).toContain(
      `${site.origin}/embed/preschool_gross_enrollment/410000/ranking/figure.png`,
    );
    // No clipboard permission in headless Chromium: the text is selected instead.
    await page.locator('edu-share-dialog .row button').nth(2).click();
    await expect
      .poll(() => page.locator('edu-share-dialog .status').nth(2).textContent())
      .toMatch(/已复制|已选中/);
    const preview = page.locator('edu-share-dialog iframe');
    const frame = await (await preview.elementHandle())?.contentFrame();
    if (!frame) throw new Error('no preview frame');
    await waitForBars(frame, 'edu-chart');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'share-dialog.png') });
    const scatter = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await scatter.goto(`${site.origin}/share/embed-share-harness.html?chart=scatter&lang=en`);
    await scatter.locator('edu-share-dialog dialog[open]').waitFor();
    expect(await scatter.locator('edu-share-dialog textarea').count()).toBe(3);
    expect(await scatter.locator('edu-share-dialog .note').textContent()).toContain(
      'Static images exist',
    );
    await page.close();
    await scatter.close();
  });
});
