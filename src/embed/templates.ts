// What an embed shows in each state: a placeholder while loading, or the chart
// (the map's figure is in map-figure.ts, loaded with the map; the message in
// place of the chart when the parameters are wrong is in problems.ts, loaded
// when there are some).

import { html, type TemplateResult } from 'lit';
import type { Locale } from '../format';
import { chartTemplate as sharedChartTemplate } from '../charts/chart-template';
import type { ChartInput } from '../view/chart-input';
import { embedStrings } from '../i18n/embed';

export function loadingTemplate(locale: Locale): TemplateResult {
  return html`<div class="placeholder" role="status">${embedStrings[locale].loading}</div>`;
}

export function loadFailedTemplate(locale: Locale): TemplateResult {
  return html`<div class="problem" role="alert">${embedStrings[locale].loadFailed}</div>`;
}

/** The chart of an embed: the shared chart template at the embed's level. */
export function chartTemplate(chart: ChartInput): TemplateResult {
  return sharedChartTemplate(chart, chart.level);
}
