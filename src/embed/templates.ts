// What an embed shows in each state: a placeholder while loading, an inline
// message in place of the chart when the parameters are wrong, or the chart
// (the map's figure is in map-figure.ts, loaded with the map). Values from parameters are only ever
// bound as text (Lit escapes them).

import { html, type TemplateResult } from 'lit';
import type { Locale } from '../format';
import { chartTemplate as sharedChartTemplate } from '../charts/chart-template';
import type { ChartInput } from '../view/chart-input';
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

/** The chart of an embed: the shared chart template at the embed's level. */
export function chartTemplate(chart: ChartInput): TemplateResult {
  return sharedChartTemplate(chart, chart.level);
}
