// <edu-change>: change between two years per unit, as dumbbells. Data in as
// properties, `edu-select` out (see ChartElement).

import type { PropertyDeclarations } from 'lit';
import type { MetricDefinition } from '../../contract';
import { ChartElement } from '../chart-element';
import type { ChartScene } from '../scene';
import { layoutChange, type ChangeUnit } from './layout';

export class EduChange extends ChartElement {
  static override properties: PropertyDeclarations = {
    metric: { attribute: false },
    yearFrom: { type: Number, attribute: 'year-from' },
    yearTo: { type: Number, attribute: 'year-to' },
    parentName: { type: String, attribute: 'parent-name' },
    units: { attribute: false },
  };

  declare metric: MetricDefinition | undefined;
  declare yearFrom: number;
  declare yearTo: number;
  declare parentName: string;
  declare units: readonly ChangeUnit[];

  constructor() {
    super();
    this.parentName = '';
    this.units = [];
  }

  protected layout(width: number): ChartScene | null {
    if (!this.metric) return null;
    return layoutChange({
      metric: this.metric,
      yearFrom: this.yearFrom,
      yearTo: this.yearTo,
      parentName: this.parentName,
      units: this.units,
      selected: this.selected,
      locale: this.locale,
      width,
      synthetic: this.synthetic,
      source: this.source,
      date: this.date,
      title: this.chartTitle,
    });
  }
}

if (!customElements.get('edu-change')) customElements.define('edu-change', EduChange);

declare global {
  interface HTMLElementTagNameMap {
    'edu-change': EduChange;
  }
}
