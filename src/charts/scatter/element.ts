// <edu-scatter>: two metrics for the units under a parent. Data in as
// properties, `edu-select` out (see ChartElement).

import type { PropertyDeclarations } from 'lit';
import type { MetricDefinition } from '../../contract';
import { ChartElement } from '../chart-element';
import type { ChartScene } from '../scene';
import { layoutScatter, type ScatterUnit } from './layout';

export class EduScatter extends ChartElement {
  static override properties: PropertyDeclarations = {
    xMetric: { attribute: false },
    yMetric: { attribute: false },
    year: { type: Number },
    parentName: { type: String, attribute: 'parent-name' },
    units: { attribute: false },
  };

  declare xMetric: MetricDefinition | undefined;
  declare yMetric: MetricDefinition | undefined;
  declare year: number;
  declare parentName: string;
  declare units: readonly ScatterUnit[];

  constructor() {
    super();
    this.parentName = '';
    this.units = [];
  }

  protected layout(width: number): ChartScene | null {
    if (!this.xMetric || !this.yMetric) return null;
    return layoutScatter({
      xMetric: this.xMetric,
      yMetric: this.yMetric,
      year: this.year,
      parentName: this.parentName,
      units: this.units,
      selected: this.selected,
      level: this.level,
      locale: this.locale,
      width,
      synthetic: this.synthetic,
      source: this.source,
      date: this.date,
      title: this.chartTitle,
    });
  }
}

if (!customElements.get('edu-scatter')) customElements.define('edu-scatter', EduScatter);

declare global {
  interface HTMLElementTagNameMap {
    'edu-scatter': EduScatter;
  }
}
