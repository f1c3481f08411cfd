// <edu-ranking>: sorted bars of the units under a parent. Data in as
// properties, `edu-select` out (see ChartElement).

import type { PropertyDeclarations } from 'lit';
import type { MetricDefinition } from '../../contract';
import { ChartElement } from '../chart-element';
import type { ChartScene } from '../scene';
import { layoutRanking, type RankingUnit } from './layout';

export class EduRanking extends ChartElement {
  static override properties: PropertyDeclarations = {
    metric: { attribute: false },
    year: { type: Number },
    parentName: { type: String, attribute: 'parent-name' },
    units: { attribute: false },
    parentValue: { attribute: false },
    nationalValue: { attribute: false },
  };

  declare metric: MetricDefinition | undefined;
  declare year: number;
  declare parentName: string;
  declare units: readonly RankingUnit[];
  declare parentValue: number | null;
  declare nationalValue: number | null;

  constructor() {
    super();
    this.units = [];
    this.parentName = '';
    this.parentValue = null;
    this.nationalValue = null;
  }

  protected layout(width: number): ChartScene | null {
    if (!this.metric) return null;
    return layoutRanking({
      metric: this.metric,
      year: this.year,
      parentName: this.parentName,
      units: this.units,
      parentValue: this.parentValue,
      nationalValue: this.nationalValue,
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

if (!customElements.get('edu-ranking')) customElements.define('edu-ranking', EduRanking);

declare global {
  interface HTMLElementTagNameMap {
    'edu-ranking': EduRanking;
  }
}
