// Rows of the published series files, looked up by unit, metric and year.

import type { Level, MetricId, ProvinceSeries } from '../../contract';

export interface SeriesValue {
  numerator: number | null;
  denominator: number | null;
  value: number;
  flags: string[];
}

export interface SeriesLookup {
  get(level: Level, code: string, metric: MetricId, year: number): SeriesValue | undefined;
  /** Years that have any row, ascending. */
  years(): number[];
}

const key = (level: Level, code: string, metric: MetricId, year: number): string =>
  `${level}:${code}:${metric}:${year}`;

/** One lookup over several series files (a province's and the nation's). */
export function seriesLookup(files: readonly (ProvinceSeries | null | undefined)[]): SeriesLookup {
  const rows = new Map<string, SeriesValue>();
  const years = new Set<number>();
  for (const file of files) {
    if (!file) continue;
    const c = file.rows;
    c.code.forEach((code, i) => {
      years.add(c.year[i]);
      rows.set(key(c.level[i], code, c.metric[i], c.year[i]), {
        numerator: c.numerator[i],
        denominator: c.denominator[i],
        value: c.value[i],
        flags: c.flags[i] ? c.flags[i].split(';') : [],
      });
    });
  }
  const sortedYears = [...years].sort((a, b) => a - b);
  return {
    get: (level, code, metric, year) => rows.get(key(level, code, metric, year)),
    years: () => sortedYears,
  };
}
