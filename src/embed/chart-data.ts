// The published data one embed has fetched, as the view's chart input reads
// them (src/view/chart-input.ts): the same function draws the atlas's chart,
// the live embed and the static image, so they agree.

import type { AtlasIndex, MetricId, MetricYearValues, ProvinceSeries } from '../contract';
import { DataCoverage } from '../data/coverage';
import { UnitDirectory } from '../data/units';
import type { ChartData } from '../view/chart-input';

export interface EmbedData {
  index: AtlasIndex;
  units: UnitDirectory;
  /** Keyed by `valuesKey(metric, year)`; null when the build has no such file. */
  values: ReadonlyMap<string, MetricYearValues | null>;
  /** Series files by scope; null when the build has no such file. */
  series: ReadonlyMap<string, ProvinceSeries | null>;
}

export const valuesKey = (metric: MetricId, year: number): string => `${metric}:${year}`;

export function directoryFor(index: AtlasIndex): UnitDirectory {
  return new UnitDirectory(index.units);
}

const coverages = new WeakMap<UnitDirectory, DataCoverage>();

/** The data's scope and partial units, made once per unit tree. */
export function coverageFor(index: AtlasIndex, units: UnitDirectory): DataCoverage {
  let coverage = coverages.get(units);
  if (!coverage) {
    coverage = new DataCoverage(index, units);
    coverages.set(units, coverage);
  }
  return coverage;
}

/** The fetched files as the chart input asks for them (a file not fetched is undefined). */
export function embedChartData(data: EmbedData): ChartData {
  return {
    index: data.index,
    units: data.units,
    coverage: coverageFor(data.index, data.units),
    values: (metric, year) => data.values.get(valuesKey(metric, year)),
    series: (scope) => data.series.get(scope),
  };
}
