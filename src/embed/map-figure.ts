// The map's figure in an embed: title, <edu-map>, provenance. Loaded with the
// map (prepareMap), so chart-only pages do not carry it.

import { css, html, nothing, type TemplateResult } from 'lit';
import { metricById, NATION_CODE, type MetricId } from '../contract';
import { formatDate } from '../format';
import { chartStrings } from '../i18n/charts';
import type { ChartInput } from '../view/chart-place';
import { valuesAt } from '../data/values';
import { valuesKey, type EmbedData } from './chart-data';
import type { EmbedSpec } from './params';
import { mapFigureStrings } from '../i18n/embed-map';
import { darkMapTokens, lightMapTokens } from '../map/theme-tokens';

/** Forced light or dark map colours (auto follows the reader's setting). */
export const mapFigureStyles = css`
  .wrap.light edu-map {
    ${lightMapTokens}
  }
  .wrap.dark edu-map {
    ${darkMapTokens}
  }
  .map-figure {
    margin: 0;
  }
  figcaption {
    padding: 0 0 8px;
  }
  .title {
    font-size: 15px;
    font-weight: bold;
  }
  .subtitle,
  .footer {
    color: var(--edu-embed-muted);
    font-size: 12px;
  }
  .footer {
    padding: 6px 0 0;
  }
  .footer.synthetic {
    color: #b35806;
    font-weight: bold;
    padding-top: 0;
  }
  .dark .footer.synthetic {
    color: #f1a340;
  }
  edu-map {
    --edu-map-height: var(--edu-embed-map-height, min(480px, 75vw));
  }
  .map-figure + .back {
    padding-left: 0;
  }
`;

export interface MapFigure {
  spec: EmbedSpec;
  data: EmbedData;
  chart: Extract<ChartInput, { kind: 'ranking' }>;
  boundariesBase: string;
}

export function mapTemplate({ spec, data, chart, boundariesBase }: MapFigure): TemplateResult {
  const s = mapFigureStrings[spec.lang];
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
  const level = chart.level;
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
      .selected=${[...spec.select]}
      .locale=${spec.lang}
      .names=${data.units.inLocale(spec.lang).names()}
      .boundariesBase=${boundariesBase}
      .regionName=${i.parentName}
      .reference=${reference}
      .synthetic=${i.synthetic}
    ></edu-map>
    <div class="footer">${provenance}</div>
    ${i.synthetic ? html`<div class="footer synthetic">${cs.synthetic}</div>` : nothing}
  </figure>`;
}
