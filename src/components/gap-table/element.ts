// <edu-gap-table>: the planner's table. Which units of `parent` are below the
// target, by how many 百分点, how many more children / places close the gap
// (counted county by county), a "what if" target, a switch to the county rows
// of the whole region, and a CSV of exactly the rows shown.

import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { childLevelOf, type Level, type MetricDefinition } from '../../contract';
import { EDU_SELECT, type EduSelectDetail } from '../../charts/chart-element';
import type { Unit } from '../../data/units';
import type { Locale } from '../../format';
import { panelStrings } from '../../i18n/panels';
import { gapCsv, gapCsvFileName } from './csv';
import { buildGapModel, type GapInputRow, type GapModel, type GapSort } from './model';
import { gapTableNarrowStyles, gapTableStyles } from './styles';
import { gapControls, gapNotes, gapTable, missingList } from './templates';

/** Event sent when the reader types or resets the target. */
export const GAP_TARGET = 'edu-gap-target';

export interface GapTargetDetail {
  /** As typed: percent for rates, the plain value for CVs; null: back to the catalogue's. */
  target: number | null;
}

export class EduGapTable extends LitElement {
  static override properties: PropertyDeclarations = {
    metric: { attribute: false },
    year: { type: Number },
    parent: { attribute: false },
    rows: { attribute: false },
    counties: { attribute: false },
    locale: { type: String },
    synthetic: { type: Boolean },
    target: { type: Number },
    editedTarget: { state: true },
    sort: { state: true },
    byCounty: { state: true },
  };

  static override styles = [gapTableStyles, gapTableNarrowStyles];

  declare metric: MetricDefinition | undefined;
  declare year: number;
  declare parent: Unit | undefined;
  declare rows: readonly GapInputRow[];
  /** Every county-level unit under `rows` (for the county view); empty: no switch. */
  declare counties: readonly GapInputRow[];
  declare locale: Locale;
  declare synthetic: boolean;
  /** Override of the target value (fraction or CV); default metric.target.value. */
  declare target: number | undefined;
  /** What the user typed ("what if 90 %?"); null: none typed. */
  declare editedTarget: number | null;
  declare sort: GapSort;
  /** Rows are every county-level unit of the region instead of `rows`. */
  declare byCounty: boolean;

  constructor() {
    super();
    this.year = 0;
    this.rows = [];
    this.counties = [];
    this.byCounty = false;
    this.locale = 'zh';
    this.synthetic = false;
    this.editedTarget = null;
    this.sort = 'gap-desc';
  }

  /** The model behind what is shown (also what the CSV holds). */
  get model(): GapModel | null {
    if (!this.metric) return null;
    return buildGapModel({
      metric: this.metric,
      rows: this.countyView ? this.counties : this.rows,
      target: this.editedTarget ?? this.target ?? null,
      sort: this.sort,
    });
  }

  /** A URL or app change of the target replaces what was typed. */
  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('target')) this.editedTarget = null;
  }

  private get childLevel(): Level {
    return (this.parent && childLevelOf(this.parent.level)) ?? 'county';
  }

  /** Whether the county switch can be offered (rows above county level). */
  private get canSwitch(): boolean {
    return this.childLevel !== 'county' && this.counties.length > 0;
  }

  private get countyView(): boolean {
    return this.byCounty && this.canSwitch;
  }

  private get rowLevel(): Level {
    return this.countyView ? 'county' : this.childLevel;
  }

  override render(): TemplateResult | typeof nothing {
    const metric = this.metric;
    const model = this.model;
    if (!metric || !model) return nothing;
    const t = panelStrings[this.locale];
    const parentName = this.parent?.name ?? '';
    const name = metric.name[this.locale];
    const rowLevel = this.rowLevel;
    return html`<section
      aria-labelledby="gap-heading"
      lang=${this.locale === 'zh' ? 'zh-CN' : 'en'}
    >
      <h2 id="gap-heading">
        ${t.gapHeading(name, parentName, this.year, rowLevel)}${
          this.synthetic
            ? html`<span class="badge" title=${t.syntheticNote}>${t.synthetic}</span>`
            : nothing
        }
      </h2>
      ${gapControls({
        metric,
        model,
        locale: this.locale,
        // A target from the URL that equals the catalogue's is no "what if".
        edited:
          this.editedTarget !== null ||
          (this.target !== undefined && this.target !== metric.target?.value),
        onTarget: this.onTarget,
        onReset: this.onReset,
        onDownload: this.onDownload,
        onSort: this.onSort,
        sort: this.sort,
        countySwitch: this.canSwitch
          ? { on: this.countyView, level: this.childLevel, onToggle: this.onToggleCounty }
          : null,
      })}
      ${gapNotes(metric, model, this.locale, rowLevel)}
      ${gapTable({
        metric,
        model,
        locale: this.locale,
        rowLevel,
        caption: t.gapCaption(name, parentName, this.year, rowLevel),
        sort: this.sort,
        onSort: this.onSort,
        onSelect: this.onSelect,
      })}
      ${missingList(model, this.locale, this.onSelect)}
    </section>`;
  }

  private onTarget = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const typed = input.valueAsNumber;
    if (!Number.isFinite(typed)) return;
    this.editedTarget = this.metric?.unit === 'fraction' ? typed / 100 : typed;
    this.announceTarget(typed);
  };

  private onReset = (): void => {
    this.editedTarget = null;
    this.announceTarget(null);
  };

  /** Tells the app (which keeps it in the URL) the target as typed: % for rates; null: reset. */
  private announceTarget(typed: number | null): void {
    const detail: GapTargetDetail = { target: typed };
    this.dispatchEvent(new CustomEvent(GAP_TARGET, { detail, bubbles: true, composed: true }));
  }

  private onToggleCounty = (): void => {
    this.byCounty = !this.byCounty;
  };

  private onSort = (): void => {
    this.sort = this.sort === 'gap-desc' ? 'gap-asc' : 'gap-desc';
  };

  private onSelect = (code: string): void => {
    const detail: EduSelectDetail = { code, level: this.rowLevel };
    this.dispatchEvent(new CustomEvent(EDU_SELECT, { detail, bubbles: true, composed: true }));
  };

  /** The CSV of the rows shown; public so that the app can offer it elsewhere. */
  csv(): string | null {
    const model = this.model;
    if (!model || !this.metric) return null;
    return gapCsv({
      model,
      level: this.rowLevel,
      parentCode: this.parent?.code ?? '',
      year: this.year,
      metric: this.metric.id,
      unit: this.metric.unit,
      synthetic: this.synthetic,
    });
  }

  private onDownload = (): void => {
    const csv = this.csv();
    if (!csv || !this.metric) return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = gapCsvFileName(this.parent?.code ?? '', this.metric.id, this.year);
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Revoke after the click has been handled.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
}

if (!customElements.get('edu-gap-table')) customElements.define('edu-gap-table', EduGapTable);

declare global {
  interface HTMLElementTagNameMap {
    'edu-gap-table': EduGapTable;
  }
}
