// npx tsx test/e2e/atlas-screenshots.ts [outDir] — every view at 1280 and 375 px
// from the built site with the published demo data, for review (docs/atlas-*.png).

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startAtlasSite } from '../../scripts/browser/atlas-site';
import { recordEvents, waitForEvents } from '../../scripts/browser/atlas-page';
import { launchChromium } from '../../scripts/browser/chromium';

const VIEWS: [string, string, boolean][] = [
  ['map-national', '', true],
  ['map-henan', '?region=410000', true],
  ['map-hebi-en', '?region=410600&lang=en', true],
  ['chart-ranking', '?region=410000&view=chart', false],
  ['chart-trend', '?region=410600&view=chart&chart=trend&select=410611,410602', false],
  ['chart-scatter', '?region=410000&view=chart&chart=scatter', false],
  ['chart-compare', '?region=410600&view=chart&chart=compare&select=410611,410602,410621', false],
  ['chart-change', '?region=410600&view=chart&chart=change', false],
  ['table', '?region=410600&view=table', false],
  ['profile', '?region=410611&view=profile', false],
  ['gap', '?region=410600&view=gap', false],
];

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? '/tmp/atlas-shots');
  mkdirSync(out, { recursive: true });
  const site = await startAtlasSite({ dataDir: resolve('public/data') });
  const browser = await launchChromium();
  try {
    for (const width of [1280, 375]) {
      for (const [name, search, map] of VIEWS) {
        const page = await browser.newPage({
          viewport: { width, height: width > 400 ? 900 : 800 },
        });
        await recordEvents(page);
        await page.goto(`${site.url}${search}`);
        if (map) await waitForEvents(page, 'edu-map-redrawn', 0, 60_000);
        await page.waitForTimeout(map ? 1500 : 2000);
        await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  console.log(`screenshots in ${out}`);
}

void main();
