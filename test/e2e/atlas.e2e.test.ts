// The atlas in real headless Chromium, built with Vite and served from a
// sub-path with a small synthetic dataset: opening, switching, drilling,
// search, keyboard-only use, URL restore, CSV download, languages, a phone
// viewport and an axe scan. Skipped with a message when Chromium is missing.

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAtlasSite, type AtlasSite } from '../../scripts/browser/atlas-site';
import {
  activeElement,
  eventCount,
  recordEvents,
  tabTo,
  waitForEvents,
  seriousAxeViolations,
} from '../../scripts/browser/atlas-page';
import {
  CHROMIUM_PATH,
  hasChromium,
  isNoise,
  launchChromium,
} from '../../scripts/browser/chromium';

if (!hasChromium)
  console.warn(
    `atlas e2e skipped: ${CHROMIUM_PATH} not found (apt-get install chromium fonts-noto-cjk)`,
  );

describe.skipIf(!hasChromium)('the atlas in Chromium', () => {
  let site: AtlasSite;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const failed: string[] = [];

  async function open(search = '', width = 1280): Promise<Page> {
    const p = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
    await recordEvents(p);
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => m.type() === 'error' && !isNoise(m.text()) && errors.push(m.text()));
    p.on('requestfailed', (r) => failed.push(r.url()));
    await p.goto(`${site.url}${search}`);
    await p.waitForSelector('edu-atlas h2');
    return p;
  }

  const search = (p: Page) => p.evaluate(() => location.search);

  beforeAll(async () => {
    site = await startAtlasSite({ scale: 0.02 });
    browser = await launchChromium();
    page = await open();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('opens with the national map, no console errors and no failed requests', async () => {
    await waitForEvents(page, 'edu-map-ready', 0);
    await waitForEvents(page, 'edu-map-redrawn', 0);
    await expect(page.locator('edu-atlas h1').textContent()).resolves.toContain('教育地图');
    await expect(page.locator('edu-atlas header .badge').textContent()).resolves.toContain(
      '合成数据',
    );
    await expect(page.locator('edu-map .notice').textContent()).resolves.toContain(
      '本图边界仅为示意',
    );
    expect(await page.locator('edu-unit-table tbody tr').count()).toBeGreaterThan(30);
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    expect(site.server.notFound).toEqual([]);
  });

  it('redraws the map when the metric and the year change', async () => {
    let redrawn = await eventCount(page, 'edu-map-redrawn');
    await page.selectOption('#metric', 'preschool_gross_enrollment');
    await waitForEvents(page, 'edu-map-redrawn', redrawn);
    expect(await search(page)).toBe('?metric=preschool_gross_enrollment');
    redrawn = await eventCount(page, 'edu-map-redrawn');
    await page.focus('#year');
    await page.keyboard.press('ArrowLeft');
    await waitForEvents(page, 'edu-map-redrawn', redrawn);
    expect(await search(page)).toMatch(/year=\d{4}/);
    await expect(page.locator('edu-atlas output.year-value').textContent()).resolves.toMatch(
      /\d{4}/,
    );
  });

  it('drills down from the ranked list, goes up with the breadcrumb, and back/forward restore', async () => {
    await page.locator('edu-unit-table tbody button', { hasText: '河南省' }).click();
    await page.waitForFunction(() => location.search.includes('region=410000'));
    await expect(page.locator('nav.crumbs [aria-current]').textContent()).resolves.toBe('河南省');
    await page.locator('edu-unit-table tbody button', { hasText: '鹤壁市' }).click();
    await page.waitForFunction(() => location.search.includes('region=410600'));
    await expect(
      page.locator('edu-unit-table tbody button', { hasText: '淇滨区' }).count(),
    ).resolves.toBe(1);
    await page.locator('nav.crumbs a', { hasText: '河南省' }).click();
    await page.waitForFunction(() => location.search.includes('region=410000'));
    await page.goBack();
    await page.waitForFunction(() => location.search.includes('region=410600'));
    await expect(page.locator('nav.crumbs [aria-current]').textContent()).resolves.toBe('鹤壁市');
    await page.goForward();
    await page.waitForFunction(() => location.search.includes('region=410000'));
    // Escape on the map goes up one level.
    await page.locator('edu-map .map').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('region='));
  });

  it('finds 淇滨区 by pinyin "qibin" and opens its profile', async () => {
    const input = page.locator('edu-search input');
    await input.fill('qibin');
    await expect(page.locator('edu-search [role=option]').first().textContent()).resolves.toContain(
      '淇滨区 · 鹤壁市',
    );
    await input.press('Enter');
    await page.waitForFunction(
      () => location.search.includes('region=410611') && location.search.includes('view=profile'),
    );
    await page.waitForSelector('edu-profile');
    await expect(page.locator('#tab-profile').getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('reaches a district profile with the keyboard only', async () => {
    const p = await open();
    await p.keyboard.press('Tab');
    expect((await activeElement(p)).text).toBe('跳到主要内容');
    await tabTo(p, '河南省');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => location.search.includes('region=410000'));
    await p.waitForSelector('edu-unit-table tbody button:has-text("鹤壁市")');
    await tabTo(p, '鹤壁市');
    await p.keyboard.press('Enter');
    await p.waitForSelector('edu-unit-table tbody button:has-text("淇滨区")');
    await tabTo(p, '淇滨区');
    await p.keyboard.press('Enter');
    await p.waitForFunction(
      () => location.search.includes('region=410611') && location.search.includes('view=profile'),
    );
    await p.waitForSelector('edu-profile');
    // The view tabs are one tab stop with arrow keys.
    await p.locator('#tab-profile').focus();
    await p.keyboard.press('ArrowLeft');
    await p.waitForFunction(() => location.search.includes('view=table'));
    expect((await activeElement(p)).id).toBe('tab-table');
    await p.close();
  });

  it('restores exactly the same view on reload', async () => {
    const p = await open(
      '?metric=class_multimedia_rate&year=2022&region=410600&view=table&lang=en',
    );
    const before = await p.locator('edu-atlas h2').textContent();
    const caption = await p.locator('edu-unit-table caption').textContent();
    await p.reload();
    await p.waitForSelector('edu-unit-table caption');
    expect(await p.locator('edu-atlas h2').textContent()).toBe(before);
    expect(await p.locator('edu-unit-table caption').textContent()).toBe(caption);
    expect(await p.locator('#tab-table').getAttribute('aria-selected')).toBe('true');
    expect(before).toContain('2022');
    await p.close();
  });

  it('shows a visible notice for invalid parameters instead of a blank page', async () => {
    const p = await open('?metric=nope&view=globe');
    await expect(p.locator('edu-atlas .notice').first().textContent()).resolves.toContain(
      'metric, view',
    );
    expect(await p.locator('edu-map').count()).toBe(1);
    await p.close();
  });

  it('downloads a CSV of exactly the rows shown, with BOM and data_status', async () => {
    const p = await open('?region=410600&view=table');
    await p.waitForSelector('edu-unit-table[full] tbody tr');
    await p.locator('edu-unit-table thead button', { hasText: '地区' }).click();
    const names = await p.locator('edu-unit-table tbody th').allTextContents();
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.locator('button.csv').click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[0]).toBe(
      'level,code,name,parent_code,year,metric,numerator,denominator,value,flags,data_status',
    );
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(names.map((n) => n.trim()));
    expect(lines.slice(1).every((l) => l.endsWith(',synthetic'))).toBe(true);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await p.close();
  });

  it('downloads the chart as SVG with the synthetic label burned in', async () => {
    const p = await open('?region=410000&view=chart');
    await p.waitForSelector('edu-ranking svg');
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: '下载 SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('合成数据');
    const [png] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: '下载 PNG' }).click(),
    ]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await p.close();
  });

  it('downloads the map view as SVG and PNG with its legend, notice and synthetic label', async () => {
    const p = await open('?region=410000');
    await waitForEvents(p, 'edu-map-ready', 0, 60_000);
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: '下载 SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^education-atlas-map-/);
    expect(svg).toContain('<path');
    expect(svg).toContain('合成数据');
    expect(svg).toContain('郑州');
    expect(svg).toContain('审图号');
    const [png] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: '下载 PNG' }).click(),
    ]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await p.close();
  });

  it('switches between 中文 and English everywhere', async () => {
    const p = await open('?region=410000');
    await p.getByRole('button', { name: 'English' }).click();
    await p.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await p.locator('edu-atlas h1').textContent()).toContain('Education Atlas');
    expect(await search(p)).toContain('lang=en');
    await expect(p.locator('edu-map .notice').textContent()).resolves.toContain('illustrative');
    // The metric note is punctuated in the reader's language too.
    const note = p.locator('edu-atlas section.about');
    await expect(note.locator('h3').textContent()).resolves.toMatch(/^How to read this: \S/);
    await expect(note.locator('dd .muted').textContent()).resolves.toMatch(/^\(.*\)$/);
    await p.getByRole('button', { name: '中文' }).click();
    await p.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await expect(note.locator('h3').textContent()).resolves.toMatch(/^如何解读：\S/);
    await expect(note.locator('dd .muted').textContent()).resolves.toMatch(/^（.*）$/);
    await p.close();
  });

  it('speaks English names in English: map labels, ranked list, chart, search and the map download', async () => {
    const p = await open('?region=410000&lang=en');
    await waitForEvents(p, 'edu-map-ready', 0, 60_000);
    await expect(p.locator('edu-atlas h2').textContent()).resolves.toContain('Henan');
    const listed = await p.locator('edu-unit-table tbody th').allTextContents();
    expect(listed.map((n) => n.trim())).toContain('Hebi');
    expect(listed.join('')).not.toMatch(/[\u4e00-\u9fff]/);
    await p.locator('edu-map .label', { hasText: 'Zhengzhou' }).first().waitFor();
    expect(await p.locator('edu-map .label', { hasText: '郑州' }).count()).toBe(0);
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('Zhengzhou');
    expect(svg).not.toContain('郑州');
    await p.fill('edu-search input', 'qibin district');
    await expect(p.locator('edu-search [role="option"]').first().textContent()).resolves.toContain(
      'Qibin District',
    );
    await p.close();
    const chart = await open('?region=410600&view=chart&lang=en');
    await chart.waitForSelector('edu-ranking svg');
    const bars = await chart
      .locator('edu-ranking')
      .evaluate((e) => e.shadowRoot?.textContent ?? '');
    expect(bars).toContain('Qibin District');
    expect(bars).toContain('Xun County');
    await chart.close();
  });

  it('has no horizontal scroll at 375 px in any main view', async () => {
    for (const view of [
      '',
      '?view=chart&region=410000',
      '?view=table&region=410600',
      '?view=chart&chart=compare&region=410600',
    ]) {
      const p = await open(view, 375);
      await p.waitForTimeout(500);
      const width = await p.evaluate(() => document.documentElement.scrollWidth);
      expect(width, view).toBeLessThanOrEqual(375);
      await p.close();
    }
  });

  it('passes an axe scan without serious or critical violations', async () => {
    for (const view of [
      '?region=410000',
      '?view=chart&region=410000',
      '?view=table&region=410600',
    ]) {
      const p = await open(view);
      await p.waitForTimeout(800);
      const violations = await seriousAxeViolations(p);
      expect(violations, view).toEqual([]);
      await p.close();
    }
  });

  it('opens a Share / Embed dialog with the link, iframe and script codes of the current view', async () => {
    const p = await open('?region=410000&view=chart');
    await p.locator('edu-atlas').locator('button.share').click();
    const dialog = p.locator('edu-share-dialog');
    await dialog.locator('dialog[open]').waitFor();
    const codes = await dialog
      .locator('textarea')
      .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(
      codes.some(
        (c) => c.includes('<iframe') && c.includes('embed/?') && c.includes('region=410000'),
      ),
    ).toBe(true);
    expect(codes.some((c) => c.includes('embed.js') && c.includes('<edu-chart'))).toBe(true);
    await p.keyboard.press('Escape');
    await dialog.locator('dialog:not([open])').waitFor({ state: 'attached' });
    await p.close();
  });

  it('gap tables add up: a prefecture’s places in the province table equal the sum of its counties’', async () => {
    const places = (text: string | null): number => Number((text ?? '').replace(/[^\d]/g, '') || 0);
    // A target between 鹤壁市's lowest and highest county, so that some counties fall short and
    // at least one has a surplus that netting would (wrongly) set against them.
    const first = await open('?region=410600&view=gap');
    await first.locator('edu-gap-table tbody tr').first().waitFor();
    const rates = (
      await first.locator('edu-gap-table tbody tr td:nth-of-type(1)').allTextContents()
    ).map((t) => Number.parseFloat(t));
    const target = ((Math.min(...rates) + Math.max(...rates)) / 2).toFixed(1);
    await first.close();

    const province = await open(`?region=410000&view=gap&target=${target}`);
    const table = province.locator('edu-gap-table');
    await table.locator('tr[data-code="410600"]').waitFor();
    await expect(table.locator('input[type="number"]').inputValue()).resolves.toBe(
      String(Number(target)),
    );
    const hebi = places(await table.locator('tr[data-code="410600"] td.needed').textContent());
    const [below, withData] = (
      (await table.locator('tr[data-code="410600"] td.counties').textContent()) ?? ''
    )
      .split('/')
      .map((n) => Number(n.trim()));
    expect(below).toBeGreaterThan(0);
    expect(below).toBeLessThan(withData);

    const prefecture = await open(`?region=410600&view=gap&target=${target}`);
    const rows = prefecture.locator('edu-gap-table tbody tr');
    await rows.first().waitFor();
    const counties = (await rows.locator('td.needed').allTextContents()).map(places);
    expect(hebi).toBeGreaterThan(0);
    expect(hebi).toBe(counties.reduce((a, b) => a + b, 0));
    expect(counties.filter((n) => n > 0)).toHaveLength(below);
    expect(await rows.count()).toBe(withData);
    await expect(prefecture.locator('edu-gap-table tfoot').textContent()).resolves.toContain(
      `共需${hebi}`,
    );

    // The county switch lists 鹤壁市's counties among the province's, named with their prefecture.
    await table.locator('button.county-switch').click();
    const qibin = table.locator('tr[data-code="410611"]');
    await qibin.waitFor();
    await expect(qibin.locator('th').textContent()).resolves.toContain('鹤壁市');
    await province.screenshot({ path: '/tmp/gap-province-counties.png', fullPage: true });
    await prefecture.screenshot({ path: '/tmp/gap-prefecture.png', fullPage: true });
    await province.close();
    await prefecture.close();
  });
});
