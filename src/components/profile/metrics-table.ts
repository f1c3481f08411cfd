// Every metric for the year: value, distance to target, rank among siblings,
// the parent's and the national value, flags in words. Grouped like the catalogue.

import { html, nothing, type TemplateResult } from 'lit';
import { formatDifference, formatValue, type Locale } from '../../format';
import { coverageStrings } from '../../i18n/coverage';
import { panelStrings } from '../../i18n/panels';
import type { MetricLine, ProfileModel } from './model';
import { differenceDigits } from './target-distance';

function targetCell(line: MetricLine, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  if (!line.metric.target) return html`<span class="muted">${t.noTarget}</span>`;
  if (!line.target) return html`<span class="muted">${t.noData}</span>`;
  const status = line.target.meets ? t.meets : t.below;
  const digits = differenceDigits(line.metric.unit, line.target.difference);
  return html`${formatDifference(line.metric.unit, line.target.difference, locale, { digits })}
    <span class="status ${line.target.meets ? 'meets' : 'below'}">${status}</span>
    <span class="muted small"
      >${t.targetInput} ${line.metric.target.comparison === '>=' ? '≥' : '≤'}
      ${formatValue(line.metric.unit, line.metric.target.value, locale)}</span
    >`;
}

function rankCell(line: MetricLine, model: ProfileModel, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  if (!line.rank) return html`<span class="muted">—</span>`;
  return html`<span aria-hidden="true">${t.rank(line.rank.rank, line.rank.of)}</span
    ><span class="visually-hidden"
      >${t.rankLabel(line.rank.rank, line.rank.of, model.parent?.name ?? '')}</span
    >`;
}

function flagsCell(line: MetricLine, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  return html`${line.flags.map((f) => html`<p class="flag" data-flag=${f}>${t.flags[f] ?? f}</p>`)}`;
}

function lineRow(line: MetricLine, model: ProfileModel, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  const unit = line.metric.unit;
  const thresholds = [line.metric.target?.value];
  const showRank = model.siblings.length > 0;
  return html`<tr data-metric=${line.metric.id} class=${line.focus ? 'focus' : ''}>
    <th scope="row">
      ${line.metric.name[locale]}${line.focus ? html` <span class="tag">${t.inFocus}</span>` : nothing}
    </th>
    <td class="num value" data-label=${t.colValue}>
      ${formatValue(unit, line.value, locale, { thresholds })}
    </td>
    <td data-label=${t.colTarget}>${targetCell(line, locale)}</td>
    ${showRank ? html`<td class="num" data-label=${t.colRank}>${rankCell(line, model, locale)}</td>` : nothing}
    ${
      model.parent
        ? html`<td class="num" data-label=${model.parent.name}>
            ${formatValue(unit, line.parentValue, locale, { thresholds })}
          </td>`
        : nothing
    }
    ${
      model.nation && model.nation !== model.unit
        ? html`<td class="num" data-label=${t.colNation}>
            ${formatValue(unit, line.nationValue, locale, { thresholds })}
          </td>`
        : nothing
    }
    <td data-label=${t.colNotes}>${flagsCell(line, locale)}</td>
  </tr>`;
}

export function metricsTable(model: ProfileModel, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  const showRank = model.siblings.length > 0;
  const showNation = !!model.nation && model.nation !== model.unit;
  const columns = 3 + Number(showRank) + Number(!!model.parent) + Number(showNation) + 1;
  return html`<section aria-labelledby="metrics-heading">
    <h3 id="metrics-heading">${t.metricsHeading(model.year)}</h3>
    <table class="metrics stack">
      <caption>
        ${t.metricsCaption(model.unit.name, model.year)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.colMetric}</th>
          <th scope="col" class="num">${t.colValue}</th>
          <th scope="col">${t.colTarget}</th>
          ${showRank ? html`<th scope="col" class="num">${t.colRank}</th>` : nothing}
          ${model.parent ? html`<th scope="col" class="num">${marked(model, model.parent.code, t.colParent(model.parent.name), locale)}</th>` : nothing}
          ${showNation ? html`<th scope="col" class="num">${marked(model, model.nation?.code ?? '', t.colNation, locale)}</th>` : nothing}
          <th scope="col">${t.colNotes}</th>
        </tr>
      </thead>
      ${model.groups.map(
        (g) =>
          html`<tbody>
            <tr class="group">
              <th scope="rowgroup" colspan=${columns}>${g.group.name[locale]}</th>
            </tr>
            ${g.lines.map((line) => lineRow(line, model, locale))}
          </tbody>`,
      )}
    </table>
  </section>`;
}

/** A column named after a partial unit says so ("河南省（仅部分）"). */
function marked(model: ProfileModel, code: string, name: string, locale: Locale): string {
  return model.partial.has(code) ? coverageStrings[locale].partialName(name) : name;
}
