// <edu-compare>: 2–5 units across every metric. Data in as properties (or
// `.input`), `edu-select` out (see ChartElement).

import { METRICS } from '../../contract';
import { layoutElement } from '../layout-element';
import { layoutCompare, type CompareInput } from './layout';

export const EduCompare = layoutElement<CompareInput>({
  tag: 'edu-compare',
  layout: layoutCompare,
  fields: {
    metrics: { attribute: false },
    districts: { attribute: false },
    year: { type: Number },
  },
  // Metrics shown, in order: the whole catalogue by default.
  defaults: { metrics: METRICS, districts: [] },
  ready: (d) => (d.districts?.length ?? 0) > 0,
});
export type EduCompare = InstanceType<typeof EduCompare>;

declare global {
  interface HTMLElementTagNameMap {
    'edu-compare': EduCompare;
  }
}
