// <edu-trend>: lines over the years for 1–5 units plus the national reported
// series. Data in as properties, `edu-select` out (see ChartElement).

import type { PropertyDeclarations } from 'lit';
import type { MetricDefinition } from '../../contract';
import { ChartElement } from '../chart-element';
import type { ChartScene } from '../scene';
import { layoutTrend, type TrendSeries } from './layout';

export class EduTrend extends ChartElement {
  static override properties: PropertyDeclarations = {
    metric: { attribute: false },
    years: { attribute: false },
    series: { attribute: false },
    showNational: { type: Boolean, attribute: 'show-national' },
  };

  declare metric: MetricDefinition | undefined;
  declare years: readonly number[];
  declare series: readonly TrendSeries[];
  declare showNational: boolean;

  constructor() {
    super();
    this.years = [];
    this.series = [];
    this.showNational = true;
  }

  protected layout(width: number): ChartScene | null {
    if (!this.metric || this.years.length === 0) return null;
    return layoutTrend({
      metric: this.metric,
      years: this.years,
      series: this.series,
      showNational: this.showNational,
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

if (!customElements.get('edu-trend')) customElements.define('edu-trend', EduTrend);

declare global {
  interface HTMLElementTagNameMap {
    'edu-trend': EduTrend;
  }
}
