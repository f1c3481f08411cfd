// The pipeline core's parity cases in a real browser: the browser host runs
// in Chromium (served by Vite, as the site's worker chunk would run it) and
// must build exactly what build:data builds from the same files.

import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../../scripts/browser/chromium';
import { BUILT_AT, comparable, normalised, parityCases, viaCli } from '../own-data/parity-cases';
import type { HarnessOutcome } from './own-data-core-harness';

const ROOT = resolve(import.meta.dirname, '../..');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

describe.skipIf(!hasChromium)('the pipeline core in Chromium', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let page: Page;
  const epoch = process.env.SOURCE_DATE_EPOCH;

  beforeAll(async () => {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    server = await createServer({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    });
    await server.listen();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${server.resolvedUrls?.local[0]}test/e2e/own-data-core-harness.html`);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 120_000 });
  }, 240_000);

  afterAll(async () => {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
    await browser?.close();
    await server?.close();
  });

  for (const c of parityCases()) {
    it(
      c.name,
      async () => {
        const cli = await viaCli(c);
        const files = Object.fromEntries(Object.entries(c.files).map(([n, b]) => [n, base64(b)]));
        const outcome: HarnessOutcome = await page.evaluate(
          ([f, skip, at]) => window.buildCase(f, skip, at),
          [files, c.skipInvalid, BUILT_AT] as const,
        );
        if (cli.exitCode !== 0) {
          expect(outcome.type).toBe('problems');
          expect(comparable(outcome.lines)).toEqual(comparable(cli.log));
          return;
        }
        expect(outcome.type).toBe('built');
        expect(Object.keys(outcome.files).sort()).toEqual(Object.keys(cli.files).sort());
        for (const [path, expected] of Object.entries(cli.files)) {
          expect(normalised(path, bytes(outcome.files[path])), path).toBe(
            normalised(path, expected),
          );
        }
        if (c.skipInvalid) {
          const rejected = outcome.rejected
            ? Buffer.from(outcome.rejected, 'base64').toString()
            : null;
          expect(rejected).toBe(cli.rejected);
        }
      },
      120_000,
    );
  }
});
