// Writes sample chart SVGs to /tmp/chart-samples/ so that a person can look at
// them (screenshot with headless chromium). Not part of the build.
//   npx tsx test/charts/render-samples.ts [outDir]

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutRanking } from '../../src/charts/ranking/layout';
import { renderSvgString } from '../../src/charts/render-svg-string';
import type { ChartScene } from '../../src/charts/scene';
import { layoutTrend } from '../../src/charts/trend/layout';
import { layoutScatter } from '../../src/charts/scatter/layout';
import { layoutCompare } from '../../src/charts/compare/layout';
import { layoutChange } from '../../src/charts/change/layout';
import { metricById } from '../../src/contract';
import {
  changeInput,
  compareInput,
  manyUnits,
  rankingInput,
  scatterInput,
  trendInput,
} from './fixtures';

const outDir = process.argv[2] ?? '/tmp/chart-samples';
mkdirSync(outDir, { recursive: true });

const samples: Record<string, ChartScene> = {
  'ranking-zh': layoutRanking(rankingInput('zh')),
  'ranking-en': layoutRanking(rankingInput('en')),
  'ranking-zh-320': layoutRanking(rankingInput('zh', { width: 320 })),
  'ranking-en-320': layoutRanking(rankingInput('en', { width: 320 })),
  'trend-zh': layoutTrend(trendInput('zh')),
  'trend-en': layoutTrend(trendInput('en')),
  'trend-en-320': layoutTrend(trendInput('en', { width: 320 })),
  'trend-after-school-zh': layoutTrend(
    trendInput('zh', {
      metric: metricById('after_school_student_participation'),
      years: [2018, 2019, 2020, 2021, 2022, 2023, 2024],
      series: [
        {
          code: '410611',
          name: '淇滨区',
          values: {
            2018: 0.01,
            2019: 0.01,
            2020: 0.02,
            2021: 0.62,
            2022: 0.78,
            2023: 0.84,
            2024: 0.88,
          },
        },
      ],
    }),
  ),
  'scatter-zh': layoutScatter(scatterInput('zh')),
  'scatter-en': layoutScatter(scatterInput('en')),
  'scatter-en-320': layoutScatter(scatterInput('en', { width: 320 })),
  'compare-zh': layoutCompare(compareInput('zh')),
  'compare-en': layoutCompare(compareInput('en')),
  'compare-zh-320': layoutCompare(compareInput('zh', { width: 320 })),
  'change-zh': layoutChange(changeInput('zh')),
  'change-en': layoutChange(changeInput('en')),
  'change-en-320': layoutChange(changeInput('en', { width: 320 })),
  'change-cv-zh': layoutChange(
    changeInput('zh', {
      metric: metricById('multimedia_balance_cv_primary'),
      units: changeInput('zh').units.map((u) => ({
        ...u,
        from: u.from && u.from / 2,
        to: u.to && u.to / 2.1,
      })),
    }),
  ),
  'ranking-cv-en': layoutRanking(
    rankingInput('en', {
      metric: metricById('multimedia_balance_cv_junior'),
      parentValue: 0.41,
      nationalValue: null,
    }),
  ),
  'ranking-dots-zh-375': layoutRanking(
    rankingInput('zh', {
      metric: metricById('inclusive_kindergarten_coverage'),
      parentName: '河南省',
      width: 375,
      units: manyUnits('zh')
        .slice(0, 18)
        .map((u, i) => ({ ...u, value: 0.86 + ((i * 7) % 18) * 0.005 })),
      parentValue: 0.9,
      nationalValue: 0.915,
    }),
  ),
  'ranking-many': layoutRanking(
    rankingInput('zh', { units: manyUnits('zh'), parentName: '河南省', selected: ['410109'] }),
  ),
};

for (const [name, scene] of Object.entries(samples)) {
  const file = join(outDir, `${name}.svg`);
  writeFileSync(file, renderSvgString(scene));
  console.log(`${file} ${scene.width}×${scene.height}`);
}
