// Trends: <edu-trend> for the focus metric (the unit, its parent, the nation
// and the bulletins' national line), its numbers as a table, and a compact
// table with sparklines for every metric.

import { html, nothing, svg, type TemplateResult } from 'lit';
import '../../charts/trend/element';
import { changeBaseYear } from '../../contract';
import { formatDifference, formatValue, formatYear, type Locale } from '../../format';
import { coverageStrings } from '../../i18n/coverage';
import { panelStrings } from '../../i18n/panels';
import type { MetricLine, ProfileModel } from './model';
import { sparkline } from './sparkline';

const SPARK_WIDTH = 96;
const SPARK_HEIGHT = 24;

export interface TrendOptions {
  locale: Locale;
  synthetic: boolean;
  sourceLabel: string;
  onTrendSelect: (event: Event) => void;
}

function focusDataTable(model: ProfileModel, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  const m = model.focus.metric;
  return html`<details class="data-table">
    <summary>${t.trendTableSummary}</summary>
    <div class="scroll">
      <table>
        <caption>
          ${t.focusTrendTitle(m.name[locale], model.unit.name)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.colYear}</th>
            ${model.trend.map((s) => html`<th scope="col" class="num">${s.name}</th>`)}
            ${Object.keys(m.reference).length > 0 ? html`<th scope="col" class="num">${t.nationalReported}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${model.years.map(
            (y) =>
              html`<tr>
                <th scope="row">${formatYear(y)}</th>
                ${model.trend.map((s) => html`<td class="num">${formatValue(m.unit, s.values[y], locale)}</td>`)}
                ${
                  Object.keys(m.reference).length > 0
                    ? html`<td class="num">${formatValue(m.unit, m.reference[y], locale)}</td>`
                    : nothing
                }
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}

/**
 * The first year with a value, up to `upTo`, that a change may be measured
 * from: never before the policy that started what the metric counts (双减).
 */
function firstKnown(line: MetricLine, years: readonly number[], upTo: number): number | null {
  const i = line.history.findIndex(
    (v, k) => v !== null && years[k] <= upTo && changeBaseYear(line.metric, years[k]) === years[k],
  );
  return i < 0 ? null : i;
}

export interface ChangeSince {
  firstYear: number | null;
  firstValue: number | null;
  /** value − first value; null when there is no earlier year to compare with. */
  change: number | null;
}

/** The profile's change line: from the first year a change may start to `year`. */
export function changeSince(line: MetricLine, years: readonly number[], year: number): ChangeSince {
  const first = firstKnown(line, years, year);
  const firstYear = first === null ? null : years[first];
  const firstValue = first === null ? null : line.history[first];
  const change =
    firstValue !== null && line.value !== null && firstYear !== year
      ? line.value - firstValue
      : null;
  return { firstYear, firstValue, change };
}

function sparkRow(line: MetricLine, model: ProfileModel, locale: Locale): TemplateResult {
  const unit = line.metric.unit;
  const spark = sparkline(line.history, SPARK_WIDTH, SPARK_HEIGHT);
  const { firstYear, firstValue, change } = changeSince(line, model.years, model.year);
  return html`<tr data-metric=${line.metric.id} class=${line.focus ? 'focus' : ''}>
    <th scope="row">${line.metric.shortName[locale]}</th>
    <td aria-hidden="true" class="spark">
      <svg
        width=${SPARK_WIDTH}
        height=${SPARK_HEIGHT}
        viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
        preserveAspectRatio="none"
      >
        ${svg`<path d=${spark.path} fill="none" stroke="currentColor" stroke-width="1.5" vector-effect="non-scaling-stroke"></path>`}
        ${spark.last ? svg`<circle cx=${spark.last.x} cy=${spark.last.y} r="2" fill="currentColor"></circle>` : nothing}
      </svg>
    </td>
    <td class="num">
      ${firstYear === null ? '' : html`<span class="muted small">${formatYear(firstYear)}</span> `}${formatValue(unit, firstValue, locale)}
    </td>
    <td class="num">${formatValue(unit, line.value, locale)}</td>
    <td class="num">${change === null ? '' : formatDifference(unit, change, locale)}</td>
  </tr>`;
}

export function trendsSection(model: ProfileModel, options: TrendOptions): TemplateResult {
  const { locale } = options;
  const t = panelStrings[locale];
  const m = model.focus.metric;
  return html`<section aria-labelledby="trends-heading">
    <h3 id="trends-heading">${t.trendsHeading}</h3>
    <edu-trend
      .metric=${m}
      .years=${model.years}
      .series=${model.trend.map((s) =>
        model.partial.has(s.code) && s.code !== model.unit.code
          ? { ...s, name: coverageStrings[locale].partialName(s.name) }
          : s,
      )}
      .showNational=${true}
      .selected=${[model.unit.code]}
      locale=${locale}
      ?synthetic=${options.synthetic}
      source=${options.sourceLabel}
      chart-title=${t.focusTrendTitle(m.name[locale], model.unit.name)}
      @edu-select=${options.onTrendSelect}
    ></edu-trend>
    ${focusDataTable(model, locale)}
    <div class="scroll">
      <table class="sparks">
        <caption>
          ${t.otherTrendsCaption(formatYear(model.year))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.colMetric}</th>
            <th scope="col" aria-hidden="true">${t.colSparkline}</th>
            <th scope="col" class="num">${t.colFirst}</th>
            <th scope="col" class="num">${formatYear(model.year)}</th>
            <th scope="col" class="num">${t.colChange}</th>
          </tr>
        </thead>
        <tbody>
          ${model.groups.flatMap((g) => g.lines).map((line) => sparkRow(line, model, locale))}
        </tbody>
      </table>
    </div>
  </section>`;
}
