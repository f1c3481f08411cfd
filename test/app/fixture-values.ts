import type { MetricYearValues } from '../../src/contract';

export const values: MetricYearValues = {
  schemaVersion: 1,
  metric: 'inclusive_kindergarten_coverage',
  year: 2023,
  levels: {
    nation: { code: ['000000'], numerator: [900], denominator: [1000], value: [0.9], flags: [''] },
    prefecture: {
      code: ['410600'],
      numerator: [170],
      denominator: [200],
      value: [0.85],
      flags: ['incomplete'],
    },
    county: {
      code: ['410602', '410611'],
      numerator: [80, 90],
      denominator: [100, 100],
      value: [0.8, 0.9],
      flags: ['incomplete', ''],
    },
  },
};
