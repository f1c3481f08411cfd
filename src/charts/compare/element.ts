// <edu-compare>: 2–5 districts across all metrics. Data in as properties,
// `edu-select` out (see ChartElement).

import type { PropertyDeclarations } from 'lit';
import { METRICS, type MetricDefinition } from '../../contract';
import { ChartElement } from '../chart-element';
import type { ChartScene } from '../scene';
import { layoutCompare, type CompareDistrict } from './layout';

export class EduCompare extends ChartElement {
  static override properties: PropertyDeclarations = {
    metrics: { attribute: false },
    districts: { attribute: false },
    year: { type: Number },
  };

  /** Metrics shown, in order; the whole catalogue by default. */
  declare metrics: readonly MetricDefinition[];
  declare districts: readonly CompareDistrict[];
  declare year: number;

  constructor() {
    super();
    this.metrics = METRICS;
    this.districts = [];
  }

  protected layout(width: number): ChartScene | null {
    if (this.districts.length === 0) return null;
    return layoutCompare({
      metrics: this.metrics,
      districts: this.districts,
      year: this.year,
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

if (!customElements.get('edu-compare')) customElements.define('edu-compare', EduCompare);

declare global {
  interface HTMLElementTagNameMap {
    'edu-compare': EduCompare;
  }
}
