// The atlas page and its iframe embeds against hostile neighbours, in headless
// Chromium, on one build of the site (scripts/browser/atlas-site.ts serves it with
// the headers of public/_headers):
// - embed-resize.js on a news page (127.0.0.2) that holds the atlas's iframe
//   and an "ad" frame from a third origin (127.0.0.3) posting resize messages
//   of the right shape: the ad keeps its height, the atlas frame takes its
//   content's height;
// - the atlas page under exactly the Content-Security-Policy that ships:
//   walking the map, a metric, a chart (and its PNG), a profile and the share
//   dialog (which frames /embed/) reports no violation in any frame, and other
//   sites cannot frame the page.

import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/embeds/headers-file';
import { FRAME } from '../../scripts/embeds/host-page';
import { serveHost, type RunningServer } from '../../scripts/embeds/serve';
import { iframeSnippet } from '../../src/embed/snippets';
import { eventCount, recordEvents, waitForEvents } from '../../scripts/browser/atlas-page';
import { HEADERS_FILE, startAtlasSite, type AtlasSite } from '../../scripts/browser/atlas-site';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../../scripts/browser/chromium';

if (!hasChromium) console.warn(`page security e2e skipped: ${CHROMIUM_PATH} not found`);

const AD_HEIGHT = 250;

/** An ad frame that tries, every 100 ms, to grow itself (and the atlas frame) to 20,000 px. */
function adPage(atlasFrameId: string): string {
  return `<!doctype html><meta charset="utf-8"><title>ad</title><body>ad<script>
setInterval(() => {
  for (const id of ['ad', ${JSON.stringify(atlasFrameId)}])
    parent.postMessage({ type: 'edu-atlas:resize', id, height: 20000 }, '*');
}, 100);
</script>`;
}

