// The chart elements bound to their layout inputs: one template per chart
// kind, shared by the atlas and the embeds. It names the elements only; the
// caller loads the element modules it needs.

import { html, type TemplateResult } from 'lit';
import type { Level } from '../contract';
import type { ChangeInput } from './change/layout';
import type { CompareInput } from './compare/layout';
import type { RankingInput } from './ranking/layout';
import type { ScatterInput } from './scatter/layout';
import type { TrendInput } from './trend/layout';

/** A chart and its input without a width (the element sizes itself). */
export type ChartView =
  | { kind: 'ranking'; input: Omit<RankingInput, 'width'> }
  | { kind: 'trend'; input: Omit<TrendInput, 'width'> }
  | { kind: 'scatter'; input: Omit<ScatterInput, 'width'> }
  | { kind: 'compare'; input: Omit<CompareInput, 'width'> }
  | { kind: 'change'; input: Omit<ChangeInput, 'width'> };

/** The element of a chart, its whole input in one property (each element sizes itself). */
export function chartTemplate(chart: ChartView, level: Level): TemplateResult {
  switch (chart.kind) {
    case 'ranking':
      return html`<edu-ranking .input=${chart.input} .level=${level}></edu-ranking>`;
    case 'trend':
      return html`<edu-trend .input=${chart.input} .level=${level}></edu-trend>`;
    case 'compare':
      return html`<edu-compare .input=${chart.input} .level=${level}></edu-compare>`;
    case 'scatter':
      return html`<edu-scatter .input=${chart.input} .level=${level}></edu-scatter>`;
    case 'change':
      return html`<edu-change .input=${chart.input} .level=${level}></edu-change>`;
  }
}
