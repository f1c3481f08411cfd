// "Use your own data" in real Chromium, on the built site under its CSP: a
// bureau's files (鹤壁市, schools.csv in GB18030 with Chinese headers, and
// population.csv) dropped on the page are built in a worker on this device;
// the map shows that prefecture with the CLI's values; the site data zip holds
// the CLI's files; an invalid file lists the CLI's FILE:LINE:COLUMN problems
// and builds nothing, and "skip invalid rows" builds the rest with the CLI's
// rejected.csv; keep / forget; keyboard, axe and 375 px. During all of it the
// network carries only same-origin GETs of static files, never a body.
// Screenshots go to $OWN_DATA_SHOTS (default: a temp folder).

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAtlasSite, type AtlasSite } from '../../scripts/browser/atlas-site';
import {
  activeElement,
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
import {
  cliBuild,
  encodeGb18030,
  prefectureInputs,
  writeInputs,
  type CliBuild,
  type OwnInputs,
} from './own-data-files';

const WORKER = resolve(import.meta.dirname, '../../src/own-data/build-worker.ts');
const hasWorker = existsSync(WORKER);
if (!hasChromium) console.warn(`own-data e2e skipped: ${CHROMIUM_PATH} not found`);
if (!hasWorker)
  console.warn('own-data e2e skipped: src/own-data/build-worker.ts does not exist yet');

interface Request {
  url: string;
  method: string;
  body: boolean;
}

interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

/** Every file under `dir`, by path with '/' separators. */
function readTree(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[
      path
        .slice(dir.length + 1)
        .split('\\')
        .join('/')
    ] = new Uint8Array(readFileSync(path));
  }
  return files;
}

/** The FILE:LINE:COLUMN lines the CLI printed. */
function problemLinesOf(stderr: string): string[] {
  return stderr.split('\n').filter((line) => /^[\w.-]+:\d+:[^:\s]+: /.test(line));
}

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return {
    name: (download as Download).suggestedFilename(),
    bytes: new Uint8Array(readFileSync(await download.path())),
  };
}