function hostPage(atlasSnippet: string, adUrl: string): string {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>host</title>
<link rel="icon" href="data:,"><body style="margin:0">
<iframe id="ad" src="${adUrl}" title="ad" style="width:300px;height:${AD_HEIGHT}px;border:0"></iframe>
${atlasSnippet}
</body></html>`;
}

/** Records CSP violations in every frame (window.__cspViolations) and on the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const fromConsole: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) fromConsole.push(m.text());
  });
  return fromConsole;
}

async function violationsIn(page: Page): Promise<string[]> {
  const lists = await Promise.all(
    page
      .frames()
      .map((f) =>
        f
          .evaluate(
            () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
          )
          .catch(() => [`(frame ${f.url()} not readable)`]),
      ),
  );
  return lists.flat();
}

function frameHeight(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (sel) => (document.querySelector(sel) as HTMLIFrameElement).getBoundingClientRect().height,
    selector,
  );
}

async function rankingBars(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () =>
      (document
        .querySelector('edu-chart')
        ?.shadowRoot?.querySelector('edu-ranking')
        ?.shadowRoot?.querySelectorAll('rect.bar, circle.dot').length ?? 0) > 5,
    undefined,
    { timeout: 20_000 },
  );
}

describe.skipIf(!hasChromium)('the atlas page and its embeds among hostile neighbours', () => {
  let site: AtlasSite;
  let host: RunningServer;
  let ads: RunningServer;
  let browser: Browser;
  const atlasSnippet = () => iframeSnippet(site.url, FRAME).replace(' loading="lazy"', '');
  const atlasFrameId = () => /<iframe id="([^"]+)"/.exec(atlasSnippet())?.[1] ?? '';

  beforeAll(async () => {
    site = await startAtlasSite({ scale: 0.02 });
    // The ad's origin: a third loopback address, neither the host's nor the atlas's.
    ads = await serveHost({ '/ad': adPage(atlasFrameId()) }, null, '127.0.0.3');
    host = await serveHost(
      {
        '/article': hostPage(atlasSnippet(), `${ads.origin}/ad`),
        '/framed': `<!doctype html><title>framing</title>
<iframe id="atlas" src="${site.url}"></iframe><iframe id="embed" src="${site.url}embed/?metric=preschool_gross_enrollment"></iframe>`,
      },
      null,
      '127.0.0.2',
    );
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await ads?.close();
    await site?.close();
  });

  it('embed-resize.js ignores a foreign frame posting resize messages; the atlas frame fits its content', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.addInitScript(() => {
      // Counts the ad's messages as they reach the host page (after embed-resize.js could act).
      const seen = { ad: 0 };
      Object.assign(window, { __adMessages: seen });
      window.addEventListener('message', (e) => {
        if (e.origin.startsWith('http://127.0.0.3')) seen.ad++;
      });
    });
    await page.goto(`${host.origin}/article`);
    const atlasSelector = `iframe#${atlasFrameId()}`;
    const handle = await page.waitForSelector(atlasSelector);
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no atlas frame content');
    await rankingBars(frame);
    const content = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    // The atlas frame takes its content's height (not the snippet's 520 px)…
    await page.waitForFunction(
      ([sel, h]) =>
        Math.abs(
          (document.querySelector(String(sel)) as HTMLIFrameElement).getBoundingClientRect()
            .height - Number(h),
        ) <= 1,
      [atlasSelector, content] as const,
      { timeout: 10_000 },
    );
    expect(content).not.toBe(520);
    // …while the ad has had many chances to grow itself or the atlas frame.
    await page.waitForFunction(
      () => (window as unknown as { __adMessages: { ad: number } }).__adMessages.ad >= 20,
      undefined,
      { timeout: 10_000 },
    );
    expect(await frameHeight(page, 'iframe#ad')).toBe(AD_HEIGHT);
    expect(Math.abs((await frameHeight(page, atlasSelector)) - content)).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('sends the atlas page the CSP of public/_headers: no inline script, no eval, not framed elsewhere', async () => {
    const expected = headersFor(parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8')), '/')[
      'Content-Security-Policy'
    ];
    expect(expected).toBeTruthy();
    const page = await browser.newPage();
    const response = await page.goto(site.url);
    const sent = response?.headers()['content-security-policy'] ?? '';
    expect(sent).toBe(expected);
    const directives = new Map(
      sent.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'self'"]);
    expect(sent).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*/);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    await page.close();
    // Another site may frame /embed/ but not the atlas page.
    const framing = await browser.newPage();
    await framing.goto(`${host.origin}/framed`);
    const embed = await (await framing.waitForSelector('iframe#embed')).contentFrame();
    await embed?.waitForSelector('edu-chart');
    const atlas = await (await framing.waitForSelector('iframe#atlas')).contentFrame();
    expect(embed?.url()).toContain(`${site.url}embed/`);
    expect(atlas?.url()).not.toContain(site.url);
    await framing.close();
  });

  it('walks map, metric, chart, profile and share dialog under that CSP with zero violations', async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const fromConsole = await watchViolations(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await recordEvents(page);
    await page.goto(site.url);
    await waitForEvents(page, 'edu-map-ready', 0, 30_000);
    await waitForEvents(page, 'edu-map-redrawn', 0);
    // A metric, then a province from the ranked list (the map redraws each time).
    let redrawn = await eventCount(page, 'edu-map-redrawn');
    await page.selectOption('#metric', 'preschool_gross_enrollment');
    await waitForEvents(page, 'edu-map-redrawn', redrawn);
    redrawn = await eventCount(page, 'edu-map-redrawn');
    await page.locator('edu-unit-table tbody button', { hasText: '河南省' }).click();
    await page.waitForFunction(() => location.search.includes('region=410000'));
    await waitForEvents(page, 'edu-map-redrawn', redrawn);
    // The chart view, and its PNG (an SVG drawn on a canvas through a blob: URL).
    await page.locator('#tab-chart').click();
    await page.waitForSelector('edu-ranking svg');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    // The share dialog, whose preview frames /embed/ from the same origin.
    await page.locator('edu-atlas').locator('button.share').click();
    await page.locator('edu-share-dialog dialog[open]').waitFor();
    const preview = await page.locator('edu-share-dialog iframe').elementHandle();
    const frame = await preview?.contentFrame();
    if (!frame) throw new Error('no preview frame');
    await rankingBars(frame);
    // Read while the preview frame exists (its violations live in its window).
    expect(await violationsIn(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('edu-share-dialog dialog:not([open])').waitFor({ state: 'attached' });
    // A district's profile through the search box.
    const search = page.locator('edu-search input');
    await search.fill('qibin');
    await page.locator('edu-search [role=option]', { hasText: '淇滨区' }).first().waitFor();
    await search.press('Enter');
    await page.waitForFunction(() => location.search.includes('region=410611'));
    await page.locator('#tab-profile').click();
    await page.waitForSelector('edu-profile');
    await page.waitForTimeout(300);
    expect(await violationsIn(page)).toEqual([]);
    expect(fromConsole).toEqual([]);
    expect(errors).toEqual([]);
    expect(site.server.notFound).toEqual([]);
    // The watch itself works: an inline script is refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect
      .poll(() => violationsIn(page))
      .toContainEqual(expect.stringMatching(/^script-src/));
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    await page.close();
  });
});
