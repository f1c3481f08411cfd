// Sub-templates of <edu-gap-table>: controls, notes, the table, the missing list.

import { html, nothing, type TemplateResult } from 'lit';
import type { Level, MetricDefinition } from '../../contract';
import { metricTexts } from '../../contract/metric-texts';
import { formatExactCount, formatDifference, formatValue, type Locale } from '../../format';
import { panelStrings } from '../../i18n/panels';
import { differenceDigits } from '../profile/target-distance';
import type { GapModel, GapRow, GapSort } from './model';

export interface GapControlsInput {
  metric: MetricDefinition;
  model: GapModel;
  locale: Locale;
  edited: boolean;
  onTarget: (event: Event) => void;
  onReset: () => void;
  onDownload: () => void;
  onSort: () => void;
  sort: GapSort;
  /** The switch between the units of the level below and every county; null: none. */
  countySwitch: { on: boolean; level: Level; onToggle: () => void } | null;
}

/** The input's own value (not a display string): the target in % for fractions. */
function inputValue(metric: MetricDefinition, model: GapModel): string {
  if (!model.target) return '';
  const shown = metric.unit === 'fraction' ? model.target.value * 100 : model.target.value;
  return String(Number(shown.toFixed(4)));
}

export function gapControls(input: GapControlsInput): TemplateResult {
  const { metric, model, locale } = input;
  const t = panelStrings[locale];
  const percent = metric.unit === 'fraction';
  return html`<div class="controls">
    <label
      >${percent ? t.targetInputPercent : t.targetInput}
      <input
        type="number"
        inputmode="decimal"
        min="0"
        max=${percent ? 200 : 5}
        step=${percent ? 0.1 : 0.01}
        .value=${inputValue(metric, model)}
        @change=${input.onTarget}
    /></label>
    ${
      input.edited && metric.target
        ? html`<button type="button" @click=${input.onReset}>${t.resetTarget}</button>`
        : nothing
    }
    ${
      input.countySwitch
        ? html`<button
            type="button"
            class="county-switch"
            aria-pressed=${input.countySwitch.on ? 'true' : 'false'}
            @click=${input.countySwitch.onToggle}
          >
            ${t.countySwitch(input.countySwitch.on, input.countySwitch.level)}
          </button>`
        : nothing
    }
    <button type="button" class="download" @click=${input.onDownload}>${t.download}</button>
    ${
      model.mode === 'none'
        ? nothing
        : html`<button type="button" class="sort-narrow" @click=${input.onSort}>
            ${t.sortByGap} ${input.sort === 'gap-desc' ? '▼' : '▲'}
          </button>`
    }
  </div>`;
}

export function gapNotes(
  metric: MetricDefinition,
  model: GapModel,
  locale: Locale,
  rowLevel: Level,
): TemplateResult {
  const t = panelStrings[locale];
  const message =
    model.mode === 'cv'
      ? t.cvMessage(formatValue(metric.unit, model.target?.value, locale))
      : model.mode === 'none'
        ? t.noTargetMessage
        : metric.id === 'preschool_gross_enrollment'
          ? t.neededNoteGross
          : t.neededNoteRatio(metricTexts(metric.id).denominator?.[locale] ?? '');
  return html`<p class=${model.mode === 'count' ? 'note' : 'message'} role="note">${message}</p>
    ${model.mode === 'count' ? html`<p class="note counted">${t.neededCountedAt(rowLevel)}</p>` : nothing}
    ${
      metric.target && model.mode !== 'none'
        ? html`<p class="note">
            ${t.targetFrom(metricTexts(metric.id).targetSource?.[locale] ?? '')}
          </p>`
        : nothing
    }`;
}

export interface GapTableInput {
  metric: MetricDefinition;
  model: GapModel;
  locale: Locale;
  /** Level of the rows: above county, each row shows its counties below the target. */
  rowLevel: Level;
  caption: string;
  sort: GapSort;
  onSort: () => void;
  onSelect: (code: string) => void;
}

function statusCell(row: GapRow, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  if (row.status === 'unjudged') return html`<td data-label=${t.colStatus}>${t.noTarget}</td>`;
  return html`<td data-label=${t.colStatus} class="status-${row.status}">
    ${row.status === 'below' ? t.below : row.status === 'partial' ? t.partialStatus : t.meets}
  </td>`;
}

function flagsCell(row: GapRow, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  // An empty cell stays empty (no whitespace), so that a phone's card hides its label.
  if (row.flags.length === 0) return html`<td class="flags" data-label=${t.colNotes}></td>`;
  return html`<td class="flags" data-label=${t.colNotes}>
    ${row.flags.map((f) => t.flagShort[f] ?? f).join(t.listSeparator)}
  </td>`;
}

/** Whether rows get the "counties below" column: rows above county level, with a target. */
function showsCounties(input: GapTableInput): boolean {
  return input.rowLevel !== 'county' && input.model.mode !== 'none';
}

function countiesCell(row: GapRow, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  return html`<td class="num counties" data-label=${t.colCountiesBelow}>
    ${row.countiesBelow === null ? '' : t.countiesBelowCell(row.countiesBelow, row.countiesWithData)}
  </td>`;
}

