// The chart-input functions of an embed's view. A ranking, and a map (whose
// figure lists its ranking), use the ranking's own, which embed.js carries; any
// other chart loads those of every chart (src/view/chart-input.ts) beside its
// element. Either way the input is the one the atlas and the static images make.

import type { ChartInput, ChartNeeds, ChartData } from '../view/chart-place';
import type { chartNeeds } from '../view/chart-input';
import { rankingChartInput, rankingNeeds } from '../view/ranking-input';
import { figureOf, type ViewSpec } from '../view/spec';

export interface ChartInputs {
  chartInput(spec: ViewSpec, data: ChartData): ChartInput | null;
  chartNeeds(spec: ViewSpec, data: Parameters<typeof chartNeeds>[1]): ChartNeeds;
}

const RANKING: ChartInputs = { chartInput: rankingChartInput, chartNeeds: rankingNeeds };

export function chartInputsFor(spec: ViewSpec): Promise<ChartInputs> {
  const figure = figureOf(spec);
  return figure === 'ranking' || figure === 'map'
    ? Promise.resolve(RANKING)
    : import('../view/chart-input');
}
