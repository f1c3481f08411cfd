// <edu-atlas>: the app shell. Thin: state lives in controllers (URL, data,
// player), views are template functions in their own files, and this element
// only resolves the state and routes events.

import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { AtlasDataController } from '../app/atlas-data-controller';
import { PlayController } from '../app/play-controller';
import { UrlStateController } from '../app/url-controller';
import type { Level } from '../contract';
import { dataSourceFor, type AtlasDataSource } from '../data/source';
import { hasKeptOwnData, markKept } from '../own-data/kept-flag';
import type { PublishedFiles } from '../own-data/protocol';
import type { Unit } from '../data/units';
import { formatYear, languageTag } from '../format';
import { appStrings } from '../i18n/app';
import { loadMapElement } from '../map';
import { footerTemplate, metricNote } from './about-templates';
import { atlasStyles } from './atlas-styles';
import { controlsTemplate, headerTemplate, type OwnDataHeader } from './header-template';
import { mapPanel, prefetchMapView } from './map-panel';
import { breadcrumbTemplate, viewTabs } from './nav-templates';
import { isPanelReady, loadChartPanel, loadedChartPanel, loadPanel } from './panel-loader';
import { gapPanel, profilePanel } from './profile-panel';
import type { OwnDataHost, OwnDataSession } from './own-data/session';
import type { ShellContext } from './shell-context';
import { tablePanel } from './table-panel';
import { applySiteIdentity, siteDefaults } from '../app/site-identity';
import { placeOf } from '../view/chart-place';

interface UnitEventDetail {
  code: string;
  level: Level;
}

export class EduAtlas extends LitElement {
  static override styles = atlasStyles;

  private readonly url = new UrlStateController(this);
  private data = this.dataFrom(dataSourceFor('./data/'), false);
  /** The user's own data on screen (built on this device), or null for the published data. */
  private own: (OwnDataSession & { dispose(): void }) | null = null;
  /** A build is kept in this browser (IndexedDB). */
  private ownKept = hasKeptOwnData();
  private ownNotice: string | null = null;
  /** A kept build is being read back: the published data is not shown meanwhile. */
  private restoring = false;
  private readonly player = new PlayController(this, () => this.stepYear());
  private mapDefined = false;
  private context: ShellContext | null = null;

  private get strings() {
    return appStrings[this.url.state.lang];
  }

  private stepYear(): boolean {
    const ctx = this.context;
    if (!ctx) return false;
    const next = ctx.years[ctx.years.indexOf(ctx.year) + 1];
    if (next === undefined) return false;
    this.url.set({ year: next }, 'replace');
    return true;
  }

  private togglePlay = (): void => {
    const ctx = this.context;
    if (ctx && !this.player.playing && ctx.year === ctx.years[ctx.years.length - 1]) {
      this.url.set({ year: ctx.years[0] });
    }
    this.player.toggle();
  };

  private goTo(unit: Unit): void {
    const units = this.data.units;
    if (!units) return;
    const view = this.url.state.view;
    this.url.set({
      // A county whose code is also its prefecture's (441900) opens as the prefecture.
      region: unit.code,
      level: null,
      view:
        unit.level === 'county'
          ? view === 'chart'
            ? view
            : 'profile'
          : view === 'profile'
            ? 'map'
            : view,
    });
  }

  private unitFrom(detail: UnitEventDetail): Unit | undefined {
    return this.data.units?.get(detail.level, detail.code) ?? this.data.units?.find(detail.code);
  }

  private toggleSelected(code: string): void {
    const select = this.url.state.select;
    this.url.set({
      select: select.includes(code)
        ? select.filter((c) => c !== code)
        : [...select, code].slice(-10),
    });
  }

  private onDrill = (e: Event): void => {
    const unit = this.unitFrom((e as CustomEvent<UnitEventDetail>).detail);
    if (unit) this.goTo(unit);
  };

  private onUp = (): void => {
    const focus = this.context?.focus;
    const parent = focus && this.data.units?.parentOf(focus.parent);
    if (focus && focus.unit.level === 'county') this.goTo(focus.parent);
    else if (parent) this.goTo(parent);
  };

  private onSelect = (e: Event): void => {
    const detail = (e as CustomEvent<UnitEventDetail>).detail;
    if (this.url.state.view === 'chart') this.toggleSelected(detail.code);
    else this.onDrill(e);
  };

