// Fetches what one embed needs (what the view's chart input will read),
// through the one shared data source per data root (several embeds on a page
// share every request).

import type { MetricYearValues, ProvinceSeries } from '../contract';
import { dataSourceFor, type AtlasDataSource } from '../data/source';
import type { UnitDirectory } from '../data/units';
import { chartNeeds } from '../view/chart-input';
import { coverageFor, directoryFor, valuesKey, type EmbedData } from './chart-data';
import { checkAgainstIndex, type EmbedSpec, type Parsed } from './params';

const directories = new WeakMap<object, UnitDirectory>();

export interface Loaded {
  spec: EmbedSpec;
  data: EmbedData;
}

export async function loadEmbed(
  spec: EmbedSpec,
  dataBase: string,
  source: AtlasDataSource = dataSourceFor(dataBase),
): Promise<Parsed<Loaded>> {
  const index = await source.index();
  const checked = checkAgainstIndex(spec, index);
  if (!checked.ok) return checked;
  const units = (): UnitDirectory => {
    let tree = directories.get(index);
    if (!tree) {
      tree = directoryFor(index);
      directories.set(index, tree);
    }
    return tree;
  };
  const coverage = () => coverageFor(index, units());
  const needs = chartNeeds(checked.value, { index, units, coverage });
  const pending = Promise.all([
    Promise.all(
      needs.values.map(
        async ({ metric, year }) =>
          [valuesKey(metric, year), await source.values(metric, year)] as [
            string,
            MetricYearValues | null,
          ],
      ),
    ),
    Promise.all(
      needs.series.map(
        async (scope) => [scope, await source.series(scope)] as [string, ProvinceSeries | null],
      ),
    ),
  ]);
  // Build the unit tree while the data files are on their way.
  const tree = units();
  const [values, series] = await pending;
  return {
    ok: true,
    value: {
      spec: checked.value,
      data: { index, units: tree, values: new Map(values), series: new Map(series) },
    },
  };
}
