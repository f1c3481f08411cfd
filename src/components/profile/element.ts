// <edu-profile>: one page per unit. Loads its own data through
// ProfileDataController, builds a pure ProfileModel and renders it with small
// sub-templates. Navigation goes out as `edu-select` {code, level}.

import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { EDU_SELECT, type EduSelectDetail } from '../../charts/chart-element';
import { NATION_CODE, type DataScope, type Level, type MetricId } from '../../contract';
import type { AtlasDataSource } from '../../data/source';
import type { Unit, UnitDirectory } from '../../data/units';
import { languageTag, type Locale } from '../../format';
import { panelStrings } from '../../i18n/panels';
import { computationSection } from './computation';
import { profileHeader } from './header';
import { metricsTable } from './metrics-table';
import { within } from '../../data/coverage';
import { buildProfileModel, type ProfileModel } from './model';
import { neighboursSection } from './neighbours-table';
import { ProfileDataController } from './profile-data-controller';
import { reportedSection } from './reported-list';
import { remapNotes } from './remaps';
import { profileStyles } from './styles';
import { trendsSection } from './trends';

export class EduProfile extends LitElement {
  static override properties: PropertyDeclarations = {
    source: { attribute: false },
    units: { attribute: false },
    code: { type: String },
    level: { type: String },
    metric: { type: String },
    year: { type: Number },
    locale: { type: String },
    synthetic: { type: Boolean },
    boundariesBase: { type: String, attribute: 'boundaries-base' },
    scope: { attribute: false },
  };

  static override styles = profileStyles;

  declare source: AtlasDataSource | undefined;
  declare units: UnitDirectory | undefined;
  declare code: string;
  declare level: Level;
  /** The metric in focus (trend chart, neighbours). */
  declare metric: MetricId;
  /** 0: the latest year with data. */
  declare year: number;
  declare locale: Locale;
  declare synthetic: boolean;
  declare boundariesBase: string;
  /** The data's scope: neighbours outside it are not listed (index.json `scope`). */
  declare scope: DataScope | undefined;

  private readonly loader = new ProfileDataController(this);

  constructor() {
    super();
    this.code = '';
    this.level = 'county';
    this.metric = 'inclusive_kindergarten_coverage';
    this.year = 0;
    this.locale = 'zh';
    this.synthetic = false;
    this.boundariesBase = './boundaries/';
  }

  private get unit(): Unit | undefined {
    return this.units?.get(this.level, this.code);
  }

  /** The model shown, or null while loading (exposed for the app and tests). */
  get model(): ProfileModel | null {
    const unit = this.unit;
    const units = this.units;
    const data = this.loader.data;
    if (!unit || !units || data.status !== 'ready') return null;
    const parent = units.parentOf(unit);
    const years = data.value.series.years();
    const neighbours = this.loader.neighbours;
    return buildProfileModel({
      unit,
      path: units.pathTo(unit),
      siblings: parent ? units.childrenOf(parent).filter((s) => s.level === unit.level) : [],
      metric: this.metric,
      year: this.year || years[years.length - 1] || 0,
      series: data.value.series,
      reported: data.value.reported,
      neighbours: neighbours.status === 'ready' ? neighbours.value : null,
      remaps: remapNotes(unit.level, unit.code, data.value.remaps),
      inScope: this.scope ? (u) => within(u, this.scope!) || within(this.scope!, u) : undefined,
    });
  }

  override render(): TemplateResult {
    const t = panelStrings[this.locale];
    const lang = languageTag(this.locale);
    const data = this.loader.data;
    if (data.status === 'error')
      return html`<p role="alert" lang=${lang}>${t.loadError(data.message)}</p>`;
    if (this.units && this.code && !this.unit) {
      return html`<p role="alert" lang=${lang}>${t.unknownUnit} ${this.code}</p>`;
    }
    const model = this.model;
    if (!model) return html`<p aria-busy="true" lang=${lang}>${t.loading}</p>`;
    return html`<article aria-labelledby="profile-heading" lang=${lang}>
      ${profileHeader(model, this.locale, this.synthetic, this.onSelectUnit)}
      ${metricsTable(model, this.locale)} ${computationSection(model, this.locale)}
      ${trendsSection(model, {
        locale: this.locale,
        synthetic: this.synthetic,
        sourceLabel: this.synthetic ? t.syntheticNote : '',
        onTrendSelect: this.onTrendSelect,
      })}
      ${
        model.unit.code === NATION_CODE
          ? nothing
          : neighboursSection(
              model,
              this.locale,
              this.loader.neighbours.status === 'loading',
              (code) => this.select({ code, level: model.unit.level }),
            )
      }
      ${reportedSection(model, this.units, this.locale)}
    </article>`;
  }

  private select(detail: EduSelectDetail): void {
    this.dispatchEvent(new CustomEvent(EDU_SELECT, { detail, bubbles: true, composed: true }));
  }

  private onSelectUnit = (unit: Unit): void => this.select({ code: unit.code, level: unit.level });

  /** The trend's units are on different levels; send the right one, not the chart's. */
  private onTrendSelect = (event: Event): void => {
    const detail = (event as CustomEvent<EduSelectDetail>).detail;
    event.stopPropagation();
    const unit = this.model?.path.find((u) => u.code === detail.code);
    if (!unit) return;
    if (unit.code !== this.code || unit.level !== this.level) this.onSelectUnit(unit);
  };
}

if (!customElements.get('edu-profile')) customElements.define('edu-profile', EduProfile);

declare global {
  interface HTMLElementTagNameMap {
    'edu-profile': EduProfile;
  }
}
