// Writes sample chart SVGs to /tmp/chart-samples/ so that a person can look at
// them (screenshot with headless chromium). Not part of the build.
//   npx tsx scripts/dev/render-chart-samples.ts [outDir]

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutRanking } from '../../src/charts/ranking/layout';
import { renderSvgString } from '../../src/charts/render-svg-string';
import type { ChartScene } from '../../src/charts/scene';
import { HEBI, manyUnits, rankingInput } from '../../test/charts/fixtures';

const outDir = process.argv[2] ?? '/tmp/chart-samples';
mkdirSync(outDir, { recursive: true });

const samples: Record<string, ChartScene> = {
  'ranking-zh': layoutRanking(rankingInput('zh')),
  'ranking-en': layoutRanking(rankingInput('en')),
  'ranking-zh-320': layoutRanking(rankingInput('zh', { width: 320 })),
  'ranking-en-320': layoutRanking(rankingInput('en', { width: 320 })),
  'ranking-many': layoutRanking(rankingInput('zh', { units: manyUnits('zh'), parentName: '河南省', selected: ['410109'] })),
};

for (const [name, scene] of Object.entries(samples)) {
  const file = join(outDir, `${name}.svg`);
  writeFileSync(file, renderSvgString(scene));
  console.log(`${file} ${scene.width}×${scene.height}`);
}
void HEBI;
