// <edu-ranking>: sorted bars of the units under a parent. Data in as
// properties (or `.input`), `edu-select` out (see ChartElement).

import { layoutElement } from '../layout-element';
import { layoutRanking, type RankingInput } from './layout';

export const EduRanking = layoutElement<RankingInput>({
  tag: 'edu-ranking',
  layout: layoutRanking,
  fields: {
    metric: { attribute: false },
    year: { type: Number },
    parentName: { type: String, attribute: 'parent-name' },
    units: { attribute: false },
    parentValue: { attribute: false },
    nationalValue: { attribute: false },
  },
  defaults: { units: [], parentName: '', parentValue: null, nationalValue: null },
  ready: (d) => d.metric !== undefined,
});
export type EduRanking = InstanceType<typeof EduRanking>;

declare global {
  interface HTMLElementTagNameMap {
    'edu-ranking': EduRanking;
  }
}
