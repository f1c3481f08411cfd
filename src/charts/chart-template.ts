// The chart elements bound to their layout inputs: one template per chart
// kind, shared by the atlas and the embeds. It names the elements only; the
// caller loads the element modules it needs.

import { html, type TemplateResult } from 'lit';
import type { Level } from '../contract';
import type { Locale } from '../format';
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

export function chartTemplate(chart: ChartView, level: Level): TemplateResult {
  const common = (i: { locale: Locale; synthetic: boolean; source: string; date?: string }) => ({
    locale: i.locale,
    synthetic: i.synthetic,
    source: i.source,
    date: i.date,
  });
  switch (chart.kind) {
    case 'ranking': {
      const i = chart.input;
      const c = common(i);
      return html`<edu-ranking
        .locale=${c.locale}
        .synthetic=${c.synthetic}
        .source=${c.source}
        .date=${c.date}
        .level=${level}
        .selected=${i.selected ?? []}
        .metric=${i.metric}
        .year=${i.year}
        .parentName=${i.parentName}
        .units=${i.units}
        .parentValue=${i.parentValue}
        .nationalValue=${i.nationalValue}
      ></edu-ranking>`;
    }
    case 'trend': {
      const i = chart.input;
      const c = common(i);
      return html`<edu-trend
        .locale=${c.locale}
        .synthetic=${c.synthetic}
        .source=${c.source}
        .date=${c.date}
        .level=${level}
        .selected=${i.selected ?? []}
        .metric=${i.metric}
        .years=${i.years}
        .series=${i.series}
      ></edu-trend>`;
    }
    case 'compare': {
      const i = chart.input;
      const c = common(i);
      return html`<edu-compare
        .locale=${c.locale}
        .synthetic=${c.synthetic}
        .source=${c.source}
        .date=${c.date}
        .level=${level}
        .selected=${i.selected ?? []}
        .metrics=${i.metrics}
        .districts=${i.districts}
        .year=${i.year}
      ></edu-compare>`;
    }
    case 'scatter': {
      const i = chart.input;
      const c = common(i);
      return html`<edu-scatter
        .locale=${c.locale}
        .synthetic=${c.synthetic}
        .source=${c.source}
        .date=${c.date}
        .level=${level}
        .selected=${i.selected ?? []}
        .xMetric=${i.xMetric}
        .yMetric=${i.yMetric}
        .year=${i.year}
        .parentName=${i.parentName}
        .units=${i.units}
      ></edu-scatter>`;
    }
    case 'change': {
      const i = chart.input;
      const c = common(i);
      return html`<edu-change
        .locale=${c.locale}
        .synthetic=${c.synthetic}
        .source=${c.source}
        .date=${c.date}
        .level=${level}
        .selected=${i.selected ?? []}
        .metric=${i.metric}
        .yearFrom=${i.yearFrom}
        .yearTo=${i.yearTo}
        .parentName=${i.parentName}
        .units=${i.units}
      ></edu-change>`;
    }
  }
}
