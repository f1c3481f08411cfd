// What an embed shows in each state: a placeholder while loading, an inline
// message in place of the chart when the parameters are wrong, or the chart
// (the map's figure is in map-figure.ts, loaded with the map). Values from parameters are only ever
// bound as text (Lit escapes them).

import { html, type TemplateResult } from 'lit';
import type { Locale } from '../format';
import type { ChartInputs } from './chart-inputs';
import type { EmbedProblem } from './params';
import { embedStrings, problemText } from './strings';

export function loadingTemplate(locale: Locale): TemplateResult {
  return html`<div class="placeholder" role="status">${embedStrings[locale].loading}</div>`;
}

export function problemTemplate(
  problems: readonly EmbedProblem[],
  locales: readonly Locale[],
): TemplateResult {
  return html`<div class="problem" role="alert">
    ${locales.map(
      (locale) =>
        html`<div lang=${locale === 'zh' ? 'zh-CN' : 'en'}>
          <strong>${embedStrings[locale].problemHeading}</strong>
          <ul>
            ${problems.map((p) => html`<li>${problemText(p, locale)}</li>`)}
          </ul>
        </div>`,
    )}
  </div>`;
}

export function loadFailedTemplate(locale: Locale): TemplateResult {
  return html`<div class="problem" role="alert">${embedStrings[locale].loadFailed}</div>`;
}

export function chartTemplate(chart: ChartInputs): TemplateResult {
  const common = (i: { locale: Locale; synthetic: boolean; source: string; date?: string }) => ({
    locale: i.locale,
    synthetic: i.synthetic,
    source: i.source,
    date: i.date,
  });
  switch (chart.type) {
    case 'ranking': {
      const i = chart.input;
      const c = common(i);
      return html`<edu-ranking
        .locale=${c.locale}
        .synthetic=${c.synthetic}
        .source=${c.source}
        .date=${c.date}
        .level=${chart.level}
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
        .level=${chart.level}
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
        .level=${chart.level}
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
        .level=${chart.level}
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
        .level=${chart.level}
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
