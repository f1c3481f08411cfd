// <edu-gap-table>: the planner's table. Which units of `parent` are below the
// target, by how many 百分点, how many more children / places close the gap,
// a "what if" target, and a CSV of exactly the rows shown.

import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { childLevelOf, type Level, type MetricDefinition } from '../../contract';
import { EDU_SELECT, type EduSelectDetail } from '../../charts/chart-element';
import type { Unit } from '../../data/units';
import type { Locale } from '../../format';
import { panelStrings } from '../../i18n/panels';
import { gapCsv, gapCsvFileName } from './csv';
import { buildGapModel, type GapInputRow, type GapModel, type GapSort } from './model';
import { gapTableNarrowStyles, gapTableStyles } from './styles';
import { gapControls, gapNotes, gapTable, missingList } from './templates';

export class EduGapTable extends LitElement {
  static override properties: PropertyDeclarations = {
    metric: { attribute: false },
    year: { type: Number },
    parent: { attribute: false },
    rows: { attribute: false },
    locale: { type: String },
    synthetic: { type: Boolean },
    target: { type: Number },
    editedTarget: { state: true },
    sort: { state: true },
  };

  static override styles = [gapTableStyles, gapTableNarrowStyles];

  declare metric: MetricDefinition | undefined;
  declare year: number;
  declare parent: Unit | undefined;
  declare rows: readonly GapInputRow[];
  declare locale: Locale;
  declare synthetic: boolean;
  /** Override of the target value (fraction or CV); default metric.target.value. */
  declare target: number | undefined;
  /** What the user typed ("what if 90 %?"); null: none typed. */
  declare editedTarget: number | null;
  declare sort: GapSort;

  constructor() {
    super();
    this.year = 0;
    this.rows = [];
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
      rows: this.rows,
      target: this.editedTarget ?? this.target ?? null,
      sort: this.sort,
    });
  }

  private get rowLevel(): Level {
    return (this.parent && childLevelOf(this.parent.level)) ?? 'county';
  }

  override render(): TemplateResult | typeof nothing {
    const metric = this.metric;
    const model = this.model;
    if (!metric || !model) return nothing;
    const t = panelStrings[this.locale];
    const parentName = this.parent?.name ?? '';
    const name = metric.name[this.locale];
    return html`<section
      aria-labelledby="gap-heading"
      lang=${this.locale === 'zh' ? 'zh-CN' : 'en'}
    >
      <h2 id="gap-heading">
        ${t.gapHeading(name, parentName, this.year)}${
          this.synthetic
            ? html`<span class="badge" title=${t.syntheticNote}>${t.synthetic}</span>`
            : nothing
        }
      </h2>
      ${gapControls({
        metric,
        model,
        locale: this.locale,
        edited: this.editedTarget !== null,
        onTarget: this.onTarget,
        onReset: this.onReset,
        onDownload: this.onDownload,
        onSort: this.onSort,
        sort: this.sort,
      })}
      ${gapNotes(metric, model, this.locale)}
      ${gapTable({
        metric,
        model,
        locale: this.locale,
        caption: t.gapCaption(name, parentName, this.year),
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
  };

  private onReset = (): void => {
    this.editedTarget = null;
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