  /** The data of `source`; `rescope`: open at its scope (a swap), not at the address's region. */
  private dataFrom(source: AtlasDataSource, rescope: boolean): AtlasDataController {
    return new AtlasDataController(this, source, (index) => {
      // An index that arrives after the atlas moved to other data is not its own.
      if (this.data.source !== source) return;
      this.url.setDefaults(siteDefaults(index));
      if (rescope) this.url.set({ region: index.scope.code, level: null, select: [] }, 'replace');
      this.prefetchView();
    });
  }

  /** The map's values and boundaries are requested before the shell renders (first view). */
  private prefetchView(): void {
    const ctx = this.buildContext();
    if (ctx?.state.view === 'map') prefetchMapView(ctx);
  }

  /** Runs the atlas on another data source (the user's, or back to the published). */
  private useData(source: AtlasDataSource): void {
    this.removeController(this.data);
    this.data = this.dataFrom(source, true);
    this.requestUpdate();
  }

  /** The atlas on the user's files, held in memory (that reader loads only now). */
  private async showOwnData(files: PublishedFiles, inputs: string[], kept: boolean): Promise<void> {
    const { memoryDataSource } = await import('../data/memory-source');
    this.own?.dispose();
    const memory = memoryDataSource(files);
    this.own = { files, inputs, kept, dispose: memory.dispose };
    this.ownNotice = null;
    this.useData(memory.source);
  }

  private leaveOwnData = (): void => {
    if (!this.own) return;
    this.own.dispose();
    this.own = null;
    this.useData(dataSourceFor('./data/'));
  };

  private setOwnKept = (kept: boolean): void => {
    markKept(kept);
    this.ownKept = kept;
    if (this.own) this.own.kept = kept;
    this.requestUpdate();
  };

  private forgetOwnData = (): void => {
    void import('../own-data/store').then(async ({ forgetBuild }) => {
      await forgetBuild();
      this.setOwnKept(false);
    });
  };

  private ownDataHost(): OwnDataHost {
    return {
      locale: this.url.state.lang,
      current: () => this.own,
      show: (files, inputs) => this.showOwnData(files, inputs, false),
      setKept: this.setOwnKept,
      leave: this.leaveOwnData,
    };
  }

  /** The dialog and the build worker load only now (their own chunks). */
  private openOwnData = async (files: File[] = []): Promise<void> => {
    const { openOwnDataDialog } = await import('./own-data/dialog');
    await openOwnDataDialog(this.ownDataHost(), files);
  };

  private ownHeader(): OwnDataHeader {
    return {
      active: this.own !== null,
      kept: this.ownKept,
      open: () => void this.openOwnData(),
      leave: this.leaveOwnData,
      forget: this.forgetOwnData,
    };
  }