describe.skipIf(!hasChromium || !hasWorker)('use your own data in Chromium', () => {
  let work: string;
  let site: AtlasSite;
  let browser: Browser;
  let inputs: OwnInputs;
  let bad: OwnInputs;
  let cliOk: string;
  let cliBad: CliBuild;
  let cliSkip: string;
  const errors: string[] = [];
  const shots = process.env.OWN_DATA_SHOTS ?? join(tmpdir(), 'edu-atlas-own-data-shots');

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'edu-atlas-own-'));
    inputs = prefectureInputs(work);
    cliOk = join(work, 'cli-ok');
    expect(cliBuild(inputs.dir, cliOk).status).toBe(0);
    // Two bad rows: a county code (line 6) and a year (line 10).
    const lines = new TextDecoder('gb18030').decode(inputs.schools).split('\n');
    lines[5] = lines[5].replace(/,4106\d\d,/, ',41069X,');
    lines[9] = lines[9].replace(/^\d{4},/, 'abcd,');
    bad = writeInputs(join(work, 'bad'), encodeGb18030(lines.join('\n')), inputs.population);
    cliBad = cliBuild(bad.dir, join(work, 'cli-bad'));
    expect(cliBad.status).not.toBe(0);
    cliSkip = join(work, 'cli-skip');
    expect(cliBuild(bad.dir, cliSkip, ['--skip-invalid']).status).toBe(0);
    site = await startAtlasSite();
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** The atlas on its published data, its map drawn; requests recorded from then on. */
  async function open(
    width = 1280,
  ): Promise<{ page: Page; requests: Request[]; sentFrom: number }> {
    const page = await browser.newPage({
      viewport: { width, height: width > 400 ? 900 : 800 },
      acceptDownloads: true,
    });
    await recordEvents(page);
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && !isNoise(m.text()) && errors.push(m.text()));
    await page.goto(site.url);
    await page.waitForSelector('edu-atlas h2');
    await waitForEvents(page, 'edu-map-redrawn', 0, 60_000);
    await page.waitForTimeout(300);
    const requests: Request[] = [];
    page.on('request', (r) =>
      requests.push({ url: r.url(), method: r.method(), body: r.postDataBuffer() !== null }),
    );
    return { page, requests, sentFrom: site.server.sent.length };
  }

  /** Only same-origin GETs without a body, and on the server only static files (no data/). */
  function expectOnlyStaticGets(requests: Request[], sentFrom: number): void {
    const origin = new URL(site.url).origin;
    const foreign = requests.filter(
      (r) =>
        r.method !== 'GET' ||
        r.body ||
        !(r.url.startsWith(`${origin}/`) || r.url.startsWith(`blob:${origin}/`)),
    );
    expect(foreign).toEqual([]);
    const served = site.server.sent.slice(sentFrom).map((s) => s.path);
    expect(served.filter((path) => !/^\/atlas\/(assets|boundaries)\//.test(path))).toEqual([]);
  }

  /** Drops files on the page the way a file manager does. */
  async function drop(page: Page, files: DroppedFile[]): Promise<void> {
    const payload = files.map((f) => ({
      name: f.name,
      base64: Buffer.from(f.bytes).toString('base64'),
    }));
    await page.evaluate((list) => {
      const transfer = new DataTransfer();
      for (const { name, base64 } of list) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], name, { type: 'text/csv' }));
      }
      const target = document.querySelector('edu-atlas') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(
          new DragEvent(type, {
            dataTransfer: transfer,
            bubbles: true,
            composed: true,
            cancelable: true,
          }),
        );
    }, payload);
  }

  const dialogOf = (page: Page): Locator => page.locator('edu-own-data-dialog');

  async function chooseFiles(page: Page, files: DroppedFile[]): Promise<void> {
    await page.locator('edu-atlas button.own-data').click();
    await dialogOf(page).locator('dialog[open]').waitFor();
    await dialogOf(page)
      .locator('#own-files')
      .setInputFiles(
        files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) })),
      );
  }

  async function build(page: Page, outcome: '.outcome.ok' | '.problems'): Promise<void> {
    await dialogOf(page).locator('button.primary').click();
    await dialogOf(page).locator(outcome).waitFor({ timeout: 90_000 });
  }

  const theFiles = (): DroppedFile[] => [
    { name: '鹤壁市学校基层表.csv', bytes: inputs.schools },
    { name: '人口.csv', bytes: inputs.population },
  ];

  it('builds dropped GB18030 files on this device: the map shows 鹤壁市 with the CLI’s values', async () => {
    const { page, requests, sentFrom } = await open();
    const redrawn = await page.evaluate(
      () => window.atlasEvents.filter((e) => e.type === 'edu-map-redrawn').length,
    );
    await drop(page, theFiles());
    const dialog = dialogOf(page);
    await dialog.locator('dialog[open]').waitFor();
    const roles = await dialog
      .locator('.files .placed')
      .evaluateAll((items) =>
        items.map((li) => [
          li.querySelector('.role')?.textContent,
          li.querySelector('.name')?.textContent,
        ]),
      );
    expect(roles).toEqual([
      ['学校（schools）', '鹤壁市学校基层表.csv'],
      ['人口（population）', '人口.csv'],
    ]);
    // Every progress line the dialog shows, as it shows them.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      const root = document.querySelector('edu-own-data-dialog')?.shadowRoot;
      const look = () => {
        const text = root?.querySelector('.progress-text')?.textContent?.trim();
        if (text && !seen.includes(text)) seen.push(text);
      };
      if (root)
        new MutationObserver(look).observe(root, {
          subtree: true,
          childList: true,
          characterData: true,
        });
    });
    await build(page, '.outcome.ok');
    const progress = await page.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    expect(
      progress.some((line) => /已读 \d+ 行 · 每秒 \d+ 行/.test(line)),
      progress.join('\n'),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.locator('dialog[open]').waitFor({ state: 'detached' });

    const atlas = page.locator('edu-atlas');
    await expect(atlas.locator('.badge.own').textContent()).resolves.toBe('你的数据 · 仅在本机');
    expect(await atlas.locator('.badge:not(.own)').count()).toBe(0);
    // A link or embed could only open the published data: no Share on the user's data.
    expect(await atlas.locator('button.share').count()).toBe(0);
    await waitForEvents(page, 'edu-map-redrawn', redrawn, 60_000);
    await expect(atlas.locator('nav.crumbs [aria-current]').textContent()).resolves.toBe('鹤壁市');
    // The map's values are the CLI's for the metric and year on screen.
    const shown = await atlas.locator('edu-map').evaluate((el) => {
      const map = el as unknown as {
        region: string;
        level: string;
        metric: { id: string };
        values: { code: string[]; value: (number | null)[] };
      };
      return { region: map.region, level: map.level, metric: map.metric.id, values: map.values };
    });
    const year = Number((await atlas.locator('output.year-value').textContent())?.trim());
    const expected = new Map<string, number | null>();
    for (const line of readFileSync(join(cliOk, 'aggregates.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)) {
      const [level, code, , parent, y, metric, , , value] = line.split(',');
      if (
        level === 'county' &&
        parent === '410600' &&
        Number(y) === year &&
        metric === shown.metric
      )
        expected.set(code, value === '' ? null : Number(value));
    }
    expect(shown.level).toBe('county');
    expect(expected.size).toBeGreaterThan(3);
    const onMap = new Map(shown.values.code.map((code, i) => [code, shown.values.value[i]]));
    // Published JSON carries values to 8 decimals; aggregates.csv in full.
    expect([...onMap.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [code, value] of expected) {
      const mapped = onMap.get(code);
      if (value === null) expect(mapped, code).toBeNull();
      else expect(Math.abs((mapped ?? NaN) - value), code).toBeLessThanOrEqual(5e-9);
    }
    await page.screenshot({ path: join(shots, 'own-data-map-1280.png') });

    // The site data folder: exactly the CLI's files, aggregates.csv byte for byte.
    await atlas.locator('button.own-data').click();
    const zip = await downloaded(page, () => dialog.locator('button.zip').click());
    expect(zip.name).toBe('education-atlas-data.zip');
    const zipped = unzipSync(zip.bytes);
    const cliFiles = readTree(cliOk);
    expect(Object.keys(zipped).sort()).toEqual(Object.keys(cliFiles).sort());
    expect(
      Buffer.from(zipped['aggregates.csv']).equals(Buffer.from(cliFiles['aggregates.csv'])),
    ).toBe(true);
    // The same build zips to the same bytes.
    const again = await downloaded(page, () => dialog.locator('button.zip').click());
    expect(Buffer.from(again.bytes).equals(Buffer.from(zip.bytes))).toBe(true);
    await page.keyboard.press('Escape');

    // The table's "all data" link gives the in-memory file (a Blob URL), not the site's.
    await atlas.locator('#tab-table').click();
    const link = atlas.locator('section.about a[download]');
    expect(await link.getAttribute('href')).toMatch(/^blob:/);
    const csv = await downloaded(page, () => link.click());
    expect(csv.name).toBe('education-atlas-aggregates.csv');
    expect(
      Buffer.from(csv.bytes).equals(
        Buffer.from(cliFiles['downloads/education-atlas-aggregates.csv']),
      ),
    ).toBe(true);

    // Links within the page keep the user's data: up the breadcrumb and back.
    await atlas.locator('nav.crumbs a').last().click();
    await expect(atlas.locator('nav.crumbs [aria-current]').textContent()).resolves.toBe(
      '河南省（仅部分）',
    );
    expect(await page.evaluate(() => location.search)).toContain('region=410000');
    await page.goBack();
    await expect(atlas.locator('nav.crumbs [aria-current]').textContent()).resolves.toBe('鹤壁市');
    await expect(atlas.locator('.badge.own').count()).resolves.toBe(1);

    expectOnlyStaticGets(requests, sentFrom);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('an invalid file lists the CLI’s problems and builds nothing; skip invalid builds the rest', async () => {
    const { page, requests, sentFrom } = await open();
    const dialog = dialogOf(page);
    await chooseFiles(page, [
      { name: 'schools.csv', bytes: bad.schools },
      { name: 'population.csv', bytes: bad.population },
    ]);
    await build(page, '.problems');
    const lines = await dialog.locator('.problem-lines li').allTextContents();
    expect(lines).toEqual(problemLinesOf(cliBad.stderr));
    expect(lines.length).toBe(2);
    expect(await dialog.locator('.more').count()).toBe(0);
    expect(await page.locator('edu-atlas .badge.own').count()).toBe(0);

    await dialog.locator('#own-skip').check();
    await build(page, '.outcome.ok');
    await expect(page.locator('edu-atlas .badge.own').count()).resolves.toBe(1);
    const rejected = await downloaded(page, () => dialog.locator('button.rejected').click());
    expect(rejected.name).toBe('rejected.csv');
    expect(Buffer.from(rejected.bytes).equals(readFileSync(join(bad.dir, 'rejected.csv')))).toBe(
      true,
    );
    const zip = unzipSync(
      (await downloaded(page, () => dialog.locator('button.zip').click())).bytes,
    );
    expect(
      Buffer.from(zip['aggregates.csv']).equals(readFileSync(join(cliSkip, 'aggregates.csv'))),
    ).toBe(true);

    expectOnlyStaticGets(requests, sentFrom);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('cancel stops a build: nothing is shown, and the published data stays', async () => {
    const { page } = await open();
    // The whole demo (157,286 school rows) takes long enough to be cancelled mid-way.
    const raw = join(work, 'demo-raw');
    await chooseFiles(page, [
      { name: 'schools.csv', bytes: new Uint8Array(readFileSync(join(raw, 'schools.csv'))) },
      { name: 'population.csv', bytes: new Uint8Array(readFileSync(join(raw, 'population.csv'))) },
    ]);
    const dialog = dialogOf(page);
    await dialog.locator('button.primary').click();
    await dialog.locator('progress').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog.locator('.outcome.error').textContent()).resolves.toContain(
      '已取消，没有生成任何数据。',
    );
    await page.waitForTimeout(500);
    expect(await page.locator('edu-atlas .badge.own').count()).toBe(0);
    expect(await page.locator('edu-atlas button.share').count()).toBe(1);
    await expect(page.locator('edu-atlas nav.crumbs [aria-current]').textContent()).resolves.toBe(
      '全国',
    );
    await page.close();
  }, 180_000);

  it('works by keyboard: focus stays in the dialog, Esc closes it and focus returns; axe finds nothing serious', async () => {
    const { page } = await open();
    await tabTo(page, '使用自己的数据');
    await page.keyboard.press('Enter');
    await dialogOf(page).locator('dialog[open]').waitFor();
    const inDialog = () =>
      page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'edu-own-data-dialog');
    expect(await inDialog()).toBe(true);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await inDialog(), `Tab ${i + 1}`).toBe(true);
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inDialog(), `Shift+Tab ${i + 1}`).toBe(true);
    }
    // Focus is visible: the focused control has an outline.
    const outline = await page.evaluate(() => {
      const el = document.querySelector('edu-own-data-dialog')?.shadowRoot?.activeElement;
      return el ? getComputedStyle(el).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
    await page.keyboard.press('Escape');
    await dialogOf(page).locator('dialog[open]').waitFor({ state: 'detached' });
    expect((await activeElement(page)).text).toBe('使用自己的数据');

    await chooseFiles(page, [...theFiles(), { name: 'notes.txt', bytes: new Uint8Array([65]) }]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await build(page, '.outcome.ok');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  }, 180_000);

  it('fits 375 px: the dialog and the atlas on the user’s data', async () => {
    const { page } = await open(375);
    await chooseFiles(page, [...theFiles(), { name: 'notes.txt', bytes: new Uint8Array([65]) }]);
    const dialogWidth = await dialogOf(page)
      .locator('dialog')
      .evaluate((d) => [d.getBoundingClientRect().width, d.scrollWidth]);
    expect(Math.max(...dialogWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(shots, 'own-data-dialog-375.png') });
    await build(page, '.outcome.ok');
    await page.screenshot({ path: join(shots, 'own-data-built-375.png') });
    await page.keyboard.press('Escape');
    await page.locator('edu-atlas .badge.own').waitFor();
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.screenshot({ path: join(shots, 'own-data-atlas-375.png') });
    // In English, the badge and the way back speak English, and still fit.
    await page.locator('edu-atlas header button[lang="en"]').click();
    await expect(page.locator('edu-atlas .badge.own').textContent()).resolves.toBe(
      'Your data · on this device only',
    );
    await expect(page.locator('edu-atlas button.own-return').textContent()).resolves.toContain(
      'Back to the published data',
    );
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.locator('edu-atlas button.own-data').click();
    // The dialog element stays in the page from its first (Chinese) opening:
    // wait until it has opened again in English before reading it.
    await dialogOf(page).locator('dialog[open][lang="en"]').waitFor();
    await expect(dialogOf(page).locator('h2').textContent()).resolves.toBe('Use your own data');
    await page.screenshot({ path: join(shots, 'own-data-dialog-en-375.png') });
    await page.close();
  }, 180_000);

  it('keeps the data in this browser only when asked, restores it with the badge, and forgets it in one click', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForSelector('edu-atlas h2');
    await chooseFiles(page, theFiles());
    await build(page, '.outcome.ok');
    // Nothing is stored until asked.
    expect(
      await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)),
    ).toEqual([]);
    await dialogOf(page).locator('button.keep').click();
    await dialogOf(page).locator('button.forget').waitFor();
    // Every region the breadcrumb names while the page reloads: the published nation must not
    // show before the kept build is read back.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as Window & { crumbsSeen?: string[] }).crumbsSeen = seen;
      const look = () => {
        const text = document
          .querySelector('edu-atlas')
          ?.shadowRoot?.querySelector('nav.crumbs [aria-current]')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
        requestAnimationFrame(look);
      };
      look();
    });
    await page.reload();
    await page.locator('edu-atlas .badge.own').waitFor({ timeout: 30_000 });
    expect(
      await page.evaluate(() => (window as Window & { crumbsSeen?: string[] }).crumbsSeen),
    ).toEqual(['鹤壁市']);
    await expect(page.locator('edu-atlas nav.crumbs [aria-current]').textContent()).resolves.toBe(
      '鹤壁市',
    );
    await page.locator('edu-atlas button.own-forget').click();
    await page.locator('edu-atlas button.own-forget').waitFor({ state: 'detached' });
    expect(
      await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)),
    ).toEqual([]);
    // Back to the published data: the synthetic label again, and the nation.
    await page.locator('edu-atlas button.own-return').click();
    await page.locator('edu-atlas .badge.own').waitFor({ state: 'detached' });
    await expect(page.locator('edu-atlas nav.crumbs [aria-current]').textContent()).resolves.toBe(
      '全国',
    );
    await page.reload();
    await page.waitForSelector('edu-atlas h2');
    await page.waitForTimeout(500);
    expect(await page.locator('edu-atlas .badge.own').count()).toBe(0);
    await context.close();
  }, 180_000);
});
