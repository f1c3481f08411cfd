// The published site as a host would serve it: `npm run build`'s dist/ (with
// its data copied in, as `vite build` copies public/data) served by Vite's own
// static preview server under a sub-path (`vite preview --base /atlas/`), then
// opened in Chromium. Every request must succeed, from the sub-path.

import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildTestData } from '../../scripts/browser/atlas-site';
import { recordEvents, waitForEvents } from '../../scripts/browser/atlas-page';
import { hasChromium, isNoise, launchChromium } from '../../scripts/browser/chromium';

const ROOT = resolve(import.meta.dirname, '../..');

describe.skipIf(!hasChromium)('dist/ under a sub-path with vite preview', () => {
  let server: PreviewServer;
  let browser: Browser;
  let url = '';

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'edu-atlas-preview-'));
    const dist = join(work, 'dist');
    const data = buildTestData(work, 0.02);
    await buildSite(dist);
    cpSync(data, join(dist, 'data'), { recursive: true });
    server = await preview({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      base: '/atlas/',
      logLevel: 'warn',
      build: { outDir: dist },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    url = `${server.resolvedUrls?.local[0] ?? ''}`;
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves hashed assets, the worker, boundaries and data from /atlas/', async () => {
    expect(url).toMatch(/\/atlas\/$/);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const failed: string[] = [];
    const errors: string[] = [];
    const requested: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('response', (r) => {
      requested.push(r.url());
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('console', (m) => m.type() === 'error' && !isNoise(m.text()) && errors.push(m.text()));
    await recordEvents(page);
    await page.goto(url);
    await waitForEvents(page, 'edu-map-ready', 0, 60_000);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    const local = requested.filter((u) => u.startsWith(url));
    expect(local.some((u) => /\/atlas\/assets\/.+-[\w-]{6,}\.js$/.test(u))).toBe(true);
    expect(local.some((u) => /\/atlas\/.*maplibre-gl-worker\.mjs$/.test(u))).toBe(true);
    expect(local.some((u) => u.endsWith('/atlas/data/v1/index.json'))).toBe(true);
    expect(local.some((u) => /\/atlas\/boundaries\/china-provinces\.topo\.json$/.test(u))).toBe(
      true,
    );
    expect(
      requested.every((u) => u.startsWith(url) || u.startsWith('data:') || u.startsWith('blob:')),
    ).toBe(true);
    await page.close();
  }, 120_000);

  it('publishes content-hashed data files next to a small index', () => {
    const values = readdirSync(
      join(server.config.build.outDir, 'data/v1/values/class_multimedia_rate'),
    );
    expect(values.every((name) => /^\d{4}\.[0-9a-f]{10}\.json$/.test(name))).toBe(true);
  });
});