function rowTemplate(row: GapRow, input: GapTableInput): TemplateResult {
  const { metric, model, locale } = input;
  const t = panelStrings[locale];
  const thresholds = [model.target?.value];
  return html`<tr data-code=${row.code} class=${row.status}>
    <th scope="row">
      <button type="button" class="link" @click=${() => input.onSelect(row.code)}>
        ${row.name}
      </button>
      ${row.parentName ? html`<span class="parent-name">${row.parentName}</span>` : nothing}
    </th>
    <td class="num" data-label=${t.colValue}>
      ${formatValue(metric.unit, row.value, locale, { thresholds })}
    </td>
    <td class="num" data-label=${t.colGap}>
      ${row.gap === null ? '' : formatDifference(metric.unit, row.gap, locale, { digits: differenceDigits(metric.unit, row.gap) })}
    </td>
    ${
      model.mode === 'count'
        ? row.needed
          ? html`<td
              class="num needed"
              data-label=${t.colNeeded(metricTexts(metric.id).countNoun?.[locale] ?? '')}
            >
              ${formatExactCount(row.needed, locale)}
            </td>`
          : html`<td
              class="num needed"
              data-label=${t.colNeeded(metricTexts(metric.id).countNoun?.[locale] ?? '')}
            ></td>`
        : nothing
    }
    ${showsCounties(input) ? countiesCell(row, locale) : nothing} ${statusCell(row, locale)}
    ${flagsCell(row, locale)}
  </tr>`;
}

/** A flag's note: its long text after its name, the name once when the text starts with it (超过100%：…). */
function flagNote(flag: string, locale: Locale): string {
  const t = panelStrings[locale];
  const name = t.flagShort[flag] ?? flag;
  const long = t.flags[flag] ?? flag;
  return t.flagNote(long.startsWith(name) ? long : `${name}${t.labelSeparator}${long}`);
}

function flagNotes(model: GapModel, locale: Locale): TemplateResult | typeof nothing {
  const present = [...new Set(model.rows.flatMap((r) => [...r.flags]))].sort();
  if (present.length === 0) return nothing;
  return html`${present.map((f) => html`<p class="note">${flagNote(f, locale)}</p>`)}`;
}

/** The footer: units below, county-level units below (when rows are above them), places. */
function totalsText(input: GapTableInput): string {
  const { model, locale } = input;
  const t = panelStrings[locale];
  const totals = model.totals;
  if (totals.withData > 0 && totals.below === 0 && totals.countiesBelow === 0) return t.allMeet;
  const clauses = [t.totals(totals.below, totals.withData)];
  if (showsCounties(input))
    clauses.push(t.countiesTotals(totals.countiesBelow, totals.countiesWithData));
  if (totals.needed)
    clauses.push(
      t.neededTotal(
        formatExactCount(totals.needed, locale),
        metricTexts(input.metric.id).countNoun?.[locale] ?? '',
      ),
    );
  return clauses.join(t.clauseSeparator);
}

export function gapTable(input: GapTableInput): TemplateResult {
  const { metric, model, locale } = input;
  const t = panelStrings[locale];
  const noun = metricTexts(metric.id).countNoun?.[locale] ?? '';
  const ariaSort = input.sort === 'gap-desc' ? 'descending' : 'ascending';
  const counties = showsCounties(input);
  const columns = 5 + (model.mode === 'count' ? 1 : 0) + (counties ? 1 : 0);
  return html`<div class="scroll">
      <table class="stack">
        <caption>
          ${input.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.colUnit}</th>
            <th scope="col" class="num">${t.colValue}</th>
            <th scope="col" class="num" aria-sort=${model.mode === 'none' ? 'none' : ariaSort}>
              ${
                model.mode === 'none'
                  ? t.colGap
                  : html`<button
                      type="button"
                      class="sort"
                      @click=${input.onSort}
                      title=${t.sortByGap}
                    >
                      ${t.colGap} ${input.sort === 'gap-desc' ? '▼' : '▲'}
                    </button>`
              }
            </th>
            ${model.mode === 'count' ? html`<th scope="col" class="num">${t.colNeeded(noun)}</th>` : nothing}
            ${counties ? html`<th scope="col" class="num">${t.colCountiesBelow}</th>` : nothing}
            <th scope="col">${t.colStatus}</th>
            <th scope="col">${t.colNotes}</th>
          </tr>
        </thead>
        <tbody>
          ${model.rows.map((row) => rowTemplate(row, input))}
        </tbody>
        ${
          model.mode === 'none'
            ? nothing
            : html`<tfoot>
                <tr>
                  <th scope="row">${t.totalsRow}</th>
                  <td colspan=${columns - 1}>${totalsText(input)}</td>
                </tr>
              </tfoot>`
        }
      </table>
    </div>
    ${flagNotes(model, locale)}`;
}

export function missingList(
  model: GapModel,
  locale: Locale,
  onSelect: (code: string) => void,
): TemplateResult | typeof nothing {
  if (model.missing.length === 0) return nothing;
  const t = panelStrings[locale];
  return html`<h3>${t.missingHeading(model.missing.length)}</h3>
    <p class="note">${t.missingNote}</p>
    <ul class="missing">
      ${model.missing.map(
        (row) =>
          html`<li data-code=${row.code}>
            <button type="button" class="link" @click=${() => onSelect(row.code)}>
              ${row.name}
            </button>
            — ${t.noData}
          </li>`,
      )}
    </ul>`;
}
