// The atlas's chart: the view's chart input (src/view/chart-input.ts, the one
// the embeds and static images use too) over the atlas's data controller,
// which fetches a file the first time it is asked for. The same input draws
// the element and the SVG/PNG download.

import type { Focus } from '../view/focus';
import type { MetricDefinition } from '../contract';
import type { UnitDirectory } from '../data/units';
import type { Locale } from '../format';
import { chartInput, type ChartData, type ChartInput } from '../view/chart-input';
import type { AtlasDataController } from './atlas-data-controller';
import type { AtlasState } from './state';

export type ChartSpec = ChartInput;

/**
 * What the chart panel knows. The chart reads only the state and the data:
 * the view resolves its own place, exactly as the page does (src/view/focus.ts).
 */
export interface ChartContext {
  state: AtlasState;
  data: AtlasDataController;
  units: UnitDirectory;
  focus: Focus;
  metric: MetricDefinition;
  year: number;
  fromYear: number;
  locale: Locale;
  frame: { locale: Locale; synthetic: boolean; source: string; date: string };
}

/** The atlas's data as the chart input reads them; null before the index has arrived. */
export function atlasChartData(data: AtlasDataController): ChartData | null {
  const { index, units, coverage } = data;
  if (!index || !units) return null;
  return {
    index,
    units,
    coverage,
    values: (metric, year) => data.valuesFor(metric, year),
    series: (scope) => data.seriesFor(scope),
  };
}

/** The input of the state's chart, or null while its data load. */
export function chartSpec(ctx: Pick<ChartContext, 'state' | 'data'>): ChartSpec | null {
  const data = atlasChartData(ctx.data);
  return data && chartInput({ ...ctx.state, view: 'chart' }, data);
}

/** The scene of a chart at a width (downloads). */
export { sceneOf } from '../view/chart-scene';
