// A site built from one prefecture's returns (the synthetic demo cut to
// 鹤壁市's codes, 4106xx) in real Chromium: it opens at 鹤壁市 with a title
// that follows the scope, 河南省 is shown as partial and is in no ranking,
// and provinces outside the data are context, not "no data" rows.
// Screenshots at 1280 and 375 px go to $SCOPE_SHOTS (default: a temp folder).

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAtlasSite, type AtlasSite } from '../../scripts/browser/atlas-site';
import { recordEvents, waitForEvents } from '../../scripts/browser/atlas-page';
import {
  CHROMIUM_PATH,
  hasChromium,
  isNoise,
  launchChromium,
} from '../../scripts/browser/chromium';
import { buildPrefectureData } from './prefecture-site';

if (!hasChromium) console.warn(`scope e2e skipped: ${CHROMIUM_PATH} not found`);

describe.skipIf(!hasChromium)('a prefecture-scoped atlas in Chromium', () => {
  let work: string;
  let site: AtlasSite;
  let browser: Browser;
  const errors: string[] = [];
  const shots = process.env.SCOPE_SHOTS ?? join(tmpdir(), 'edu-atlas-scope-shots');

  async function open(search = '', width = 1280): Promise<Page> {
    const p = await browser.newPage({ viewport: { width, height: width > 400 ? 900 : 800 } });
    await recordEvents(p);
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => m.type() === 'error' && !isNoise(m.text()) && errors.push(m.text()));
    await p.goto(`${site.url}${search}`);
    await p.waitForSelector('edu-atlas h2');
    return p;
  }

  const rowNames = (p: Page) =>
    p
      .locator('edu-unit-table tbody th')
      .evaluateAll((cells) => cells.map((c) => (c.textContent ?? '').trim()));

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'edu-atlas-scope-'));
    // No site.json and no title: the title follows the scope; publisher and contact by flags.
    const data = buildPrefectureData(work, {
      buildArgs: ['--publisher', '示例发布单位', '--contact', 'atlas@example.org'],
    });
    site = await startAtlasSite({ dataDir: data });
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('opens at 鹤壁市 with a title that follows the scope', async () => {
    const p = await open();
    await waitForEvents(p, 'edu-map-redrawn', 0, 60_000);
    expect(await p.evaluate(() => location.search)).toBe('');
    await expect(p.locator('edu-atlas h1').textContent()).resolves.toMatch(
      /^\s*鹤壁市教育地图\s*区县教育指标\s*$/,
    );
    expect(await p.title()).toContain('鹤壁市 · 2024 — 鹤壁市教育地图');
    expect(await p.locator('meta[property="og:title"]').getAttribute('content')).toContain(
      '鹤壁市教育地图',
    );
    await expect(p.locator('nav.crumbs [aria-current]').textContent()).resolves.toBe('鹤壁市');
    // Its province covers only 鹤壁: the breadcrumb says so.
    await expect(p.locator('nav.crumbs a').allTextContents()).resolves.toEqual([
      '全国（仅部分）',
      '河南省（仅部分）',
    ]);
    expect(await rowNames(p)).toEqual(
      expect.arrayContaining(['鹤山区', '山城区', '淇滨区', '浚县', '淇县']),
    );
    await expect(p.locator('edu-atlas footer').textContent()).resolves.toMatch(
      /发布：示例发布单位\s*·\s*联系：atlas@example\.org/,
    );
    await p.screenshot({ path: join(shots, 'scope-open-1280.png'), fullPage: true });
    await p.close();
  });

  it('shows 河南省 as partial at the national level, unranked, and no other province', async () => {
    const p = await open('?region=000000');
    await waitForEvents(p, 'edu-map-redrawn', 0, 60_000);
    expect(await rowNames(p)).toEqual(['河南省']);
    const row = p.locator('edu-unit-table tbody tr').first();
    await expect(row.locator('td').first().textContent()).resolves.toBe('—');
    await expect(row.locator('td.flag').textContent()).resolves.toContain(
      '数据覆盖18个地级单位中的1个',
    );
    const legend = await p.locator('edu-map .legend li').allTextContents();
    expect(legend.join('|')).toMatch(/仅部分覆盖（不分级）\s*1个地区/);
    // 30 provinces beyond the scope, and 台湾、香港、澳门.
    expect(legend.join('|')).toMatch(/不在数据范围内\s*33个地区/);
    await p.screenshot({ path: join(shots, 'scope-nation-1280.png'), fullPage: true });
    await p.close();
  });

  it('keeps 河南省 out of every ranking and labels its line as partial', async () => {
    const nation = await open('?region=000000&view=chart');
    await nation.waitForSelector('edu-ranking svg');
    const names = await nation
      .locator('edu-ranking svg text')
      .evaluateAll((texts) => texts.map((t) => t.textContent ?? ''));
    expect(names).not.toContain('河南省');
    await nation.close();
    const henan = await open('?region=410000&view=chart');
    await henan.waitForSelector('edu-ranking svg');
    const labels = await henan
      .locator('edu-ranking svg text')
      .evaluateAll((texts) => texts.map((t) => t.textContent ?? ''));
    expect(labels).toContain('鹤壁市');
    // The image's source line names the site and its publisher.
    expect(labels.some((t) => t.includes('鹤壁市教育地图 · 示例发布单位'))).toBe(true);
    expect(labels.some((t) => t.startsWith('河南省（仅部分）'))).toBe(true);
    // No national line: a figure from one prefecture is no national yardstick.
    expect(labels.some((t) => t.startsWith('全国'))).toBe(false);
    await henan.screenshot({ path: join(shots, 'scope-ranking-1280.png'), fullPage: true });
    await henan.close();
  });

  it('keeps a region the address names, and says which parameters were invalid', async () => {
    const p = await open('?metric=nope&region=000000');
    await expect(p.locator('edu-atlas .notice').first().textContent()).resolves.toContain('metric');
    await expect(p.locator('nav.crumbs [aria-current]').textContent()).resolves.toBe(
      '全国（仅部分）',
    );
    expect(await p.evaluate(() => location.search)).toBe('?region=000000');
    await p.close();
  });

  it('reads well in English and on a phone', async () => {
    const en = await open('?lang=en');
    await expect(en.locator('edu-atlas h1').textContent()).resolves.toMatch(
      /Hebi Education Atlas\s*district indicators/,
    );
    await en.close();
    const phone = await open('?region=000000', 375);
    await waitForEvents(phone, 'edu-map-redrawn', 0, 60_000);
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: join(shots, 'scope-nation-375.png'), fullPage: true });
    await phone.close();
    expect(errors).toEqual([]);
  });
});
