// What an embed shows in each state: a placeholder while loading, an inline
// message in place of the chart when the parameters are wrong, the chart, or
// the map with its title and provenance. Values from parameters are only ever
// bound as text (Lit escapes them).

import { html, nothing, type TemplateResult } from 'lit';
import { metricById, NATION_CODE, type MetricId } from '../contract';
import { formatDate, type Locale } from '../format';
import { chartStrings } from '../i18n/charts';
import type { ChartInputs } from './chart-inputs';
import { valuesAt, valuesKey, type EmbedData } from './chart-data';
import type { EmbedProblem, EmbedSpec } from './params';
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

export interface MapFigure {
  spec: EmbedSpec;
  data: EmbedData;
  chart: Extract<ChartInputs, { type: 'ranking' }>;
  boundariesBase: string;
}

export function mapTemplate({ spec, data, chart, boundariesBase }: MapFigure): TemplateResult {
  const s = embedStrings[spec.lang];
  const cs = chartStrings[spec.lang];
  const i = chart.input;
  const metric = metricById(spec.metric as MetricId);
  const file = data.values.get(valuesKey(metric.id, i.year));
  const columns = file?.levels[chart.level] ?? null;
  const nation = valuesAt(file, 'nation').get(NATION_CODE)?.value ?? null;
  const reference =
    spec.region === NATION_CODE
      ? { name: cs.national, value: nation }
      : { name: i.parentName, value: i.parentValue };
  const level = chart.level === 'nation' ? 'province' : chart.level;
  const provenance = [
    `${cs.sourcePrefix}${i.source}`,
    i.date ? `${cs.datePrefix}${formatDate(i.date)}` : '',
  ]
    .filter(Boolean)
    .join(cs.separator);
  return html`<figure class="map-figure">
    <figcaption>
      <div class="title">${s.mapTitle(metric.name[spec.lang], i.parentName, i.year)}</div>
      <div class="subtitle">${s.mapSubtitle(i.units.length, s.levels[level])}</div>
    </figcaption>
    <edu-map
      .metric=${metric}
      .level=${level}
      .region=${spec.region}
      .values=${columns}
      .selected=${[...spec.codes]}
      .locale=${spec.lang}
      .boundariesBase=${boundariesBase}
      .regionName=${i.parentName}
      .reference=${reference}
      .synthetic=${i.synthetic}
    ></edu-map>
    <div class="footer">${provenance}</div>
    ${i.synthetic ? html`<div class="footer synthetic">${cs.synthetic}</div>` : nothing}
  </figure>`;
}
