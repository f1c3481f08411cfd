// <edu-unit-table>: the units shown, as a real table: rank, name, value (and in
// the full table code, numerator, denominator), flags. Sortable by any column
// (buttons in the headers, aria-sort); names are buttons that open the unit.
// Missing reads 无数据 / No data, never 0.

import { css, html, LitElement, nothing } from 'lit';
import { sortRows, type SortDirection, type SortKey, type TableRow } from '../app/table-rows';
import { isFunctionalZone, type MetricDefinition } from '../contract';
import { metricTexts } from '../contract/metric-texts';
import { formatExactCount, formatMissing, formatValue, type Locale } from '../format';
import { appStrings } from '../i18n/app';
import { coverageStrings } from '../i18n/coverage';
import { sharedStyles } from '../styles/shared';

export interface OpenDetail {
  code: string;
  level: TableRow['level'];
}

export class EduUnitTable extends LitElement {
  static override properties = {
    rows: { attribute: false },
    metric: { attribute: false },
    locale: {},
    caption: {},
    full: { type: Boolean },
    selected: { attribute: false },
    sortKey: { state: true },
    direction: { state: true },
  };

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 14px;
        overflow-x: auto;
      }
      /* Long names (新乡市平原城乡一体化示范区) wrap inside the column, never past it; English names
         wrap between words (Pingdingshan stays whole), Chinese ones between characters. */
      tbody th {
        min-width: 5em;
        overflow-wrap: break-word;
      }
      tbody th button {
        text-align: start;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      caption {
        text-align: left;
        font-weight: 600;
        padding: 6px 8px;
      }
      th,
      td {
        padding: 4px 8px;
        border-bottom: 1px solid #e5e8eb;
        text-align: left;
        vertical-align: top;
      }
      thead th {
        position: sticky;
        top: 0;
        background: var(--edu-soft);
        z-index: 1;
      }
      .num {
        text-align: right;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      th button,
      td button {
        border: none;
        background: none;
        padding: 0;
      }
      th button {
        font-weight: 600;
        color: inherit;
      }
      td button {
        color: var(--edu-accent);
        text-decoration: underline;
        text-align: left;
      }
      tr.selected td {
        background: #fdf1f5;
      }
      .missing {
        color: var(--edu-quiet);
      }
      .flag {
        color: #8a4600;
      }
      td.flag {
        font-size: 13px;
        min-width: 5.5em;
        overflow-wrap: break-word;
      }
      /* A partial value covers only part of its unit: set apart, never ranked. */
      td.partial {
        font-style: italic;
        color: var(--edu-quiet);
      }
      .code {
        color: var(--edu-quiet);
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  declare rows: readonly TableRow[];
  declare metric: MetricDefinition | null;
  declare locale: Locale;
  declare caption: string;
  declare full: boolean;
  declare selected: readonly string[];
  declare sortKey: SortKey;
  declare direction: SortDirection;

  constructor() {
    super();
    this.rows = [];
    this.metric = null;
    this.locale = 'zh';
    this.caption = '';
    this.full = false;
    this.selected = [];
    this.sortKey = 'rank';
    this.direction = 'asc';
  }

  /** The rows in the order shown (the CSV download writes exactly these). */
  get shownRows(): TableRow[] {
    return sortRows(this.rows, this.sortKey, this.direction);
  }

  private sortBy(key: SortKey): void {
    if (this.sortKey === key) this.direction = this.direction === 'asc' ? 'desc' : 'asc';
    else {
      this.sortKey = key;
      this.direction = key === 'value' && this.metric?.higherIsBetter ? 'desc' : 'asc';
    }
  }

  /** What is counted ("在园幼儿数"), not 分子/分母; those only for a metric without counts. */
  private countLabel(part: 'numerator' | 'denominator'): string {
    const texts = this.metric ? metricTexts(this.metric.id) : null;
    return texts?.[part]?.[this.locale] ?? appStrings[this.locale][part];
  }

  private header(key: SortKey, label: string, numeric = false) {
    const sorted = this.sortKey === key;
    const sort = sorted ? (this.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    const arrow = sorted ? (this.direction === 'asc' ? ' ▲' : ' ▼') : '';
    return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${sort}>
      <button type="button" @click=${() => this.sortBy(key)}>${label}${arrow}</button>
    </th>`;
  }

  private open(row: TableRow): void {
    const detail: OpenDetail = { code: row.code, level: row.level };
    this.dispatchEvent(new CustomEvent('edu-open', { detail, bubbles: true, composed: true }));
  }

  /** A count; CVs have none ('—'), a missing ratio reads 无数据. */
  private count(count: number | null, value: number | null): string {
    if (this.metric?.kind === 'cv' && value !== null) return '—';
    return count === null ? formatMissing(this.locale) : formatExactCount(count, this.locale);
  }

  private row(row: TableRow) {
    const s = appStrings[this.locale];
    const unit = this.metric?.unit ?? 'fraction';
    const thresholds = [this.metric?.target?.value];
    const incomplete = row.flags.includes('incomplete');
    const partial = row.flags.includes('partial');
    const cover = coverageStrings[this.locale];
    const label = row.level === 'county' ? s.openProfile(row.name) : s.drillInto(row.name);
    return html`<tr class=${this.selected.includes(row.code) ? 'selected' : ''}>
      <td class="num" title=${partial ? cover.notRanked : nothing}>${row.rank ?? '—'}</td>
      <th scope="row">
        <button type="button" title=${label} @click=${() => this.open(row)}>${row.name}</button>
      </th>
      ${this.full ? html`<td class="code">${row.code}</td>` : nothing}
      <td class="num ${row.value === null ? 'missing' : ''} ${partial ? 'partial' : ''}">
        ${formatValue(unit, row.value, this.locale, { thresholds })}${
          incomplete && row.value !== null
            ? html`<sup class="flag" aria-hidden="true">*</sup>`
            : nothing
        }
      </td>
      ${
        this.full
          ? html`<td class="num">${this.count(row.numerator, row.value)}</td>
              <td class="num">${this.count(row.denominator, row.value)}</td>`
          : nothing
      }
      <td class="flag">
        ${[...row.flags.map((f) => flagText(f, row, this.locale)), ...this.areaNote(row)].join('；')}
      </td>
    </tr>`;
  }

  override render() {
    const s = appStrings[this.locale];
    return html`<table>
      ${
        this.caption
          ? html`<caption>
              ${this.caption}
            </caption>`
          : nothing
      }
      <thead>
        <tr>
          ${this.header('rank', s.rank, true)} ${this.header('name', s.name)}
          ${this.full ? this.header('code', s.code) : nothing}
          ${this.header('value', s.value, true)}
          ${
            this.full
              ? html`${this.header('numerator', this.countLabel('numerator'), true)}${this.header('denominator', this.countLabel('denominator'), true)}`
              : nothing
          }
          <th scope="col">${s.flagsColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${this.shownRows.map((row) => this.row(row))}
      </tbody>
    </table>`;
  }

  /** A functional zone with data has no area on the map: say so where it is listed. */
  private areaNote(row: TableRow): string[] {
    const offMap = row.level === 'county' && row.value !== null && isFunctionalZone(row.code);
    return offMap ? [appStrings[this.locale].noAreaOnMap] : [];
  }
}

/** A flag in words; a partial unit's says how much it covers. */
function flagText(flag: string, row: TableRow, locale: Locale): string {
  const s = appStrings[locale];
  if (flag !== 'partial' || !row.share) return s.flags[flag] ?? flag;
  const { covered, total, childLevel } = row.share;
  const share = coverageStrings[locale].share(covered, total, childLevel);
  return locale === 'zh' ? `${s.flags.partial}（${share}）` : `${s.flags.partial} (${share})`;
}

if (!customElements.get('edu-unit-table')) customElements.define('edu-unit-table', EduUnitTable);

declare global {
  interface HTMLElementTagNameMap {
    'edu-unit-table': EduUnitTable;
  }
}
