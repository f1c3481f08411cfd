// <edu-trend>: lines over the years for 1–5 units plus the national reported
// series. Data in as properties (or `.input`), `edu-select` out (see ChartElement).

import { layoutElement } from '../layout-element';
import { layoutTrend, type TrendInput } from './layout';

export const EduTrend = layoutElement<TrendInput>({
  tag: 'edu-trend',
  layout: layoutTrend,
  fields: {
    metric: { attribute: false },
    years: { attribute: false },
    series: { attribute: false },
    showNational: { type: Boolean, attribute: 'show-national' },
  },
  defaults: { years: [], series: [], showNational: true },
  ready: (d) => d.metric !== undefined && (d.years?.length ?? 0) > 0,
});
export type EduTrend = InstanceType<typeof EduTrend>;

declare global {
  interface HTMLElementTagNameMap {
    'edu-trend': EduTrend;
  }
}
