// A tiny hand-made published index: the nation, two provinces, a prefecture and two counties.

import type { AtlasIndex } from '../../src/contract';

export function tinyIndex(): AtlasIndex {
  return {
    schemaVersion: 1,
    build: {
      builtAt: '2026-01-01T00:00:00Z',
      codeVersion: 'test',
      synthetic: true,
      dataStatus: 'synthetic',
      referenceList: 'test',
    },
    years: [2021, 2022, 2023],
    metrics: [
      { id: 'preschool_gross_enrollment', years: [2021, 2022, 2023] },
      { id: 'class_multimedia_rate', years: [2022, 2023] },
    ],
    units: {
      level: ['nation', 'province', 'province', 'prefecture', 'county', 'county'],
      code: ['000000', '410000', '420000', '410600', '410602', '410603'],
      name: ['全国', '河南省', '湖北省', '鹤壁市', '鹤山区', '山城区'],
      parent: ['', '000000', '000000', '410000', '410600', '410600'],
      pinyin: [
        'quan guo',
        'he nan sheng',
        'hu bei sheng',
        'he bi shi',
        'he shan qu',
        'shan cheng qu',
      ],
      initials: ['qg', 'hns', 'hbs', 'hbs', 'hsq', 'scq'],
    },
    files: {
      values: {
        preschool_gross_enrollment: {
          '2021': 'v1/values/p/2021.json',
          '2022': 'v1/values/p/2022.json',
          '2023': 'v1/values/p/2023.json',
        },
        class_multimedia_rate: { '2022': 'v1/values/c/2022.json', '2023': 'v1/values/c/2023.json' },
      },
      series: { '000000': 'v1/series/000000.json', '410000': 'v1/series/410000.json' },
      reported: 'v1/reported.json',
      aggregatesCsv: 'aggregates.csv',
      downloadCsv: 'downloads/aggregates.csv',
      manifest: 'manifest.json',
    },
    notes: [],
    remaps: [],
    scope: { level: 'nation', code: '000000', name: '全国', year: 2023 },
    coverage: [],
    site: {
      title: { zh: '教育地图', en: 'Education Atlas' },
      subtitle: { zh: '全国区县教育指标', en: "Education metrics for China's districts" },
      publisher: null,
      contact: null,
      defaultMetric: null,
      origin: 'scope',
    },
  };
}
