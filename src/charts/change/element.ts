// <edu-change>: each unit's start and end level as a dumbbell. Data in as
// properties (or `.input`), `edu-select` out (see ChartElement).

import { layoutElement } from '../layout-element';
import { layoutChange, type ChangeInput } from './layout';

export const EduChange = layoutElement<ChangeInput>({
  tag: 'edu-change',
  layout: layoutChange,
  fields: {
    metric: { attribute: false },
    yearFrom: { type: Number, attribute: 'year-from' },
    yearTo: { type: Number, attribute: 'year-to' },
    parentName: { type: String, attribute: 'parent-name' },
    units: { attribute: false },
  },
  defaults: { parentName: '', units: [] },
  ready: (d) => d.metric !== undefined,
});
export type EduChange = InstanceType<typeof EduChange>;

declare global {
  interface HTMLElementTagNameMap {
    'edu-change': EduChange;
  }
}
