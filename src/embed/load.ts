// Fetches what one embed needs (what the view's chart input will read),
// through the one shared data source per data root (several embeds on a page
// share every request), and makes the chart's input.

import type { MetricYearValues, ProvinceSeries } from '../contract';
import { dataSourceFor, type AtlasDataSource } from '../data/source';
import type { UnitDirectory } from '../data/units';
import type { ChartInput } from '../view/chart-place';
import { chartInputsFor } from './chart-input-loader';
import { coverageFor, directoryFor, embedChartData, valuesKey, type EmbedData } from './chart-data';
import { checkAgainstIndex, type EmbedSpec, type Parsed } from './params';

const directories = new WeakMap<object, UnitDirectory>();

export interface Loaded {
  spec: EmbedSpec;
  data: EmbedData;
  /** The chart's input (a map's: its ranking); null when the data have none. */
  chart: ChartInput | null;
}

export async function loadEmbed(
  spec: EmbedSpec,
  dataBase: string,
  source: AtlasDataSource = dataSourceFor(dataBase),
): Promise<Parsed<Loaded>> {
  const [index, inputs] = await Promise.all([source.index(), chartInputsFor(spec)]);
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
  const needs = inputs.chartNeeds(checked.value, { index, units, coverage });
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
  const data: EmbedData = { index, units: tree, values: new Map(values), series: new Map(series) };
  const chart = inputs.chartInput(checked.value, embedChartData(data));
  return { ok: true, value: { spec: checked.value, data, chart } };
}
