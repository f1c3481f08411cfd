// <edu-scatter>: two metrics of the units under a parent, one dot each. Data
// in as properties (or `.input`), `edu-select` out (see ChartElement).

import { layoutElement } from '../layout-element';
import { layoutScatter, type ScatterInput } from './layout';

export const EduScatter = layoutElement<ScatterInput>({
  tag: 'edu-scatter',
  layout: layoutScatter,
  fields: {
    xMetric: { attribute: false },
    yMetric: { attribute: false },
    year: { type: Number },
    parentName: { type: String, attribute: 'parent-name' },
    units: { attribute: false },
  },
  defaults: { parentName: '', units: [] },
  ready: (d) => d.xMetric !== undefined && d.yMetric !== undefined,
});
export type EduScatter = InstanceType<typeof EduScatter>;

declare global {
  interface HTMLElementTagNameMap {
    'edu-scatter': EduScatter;
  }
}
