// npm run bench:embed [-- --data public/data --loads 10]
//
// Budgets of the embeds, measured in headless Chromium against the site built
// with Vite and served locally, with a host page on another origin:
// - the JS a ranking embed loads (embed.js and every chunk it pulls), gzip ≤ 25 KB (issue 12);
// - embed-resize.js ≤ 2 KB;
// - maplibre-gl is fetched only when a map is on the page;
// - time from the start of loading embed.js to a drawn ranking, median ≤ 300 ms.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS as ARGS, CHROMIUM_PATH as CHROMIUM } from './browser/chromium';
import { buildSite } from './embeds/build-site';
import { hostPage, rankingOnlyPage, strictCsp } from './embeds/host-page';
import { serveHost, serveSite } from './embeds/serve';

const MAPLIBRE_MIN_BYTES = 300_000;

interface Row {
  check: string;
  value: string;
  budget: string;
  pass: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** JS files (site paths) requested while a page loads, in a fresh context. */
async function scriptsLoaded(
  browser: Browser,
  url: string,
  ready: () => boolean,
): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.m?js$/.test(path)) paths.push(path);
  });
  await page.goto(url);
  await page.waitForFunction(ready, undefined, { timeout: 30_000 });
  await page.waitForTimeout(300);
  await context.close();
  return [...new Set(paths)];
}

// Functions, not strings: a string predicate is eval'd, which the host's CSP forbids.
const RANKING_DRAWN = () =>
  !!document
    .querySelector('edu-chart')
    ?.shadowRoot?.querySelector('edu-ranking')
    ?.shadowRoot?.querySelector('rect.bar, circle.dot');
const MAP_DRAWN = () =>
  !!document
    .querySelector('edu-embed-map')
    ?.shadowRoot?.querySelector('edu-map')
    ?.shadowRoot?.querySelector('canvas');

/** ms from the start of the embed.js request to the first drawn bar. */
async function timeToRanking(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A string: tsx would wrap a named inner function with a `__name` helper
  // that does not exist in the page. Init scripts are not subject to the page's CSP.
  await page.addInitScript({
    content: `(() => {
      const poll = () => {
        const bar = document.querySelector('edu-chart')?.shadowRoot?.querySelector('edu-ranking')
          ?.shadowRoot?.querySelector('rect.bar, circle.dot');
        if (bar) window.__drawnAt = performance.now();
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    })();`,
  });
  await page.goto(url);
  await page.waitForFunction(() => '__drawnAt' in window, undefined, { timeout: 30_000 });
  const ms = await page.evaluate(() => {
    const entry = performance
      .getEntriesByType('resource')
      .find((e) => new URL(e.name).pathname === '/embed.js');
    return (window as unknown as { __drawnAt: number }).__drawnAt - (entry?.startTime ?? 0);
  });
  await context.close();
  return ms;
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      data: { type: 'string', default: 'public/data' },
      loads: { type: 'string', default: '10' },
    },
  });
  const data = resolve(args.data);
  if (!existsSync(join(data, 'v1/index.json'))) {
    console.error(
      `bench:embed: no published data in ${data} (run npm run demo:data && npm run build:data -- --input data/demo)`,
    );
    process.exit(2);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`bench:embed: ${CHROMIUM} is missing`);
    process.exit(2);
  }
  const dist = mkdtempSync(join(tmpdir(), 'edu-bench-embed-'));
  await buildSite(dist);
  const site = await serveSite({ dist, data, headersFile: resolve('public/_headers') });
  const host = await serveHost(
    { '/ranking': rankingOnlyPage(site.origin), '/all': hostPage(site.origin) },
    strictCsp(site.origin),
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const rows: Row[] = [];
  try {
    const gz = (path: string) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
    const rankingJs = await scriptsLoaded(browser, `${host.origin}/ranking`, RANKING_DRAWN);
    const rankingGz = rankingJs.reduce((sum, p) => sum + gz(p), 0);
    if (process.env.BENCH_VERBOSE) {
      for (const p of rankingJs) console.log(`  ${(gz(p) / 1024).toFixed(1).padStart(6)} KB  ${p}`);
    }
    rows.push({
      check: `ranking embed JS, gzip (${rankingJs.length} files)`,
      value: `${(rankingGz / 1024).toFixed(1)} KB`,
      budget: '≤ 25 KB',
      pass: rankingGz <= 25 * 1024,
    });
    const resize = readFileSync(join(dist, 'embed-resize.js'), 'utf8');
    const classic = !/(^|[;}\s])(import|export)[\s{*]/.test(resize);
    rows.push({
      check: 'embed-resize.js (raw, one classic script)',
      value: `${(resize.length / 1024).toFixed(2)} KB${classic ? '' : ', has import/export'}`,
      budget: '≤ 2 KB, self-contained',
      pass: resize.length <= 2048 && classic,
    });
    const big = (paths: string[]) =>
      paths.filter(
        (p) =>
          readFileSync(join(dist, p)).length > MAPLIBRE_MIN_BYTES ||
          p.includes('maplibre-gl-worker'),
      );
    rows.push({
      check: 'maplibre-gl loaded by a chart-only page',
      value: big(rankingJs).length ? 'yes' : 'no',
      budget: 'no',
      pass: big(rankingJs).length === 0,
    });
    const allJs = await scriptsLoaded(browser, `${host.origin}/all`, MAP_DRAWN);
    rows.push({
      check: 'maplibre-gl loaded by a page with a map',
      value: big(allJs).length
        ? `yes (${(big(allJs).reduce((s, p) => s + gz(p), 0) / 1024).toFixed(0)} KB gzip)`
        : 'no',
      budget: 'yes',
      pass: big(allJs).length > 0,
    });
    const loads = Number(args.loads);
    const times: number[] = [];
    for (let i = 0; i < loads; i++)
      times.push(await timeToRanking(browser, `${host.origin}/ranking`));
    const m = median(times);
    rows.push({
      check: `embed.js start → ranking drawn, median of ${loads} cold loads`,
      value: `${m.toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
      budget: '≤ 300 ms',
      pass: m <= 300,
    });
    console.log(
      `\nJS of a ranking embed: ${rankingJs.map((p) => `${p} ${(gz(p) / 1024).toFixed(1)} KB`).join(', ')}\n`,
    );
  } finally {
    await browser.close();
    await site.close();
    await host.close();
    rmSync(dist, { recursive: true, force: true });
  }
  const table = [
    ['check', 'value', 'budget', 'result'],
    ...rows.map((r) => [r.check, r.value, r.budget, r.pass ? 'PASS' : 'FAIL']),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((cells) => cells[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(table[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const cells of table.slice(1)) console.log(line(cells));
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
