// npm run bench:own-data [-- --rows 100000,1000000 --xlsx 100000 --rounds 1]
// "Use your own data" in headless Chromium on this machine: the production
// site (Vite build, served with public/_headers), the dialog opened, files
// chosen, build clicked; timed from the click until the atlas has redrawn its
// map on the user's data. Also printed: the longest main-thread task while
// the worker runs (long-task observer), the renderer's peak resident memory
// (page and worker; sampled from /proc, an upper bound of the worker's),
// and rows per second. Budgets (issue 10): 100,000 CSV rows ≤ 3 s, 1,000,000
// ≤ 25 s, .xlsx 100,000 ≤ 10 s, main thread never blocked > 100 ms, worker
// heap ≤ 1 GB. Inputs: the first N rows of the full synthetic demo.

import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { recordEvents, waitForEvents } from './browser/atlas-page';
import { startAtlasSite } from './browser/atlas-site';
import { launchChromium } from './browser/chromium';
import { REPO_ROOT } from './pipeline/build';
import { writeWorkbook } from './bench/workbook';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000,1000000' },
    xlsx: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '1' },
  },
});
const DEMO = join(REPO_ROOT, '.cache/bench-demo');
const WORK = join(REPO_ROOT, '.cache/own-data-bench');
const BUDGETS: Record<string, number> = { 'csv 100000': 3, 'csv 1000000': 25, 'xlsx 100000': 10 };

/** The demo's header and first `rows` data lines as a CSV (cached). */
async function csvOf(rows: number): Promise<string> {
  const path = join(WORK, `schools-${rows}.csv`);
  if (existsSync(path)) return path;
  const lines: string[] = [];
  const input = createInterface({ input: createReadStream(join(DEMO, 'schools.csv')) });
  for await (const line of input) {
    lines.push(line);
    if (lines.length > rows) break;
  }
  input.close();
  if (lines.length <= rows) throw new Error(`the demo has fewer than ${rows} rows`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function xlsxOf(rows: number): Promise<string> {
  const path = join(WORK, `schools-${rows}.xlsx`);
  if (!existsSync(path)) await writeWorkbook(path, await csvOf(rows));
  return path;
}

/** What the page records for one run. */
interface Probe {
  tasks: [number, number][];
  observer: PerformanceObserver;
  clickedAt: number;
  answeredAt: number;
}

interface Run {
  seconds: number;
  /** The worker's own time, as the dialog reports it. */
  buildSeconds: number;
  /** From the worker's answer to the map drawn on it. */
  showMs: number;
  rowsRead: number;
  longestTaskMs: number;
  /** Peak resident memory of the renderer (page + worker). */
  rendererMb: number;
}

/** Resident memory of Chromium's renderer processes (the page and its worker live in one). */
function rendererRssMb(): number {
  let largest = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--type=renderer')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) largest = Math.max(largest, Number(rss[1]) / 1024);
    } catch {
      // The process ended meanwhile.
    }
  }
  return largest;
}

/**
 * Samples the largest renderer's resident memory while the build runs: an
 * upper bound of the worker's memory (Chromium gives a dedicated worker no
 * performance.memory of its own), page included.
 */
function sampleMemory(): { stop(): number } {
  let peak = rendererRssMb();
  const timer = setInterval(() => (peak = Math.max(peak, rendererRssMb())), 100);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, rendererRssMb());
    },
  };
}

