// A chart input drawn at a width: the scene that the SVG and PNG downloads
// and the static images render. Kept apart from chart-input.ts, which does
// not load the layouts (an embed loads only the one it draws).

import { layoutChange } from '../charts/change/layout';
import { layoutCompare } from '../charts/compare/layout';
import { layoutRanking } from '../charts/ranking/layout';
import type { ChartScene } from '../charts/scene';
import { layoutScatter } from '../charts/scatter/layout';
import { layoutTrend } from '../charts/trend/layout';
import type { ChartInput } from './chart-input';

export function sceneOf(chart: ChartInput, width: number): ChartScene {
  switch (chart.kind) {
    case 'ranking':
      return layoutRanking({ ...chart.input, width });
    case 'trend':
      return layoutTrend({ ...chart.input, width });
    case 'scatter':
      return layoutScatter({ ...chart.input, width });
    case 'compare':
      return layoutCompare({ ...chart.input, width });
    case 'change':
      return layoutChange({ ...chart.input, width });
  }
}
