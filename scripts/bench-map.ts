// Recolour time of <edu-map> in headless Chromium (software GL): the median of
// 10 metric/year changes applied through feature-state, for the national
// prefecture view and for the counties of the province with the most of them.
// Run: npx tsx scripts/bench-map.ts

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { MetricId } from '../src/contract';
import { boundaryDir, buildAndServeHarness, CHROMIUM, CHROMIUM_ARGS } from './browser/map-serve';

const RUNS = 10;
const METRICS: MetricId[] = [
  'inclusive_kindergarten_coverage',
  'public_kindergarten_share',
  'class_multimedia_rate',
];

interface Row {
  view: string;
  units: number;
  median: number;
  min: number;
  max: number;
  wall: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function largestCountyFile(dir: string): string | null {
  let best: { code: string; n: number } | null = null;
  for (const file of readdirSync(dir).filter((f) => /^counties-\d{6}\.topo\.json$/.test(f))) {
    const topo = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      objects: { counties: { geometries: unknown[] } };
    };
    const n = topo.objects.counties.geometries.length;
    if (!best || n > best.n) best = { code: file.slice(9, 15), n };
  }
  return best?.code ?? null;
}

async function measure(page: Page, url: string, view: string): Promise<Row> {
  await page.goto(url);
  await page.evaluate(() => window.mapHarnessReady);
  const units = (await page.evaluate(() => window.mapHarness.codes())).length;
  const samples: { ms: number; wall: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate a year change (new values) and a metric change (new values and classes).
    const metric = METRICS[i % METRICS.length];
    samples.push(
      await page.evaluate(
        async ({ i, metric }) => {
          const start = performance.now();
          const ms =
            i % 2
              ? await window.mapHarness.setMetric(metric)
              : await window.mapHarness.setValues(100 + i);
          return { ms, wall: performance.now() - start };
        },
        { i, metric },
      ),
    );
  }
  const ms = samples.map((s) => s.ms);
  return {
    view,
    units,
    median: median(ms),
    min: Math.min(...ms),
    max: Math.max(...ms),
    wall: median(samples.map((s) => s.wall)),
  };
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.error(`bench-map: ${CHROMIUM} not found (apt-get install -y chromium fonts-noto-cjk)`);
    process.exit(2);
  }
  const { dir, real } = boundaryDir();
  if (!real)
    console.warn('bench-map: data/boundaries has no real layers; measuring the tiny fixture');
  const server = await buildAndServeHarness();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const rows: Row[] = [];
    rows.push(
      await measure(page, `${server.url}?level=prefecture&region=000000`, 'nation, prefectures'),
    );
    const province = largestCountyFile(dir);
    if (province)
      rows.push(
        await measure(
          page,
          `${server.url}?level=county&region=${province}`,
          `${province} counties`,
        ),
      );
    console.log(
      `edu-map recolour via feature-state, ${RUNS} metric/year changes each, headless Chromium (SwiftShader)`,
    );
    console.log('| view | units | median ms | min ms | max ms | median wall ms |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(
        `| ${r.view} | ${r.units} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.max.toFixed(0)} | ${r.wall.toFixed(0)} |`,
      );
    }
    console.log(
      'ms: from the first setFeatureState to the map reaching `idle` (edu-map-redrawn); wall: from setting the property.',
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