  /** Files dragged anywhere over the page may be dropped (nothing else is taken). */
  private onDragOver = (e: DragEvent): void => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };

  private onDrop = (e: DragEvent): void => {
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length) return;
    e.preventDefault();
    void this.openOwnData(files);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('dragover', this.onDragOver);
    window.addEventListener('drop', this.onDrop);
    if (this.ownKept && !this.own) {
      this.restoring = true;
      void this.restoreOwnData().finally(() => {
        this.restoring = false;
        this.requestUpdate();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('dragover', this.onDragOver);
    window.removeEventListener('drop', this.onDrop);
  }

  /** Data the user kept in this browser opens again, with its badge. */
  private async restoreOwnData(): Promise<void> {
    const { restoreBuild } = await import('../own-data/store');
    const kept = await restoreBuild();
    if (kept) await this.showOwnData(kept.files, kept.inputs, true);
    else {
      this.setOwnKept(false);
      this.ownNotice = this.strings.ownRestoreFailed;
      this.requestUpdate();
    }
  }

  private buildContext(): ShellContext | null {
    if (this.restoring) return null;
    const index = this.data.index;
    const state = this.url.state;
    // Every name on screen in the reader's language (河南省 → Henan).
    const units = this.data.units?.inLocale(state.lang);
    if (!index || !units) return null;
    const coverage = this.data.coverage;
    if (!coverage || !this.data.units) return null;
    // The view's metric, year, base year and focus, resolved as the embeds and images resolve them.
    const place = placeOf(state, { index, units: this.data.units, coverage });
    if (!place) return null;
    const { metric, years, year, fromYear, focus } = place;
    return {
      state,
      s: appStrings[state.lang],
      locale: state.lang,
      metric,
      year,
      years,
      fromYear,
      build: index.build,
      synthetic: index.build.synthetic,
      focus,
      units,
      coverage,
      site: index.site,
      data: this.data,
      set: (patch, mode) => this.url.set(patch, mode),
      goTo: (unit) => this.goTo(unit),
      toggleSelected: (code) => this.toggleSelected(code),
    };
  }

  protected override updated(): void {
    const state = this.url.state;
    document.documentElement.lang = languageTag(state.lang);
    const ctx = this.context;
    const site = this.data.index?.site;
    const siteTitle = site ? site.title[state.lang] : this.strings.title;
    document.title = ctx
      ? `${ctx.metric.name[ctx.locale]} · ${ctx.focus.unit.name} · ${formatYear(ctx.year)} — ${siteTitle}`
      : siteTitle;
    const synthetic = this.data.index?.build.synthetic ?? false;
    if (site) applySiteIdentity(document, site, state.lang, document.title, synthetic);
    const showsMap = state.view === 'map' || (state.view === 'chart' && state.chart === 'change');
    if (showsMap && !this.mapDefined) {
      void loadMapElement().then(() => {
        this.mapDefined = true;
        this.requestUpdate();
      });
    }
    const panel = state.view === 'profile' ? 'profile' : state.view === 'gap' ? 'gap-table' : null;
    if (panel && !isPanelReady(panel))
      void loadPanel(panel).then((ok) => ok && this.requestUpdate());
    if (state.view === 'chart' && !loadedChartPanel())
      void loadChartPanel().then((ok) => ok && this.requestUpdate());
  }

  private panel(ctx: ShellContext): TemplateResult {
    switch (ctx.state.view) {
      case 'map':
        return mapPanel(ctx, this.mapDefined);
      case 'chart': {
        // The chart view's code loads when it is first opened (see updated()).
        const chartPanel = loadedChartPanel();
        return chartPanel ? chartPanel(ctx) : html`<p class="muted">${ctx.s.loading}</p>`;
      }
      case 'table':
        return tablePanel(ctx);
      case 'profile':
        return profilePanel(ctx);
      case 'gap':
        return gapPanel(ctx);
    }
  }

  private notices(ctx: ShellContext) {
    const s = ctx.s;
    const lost = ctx.focus.unit.code !== this.url.state.region;
    const invalid = this.url.invalid;
    return html`${
      invalid.length
        ? html`<div class="notice" role="status">
            <span>${s.invalidParams(invalid.join(', '))}</span>
            <button type="button" @click=${() => this.url.dismissNotice()}>${s.dismiss}</button>
          </div>`
        : nothing
    }
    ${lost ? html`<div class="notice" role="status">${s.unknownRegion}</div>` : nothing}
    ${this.ownNotice ? html`<div class="notice" role="status">${this.ownNotice}</div>` : nothing}`;
  }

  override render() {
    const s = this.strings;
    const ctx = (this.context = this.buildContext());
    if (!ctx) {
      return html`<div class="page">
        <header class="top">
          <h1>${this.data.index?.site.title[this.url.state.lang] ?? s.title}</h1>
        </header>
        <main id="main">
          <p class=${this.data.error ? 'notice error' : 'muted'} role="status">
            ${this.data.error ? s.loadError : s.loading}
          </p>
        </main>
      </div>`;
    }
    const regionName =
      ctx.focus.unit.level === 'nation' && ctx.locale === 'en' ? 'China' : ctx.focus.unit.name;
    const lang = () => this.url.set({ lang: ctx.locale === 'zh' ? 'en' : 'zh' });
    return html`<a class="skip" href="#main" @click=${this.skip}>${s.skip}</a>
      <div class="page" lang=${languageTag(ctx.locale)}>
        ${headerTemplate(ctx, lang, this.ownHeader())}
        ${controlsTemplate(ctx, this.player.playing, this.togglePlay)} ${breadcrumbTemplate(ctx)}
        ${this.notices(ctx)}
        <main
          id="main"
          tabindex="-1"
          @edu-drill=${this.onDrill}
          @edu-up=${this.onUp}
          @edu-select=${this.onSelect}
          @edu-open=${this.onDrill}
        >
          <h2>${ctx.metric.name[ctx.locale]} · ${regionName} · ${formatYear(ctx.year)}</h2>
          ${viewTabs(ctx)}
          <section id="view-panel" role="tabpanel" aria-labelledby="tab-${ctx.state.view}">
            ${this.panel(ctx)}
          </section>
          ${metricNote(ctx)}
        </main>
        ${footerTemplate(ctx)}
      </div>`;
  }

  private skip = (e: Event): void => {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#main')?.focus();
  };
}

if (!customElements.get('edu-atlas')) customElements.define('edu-atlas', EduAtlas);

declare global {
  interface HTMLElementTagNameMap {
    'edu-atlas': EduAtlas;
  }
}