async function runOnce(
  browser: Browser,
  url: string,
  schools: string,
  population: string,
): Promise<Run> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await recordEvents(page);
  try {
    await page.goto(url);
    await page.waitForSelector('edu-atlas h2');
    // The atlas settled first (its map drawn and idle work done), as a reader finds it.
    await waitForEvents(page, 'edu-map-ready', 0, 60_000).catch(() => undefined);
    await page.waitForTimeout(3000);
    await page.locator('edu-atlas button.own-data').click();
    const dialog = page.locator('edu-own-data-dialog');
    await dialog.locator('dialog[open]').waitFor();
    await dialog.locator('#own-files').setInputFiles([schools, population]);
    await page.evaluate(() => {
      const w = window as unknown as Probe;
      w.tasks = [];
      w.observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.tasks.push([entry.startTime, entry.duration]);
      });
      w.observer.observe({ type: 'longtask' });
      document.addEventListener('click', () => (w.clickedAt = performance.now()), {
        capture: true,
        once: true,
      });
      // When the worker's answer (not a progress report) reaches the page.
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
            if (event.data?.type !== 'progress') w.answeredAt = performance.now();
          });
        }
      };
    });
    const memory = sampleMemory();
    await dialog.locator('button.primary').click();
    await dialog.locator('.outcome.ok').waitFor({ timeout: 600_000 });
    const rendererMb = memory.stop();
    // Shown: the map drawn again, on the user's data, after the worker answered.
    await page.waitForFunction(
      () => {
        const w = window as unknown as Probe;
        return window.atlasEvents.some((e) => e.at > w.answeredAt && e.type.startsWith('edu-map-'));
      },
      undefined,
      { timeout: 120_000 },
    );
    const { seconds, longestTaskMs, showMs } = await page.evaluate(() => {
      const w = window as unknown as Probe;
      w.observer.disconnect();
      const shownAt = window.atlasEvents.find(
        (e) => e.at > w.answeredAt && e.type.startsWith('edu-map-'),
      )!.at;
      const during = w.tasks.filter(([start]) => start >= w.clickedAt && start < w.answeredAt);
      return {
        seconds: (shownAt - w.clickedAt) / 1000,
        longestTaskMs: Math.max(0, ...during.map(([, duration]) => duration)),
        showMs: shownAt - w.answeredAt,
      };
    });
    const outcome = (await dialog.locator('.outcome.ok').textContent()) ?? '';
    const rowsRead = Number(/([\d,]+)\s*(rows|行)/.exec(outcome)?.[1]?.replaceAll(',', '') ?? 0);
    const buildSeconds = Number(/([\d.]+)\s*(s\b|秒)/.exec(outcome)?.[1] ?? Number.NaN);
    return { seconds, buildSeconds, showMs, rowsRead, longestTaskMs, rendererMb };
  } finally {
    await page.close();
  }
}

const line = (k: string, v: string) => process.stdout.write(`${k.padEnd(28)} ${v}\n`);

async function main(): Promise<void> {
  if (!existsSync(join(DEMO, 'schools.csv'))) {
    throw new Error(
      `${DEMO}/schools.csv is missing: run npm run bench:pipeline once (it writes the full demo there)`,
    );
  }
  mkdirSync(WORK, { recursive: true });
  const population = join(DEMO, 'population.csv');
  const cases: { name: string; path: string }[] = [];
  for (const n of values.rows.split(',').filter(Boolean).map(Number))
    cases.push({ name: `csv ${n}`, path: await csvOf(n) });
  for (const n of values.xlsx.split(',').filter(Boolean).map(Number))
    cases.push({ name: `xlsx ${n}`, path: await xlsxOf(n) });
  const site = await startAtlasSite();
  const browser = await launchChromium();
  try {
    line(
      'case',
      'seconds (click → map on your data) · longest main task while the worker runs · peak renderer RSS (page + worker) · rows/s',
    );
    for (const c of cases) {
      for (let round = 0; round < Number(values.rounds); round++) {
        const run = await runOnce(browser, site.url, c.path, population);
        const budget = BUDGETS[c.name];
        line(
          c.name,
          `${run.seconds.toFixed(2)} s${budget ? ` (budget ≤ ${budget} s: ${run.seconds <= budget ? 'met' : 'MISSED'})` : ''}` +
            ` (worker ${run.buildSeconds.toFixed(2)} s, showing ${run.showMs.toFixed(0)} ms)` +
            ` · ${run.longestTaskMs.toFixed(0)} ms (≤ 100: ${run.longestTaskMs <= 100 ? 'met' : 'MISSED'})` +
            ` · ${run.rendererMb.toFixed(0)} MB (≤ 1024: ${run.rendererMb <= 1024 ? 'met' : 'MISSED'})` +
            ` · ${run.rowsRead > 0 ? Math.round(run.rowsRead / run.seconds).toLocaleString('en') : '?'}`,
        );
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
