// npx tsx test/e2e/scope-screenshots.ts [outDir] — a prefecture-scoped atlas
// (the demo cut to 鹤壁市 4106xx) at 1280 and 375 px, for review; with
// --docs, the 1280 px map also becomes docs/atlas-prefecture-scope.png.

import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startAtlasSite } from '../../scripts/browser/atlas-site';
import { recordEvents, waitForEvents } from '../../scripts/browser/atlas-page';
import { launchChromium } from '../../scripts/browser/chromium';
import { buildPrefectureData } from './prefecture-site';

const VIEWS: [string, string, boolean][] = [
  ['scope-open', '', true],
  ['scope-nation', '?region=000000', true],
  ['scope-henan', '?region=410000', true],
  ['scope-henan-table', '?region=410000&view=table', false],
  ['scope-ranking-en', '?region=410000&view=chart&lang=en', false],
  ['scope-profile', '?region=410611&view=profile', false],
  ['scope-gap', '?region=000000&view=gap', false],
  ['scope-trend', '?region=410600&view=chart&chart=trend', false],
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = resolve(args.find((a) => !a.startsWith('--')) ?? '/tmp/atlas-scope-shots');
  mkdirSync(out, { recursive: true });
  const data = buildPrefectureData(mkdtempSync(join(tmpdir(), 'edu-atlas-scope-')));
  const site = await startAtlasSite({ dataDir: data });
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
  if (args.includes('--docs'))
    copyFileSync(`${out}/scope-open-1280.png`, resolve('docs/atlas-prefecture-scope.png'));
  console.log(`screenshots in ${out}`);
}

void main();
