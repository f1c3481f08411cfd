// The chart view: the five charts wired to the state, their extra controls
// (second metric, base year), selection, and SVG/PNG downloads of exactly
// the chart shown (title, source, date and synthetic label are in its footer).

import { html, nothing } from 'lit';
import { chartSpec, sceneOf, type ChartContext, type ChartSpec } from '../app/chart-inputs';
import { fileNameOf, saveBlob, saveText, svgToPng } from '../app/download';
import { CHART_KINDS } from '../app/state';
import { renderSvgString } from '../charts';
import { chartTemplate } from '../charts/chart-template';
import { METRIC_GROUPS, METRICS, isMetricId } from '../contract';
import { formatYear } from '../format';
import { tablistTemplate } from './nav-templates';
import { sourceLine } from '../view/chart-place';
import type { ShellContext } from './shell-context';
import '../charts';

/** Width of downloaded charts (CSS px; PNG at 2×). */
const DOWNLOAD_WIDTH = 960;

async function download(spec: ChartSpec, format: 'svg' | 'png', parts: (string | number)[]) {
  const scene = sceneOf(spec, DOWNLOAD_WIDTH);
  const svg = renderSvgString(scene);
  const name = fileNameOf([spec.kind, ...parts], format);
  if (format === 'svg') saveText(name, svg, 'image/svg+xml;charset=utf-8');
  else saveBlob(name, await svgToPng(svg, scene.width, scene.height));
}

function extraControls(ctx: ShellContext) {
  const { s, locale } = ctx;
  if (ctx.state.chart === 'scatter') {
    return html`<div class="field">
      <label for="x-metric">${s.secondMetric}</label>
      <select
        id="x-metric"
        @change=${(e: Event) => {
          const id = (e.target as HTMLSelectElement).value;
          if (isMetricId(id)) ctx.set({ xMetric: id });
        }}
      >
        ${METRIC_GROUPS.map(
          (g) =>
            html`<optgroup label=${g.name[locale]}>
              ${METRICS.filter((m) => m.group === g.id).map(
                (m) =>
                  html`<option value=${m.id} ?selected=${m.id === ctx.state.xMetric}>
                    ${m.name[locale]}
                  </option>`,
              )}
            </optgroup>`,
        )}
      </select>
    </div>`;
  }
  if (ctx.state.chart === 'change') {
    return html`<div class="field">
      <label for="from-year">${s.fromYear}</label>
      <select
        id="from-year"
        @change=${(e: Event) => ctx.set({ from: Number((e.target as HTMLSelectElement).value) })}
      >
        ${ctx.years
          .filter((y) => y !== ctx.year)
          .map(
            (y) =>
              html`<option value=${y} ?selected=${y === ctx.fromYear}>${formatYear(y)}</option>`,
          )}
      </select>
    </div>`;
  }
  return nothing;
}

export function chartPanel(ctx: ShellContext) {
  const { s } = ctx;
  const chartCtx: ChartContext = {
    state: ctx.state,
    data: ctx.data,
    units: ctx.units,
    focus: ctx.focus,
    metric: ctx.metric,
    year: ctx.year,
    fromYear: ctx.fromYear,
    locale: ctx.locale,
    frame: {
      locale: ctx.locale,
      synthetic: ctx.synthetic,
      source: sourceLine(ctx.site, ctx.locale, ctx.synthetic),
      date: ctx.build.builtAt,
    },
  };
  const spec = chartSpec(chartCtx);
  const parts = [ctx.metric.id, ctx.focus.parent.code, ctx.year];
  return html`${tablistTemplate(
      s.chartsLabel,
      CHART_KINDS.map((id) => ({ id, label: s.charts[id] })),
      ctx.state.chart,
      'chart-panel',
      'chart-tab',
      (chart) => ctx.set({ chart }),
      'subtabs',
    )}
    <div id="chart-panel" role="tabpanel" aria-labelledby="chart-tab-${ctx.state.chart}">
      <div class="bar">
        ${extraControls(ctx)}
        <p class="muted small">
          ${ctx.state.chart === 'compare' ? s.compareHint : s.selectHint}
          ${
            ctx.state.select.length
              ? html`${s.selected(ctx.state.select.length)}
                  <button type="button" class="link-button" @click=${() => ctx.set({ select: [] })}>
                    ${s.clearSelection}
                  </button>`
              : nothing
          }
        </p>
      </div>
      <div class="chart-box">
        ${spec ? chartTemplate(spec, ctx.focus.childLevel) : html`<p class="muted">${s.loading}</p>`}
      </div>
      <div class="downloads">
        <button
          type="button"
          ?disabled=${!spec}
          @click=${() => spec && download(spec, 'svg', parts)}
        >
          ${s.downloadSvg}
        </button>
        <button
          type="button"
          ?disabled=${!spec}
          @click=${() => spec && download(spec, 'png', parts)}
        >
          ${s.downloadPng}
        </button>
        <span class="muted small">${s.privacy}</span>
      </div>
    </div>`;
}
