// <edu-map>: a choropleth of one metric for the children of one region.
// Thin: the maths lives in pure modules (colour-plan, tooltip, labels,
// keyboard-nav), the MapLibre calls in map-view. Loaded only through
// loadMapElement() so that maplibre-gl is fetched when a map is shown.

import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { NATION_CODE, type MetricDefinition, type ValueColumns } from '../contract';
import type { Locale } from '../format';
import { mapStrings } from '../i18n/map';
import {
  boundaryLayerFor,
  contextLayerFor,
  isInReferenceList,
  isShown,
  parentLevelOf,
  type MapLevel,
} from './boundary-layer';
import { boundaryUrl, loadBoundaries, type LoadedBoundaries } from './boundary-loader';
import {
  colourPlan,
  defaultClassification,
  groundColour,
  legendCodes,
  type ClassificationSettings,
  type ColourPlan,
} from './colour-plan';
import { mapElementStyles } from './element-styles';
import { legendTemplate, tooltipTemplate } from './element-templates';
import { nextDistrict, type Direction } from './keyboard-nav';
import { labelInk } from './label-ink';
import { labelCandidates, placeLabels, type PlacedLabel } from './labels';
import type { LegendModel } from './legend';
import { MapView } from './map-view';
import { DARK_THEME, LIGHT_THEME, themeFrom } from './theme';
import { tooltipFor, type TooltipModel } from './tooltip';
import { mainBounds, type UnitFeature } from './topology';
import { toValueMap, type UnitValue } from './values';

const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export interface DrillDetail {
  code: string;
  level: MapLevel;
}

export class EduMap extends LitElement {
  static override styles = mapElementStyles;
  static override properties = {
    metric: { attribute: false },
    level: {},
    region: {},
    values: { attribute: false },
    classification: { attribute: false },
    selected: { attribute: false },
    locale: {},
    boundariesBase: { attribute: 'boundaries-base' },
    boundarySource: { attribute: 'boundary-source' },
    regionName: { attribute: 'region-name' },
    reference: { attribute: false },
    outside: { attribute: false },
    coverageNotes: { attribute: false },
    peerUnits: { attribute: false },
    names: { attribute: false },
    synthetic: { type: Boolean },
    legend: { state: true },
    tooltip: { state: true },
    labels: { state: true },
    announcement: { state: true },
    status: { state: true },
  };

  declare metric: MetricDefinition | null;
  declare level: MapLevel;
  declare region: string;
  declare values: ReadonlyMap<string, UnitValue> | ValueColumns | null;
  /** null: the metric's default classes (its target, else fixed bins). */
  declare classification: ClassificationSettings | null;
  declare selected: string[];
  declare locale: Locale;
  declare boundariesBase: string;
  /** Where the boundaries come from, shown under the standard-map notice. */
  declare boundarySource: string;
  /** Name of the region in focus, for "rank 2 of 8 in 鹤壁市". */
  declare regionName: string;
  /** The unit to compare with in the tooltip: the province (the nation for provinces). */
  declare reference: { name: string; value: number | null } | null;
  /** Codes outside the data's scope: drawn as context, with a legend entry of their own. */
  declare outside: ReadonlySet<string>;
  /** For partial units: how much they cover ("covers 1 of 18 prefectures"), shown in the tooltip. */
  declare coverageNotes: ReadonlyMap<string, string>;
  /**
   * The units ranked together (the list's units, functional zones without an
   * area included); empty: the areas shown. One rank rule: src/data/rank.ts.
   */
  declare peerUnits: readonly { code: string; name: string }[];
  /** Unit names in the reader's language by code; null: the boundaries' own (Chinese) names. */
  declare names: ReadonlyMap<string, string> | null;
  declare synthetic: boolean;
  declare legend: LegendModel | null;
  declare tooltip: (TooltipModel & { x: number; y: number }) | null;
  declare labels: PlacedLabel[];
  declare announcement: string;
  declare status: 'loading' | 'ready' | 'error';

  private view: MapView | null = null;
  private loaded: LoadedBoundaries | null = null;
  private shownCodes: string[] = [];
  /** The units shown plus 台湾, 香港, 澳门 when drawn: what the legend counts. */
  private legendCodes: string[] = [];
  private valueMap: ReadonlyMap<string, UnitValue> = new Map();
  /** The last recolour's plan: label inks follow the fill under each label. */
  private plan: ColourPlan | null = null;
  private theme = LIGHT_THEME;
  private focused: string | null = null;
  private hovered: string | null = null;
  private previousSelected: string[] = [];
  private viewToken = 0;
  private resizeObserver: ResizeObserver | null = null;
  private readonly colourScheme = matchMedia('(prefers-color-scheme: dark)');
  private firstRenderDone = false;

  constructor() {
    super();
    this.metric = null;
    this.level = 'province';
    this.region = NATION_CODE;
    this.values = null;
    this.classification = null;
    this.selected = [];
    this.locale = 'zh';
    this.boundariesBase = './boundaries/';
    this.boundarySource = '';
    this.regionName = '';
    this.reference = null;
    this.outside = new Set();
    this.coverageNotes = new Map();
    this.peerUnits = [];
    this.names = null;
    this.synthetic = false;
    this.legend = null;
    this.tooltip = null;
    this.labels = [];
    this.announcement = '';
    this.status = 'loading';
  }

  /** The MapLibre map, for tests and benchmarks. */
  get maplibre(): MapView['map'] | null {
    return this.view?.map ?? null;
  }

  get focusedCode(): string | null {
    return this.focused;
  }

  override firstUpdated(): void {
    this.createView();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM: the map was removed on disconnect, so build it again.
    if (this.hasUpdated && !this.view) this.createView();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.colourScheme.removeEventListener('change', this.onColourScheme);
    this.view?.remove();
    this.view = null;
  }

  private createView(): void {
    const host = this.renderRoot.querySelector<HTMLElement>('.canvas-host');
    if (!host) return;
    this.view = new MapView(host, this.readTheme(), {
      hover: (code, point) => this.onHover(code, point),
      click: (code) => this.drill(code),
    });
    this.view.map.on('movestart', () => (this.labels = []));
    this.view.map.on('moveend', () => this.placeLabels());
    this.resizeObserver = new ResizeObserver(() => this.view?.resize());
    this.resizeObserver.observe(host);
    this.colourScheme.addEventListener('change', this.onColourScheme);
    this.previousSelected = [];
    this.focused = null;
    void this.loadView();
  }

  private readTheme() {
    const style = getComputedStyle(this);
    return (this.theme = themeFrom(
      (p) => style.getPropertyValue(p),
      this.colourScheme.matches ? DARK_THEME : LIGHT_THEME,
    ));
  }

  private readonly onColourScheme = (): void => this.view?.applyTheme(this.readTheme());

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.view || !changed) return;
    if (changed.has('level') || changed.has('region') || changed.has('boundariesBase')) {
      if (this.firstRenderDone) void this.loadView();
    } else if (
      changed.has('values') ||
      changed.has('metric') ||
      changed.has('classification') ||
      changed.has('outside') ||
      changed.has('locale') ||
      changed.has('names')
    ) {
      void this.recolour();
    }
    if (changed.has('selected')) this.applySelection();
  }

  private async loadView(): Promise<void> {
    const view = this.view;
    if (!view) return;
    const token = ++this.viewToken;
    this.status = 'loading';
    const layer = boundaryLayerFor(this.level, this.region);
    const contextLayer = contextLayerFor(this.level, this.region);
    try {
      const [loaded, context] = await Promise.all([
        loadBoundaries(boundaryUrl(this.boundariesBase, layer.file), layer.object),
        contextLayer
          ? loadBoundaries(
              boundaryUrl(this.boundariesBase, contextLayer.file),
              contextLayer.object,
            ).catch(() => null)
          : Promise.resolve(null),
      ]);
      await view.ready;
      if (token !== this.viewToken) return;
      if (contextLayer && context) view.addContext(contextLayer.source, context.features);
      const shown = loaded.features.features.filter((f) =>
        isShown(this.level, this.region, f.properties),
      );
      this.loaded = loaded;
      this.shownCodes = shown
        .filter((f) => isInReferenceList(f.properties.code))
        .map((f) => f.properties.code);
      this.legendCodes = legendCodes(shown.map((f) => f.properties.code));
      view.show(
        layer,
        loaded.features,
        mainBounds(shown),
        context && contextLayer ? contextLayer.source : null,
      );
      this.focused = null;
      this.tooltip = null;
      this.status = 'ready';
      await this.recolour();
      this.applySelection();
      this.placeLabels();
      if (!this.firstRenderDone) {
        this.firstRenderDone = true;
        this.dispatchEvent(new CustomEvent('edu-map-ready', { bubbles: true, composed: true }));
      }
    } catch (error) {
      if (token !== this.viewToken) return;
      this.status = 'error';
      console.error(error);
    }
  }

  private async recolour(): Promise<void> {
    const view = this.view;
    if (!view || !this.loaded || !this.metric) return;
    const start = performance.now();
    this.valueMap = toValueMap(this.values);
    const plan = colourPlan(
      this.legendCodes,
      this.valueMap,
      this.metric,
      this.classification ?? defaultClassification(this.metric),
      this.locale,
      {},
      this.outside,
    );
    const source = boundaryLayerFor(this.level, this.region).source;
    for (const [code, fill] of plan.fills) {
      const mark = plan.marks.get(code);
      const flags = plan.flagged.get(code) ?? [];
      view.setState(source, code, {
        fill,
        partial: mark === 'partial',
        outside: mark === 'outside',
        incomplete: flags.includes('incomplete'),
        over100: flags.includes('over_100'),
      });
    }
    this.plan = plan;
    this.legend = plan.legend;
    if (this.focused) this.showTooltipFor(this.focused, null);
    await view.idle();
    const ms = performance.now() - start;
    this.dispatchEvent(
      new CustomEvent('edu-map-redrawn', { detail: { ms }, bubbles: true, composed: true }),
    );
  }

  private applySelection(): void {
    if (!this.view || !this.loaded) return;
    const source = boundaryLayerFor(this.level, this.region).source;
    for (const code of this.previousSelected) this.view.setState(source, code, { selected: false });
    for (const code of this.selected) this.view.setState(source, code, { selected: true });
    this.previousSelected = [...this.selected];
  }

  private feature(code: string): UnitFeature | undefined {
    return this.loaded?.features.features.find((f) => f.properties.code === code);
  }

  /** Units with data that have no area on this map (functional zones): named under the legend. */
  private unitsWithoutArea(): string[] {
    if (this.status !== 'ready') return [];
    const shown = new Set(this.shownCodes);
    return this.peerUnits
      .filter((u) => !shown.has(u.code) && (this.valueMap.get(u.code)?.value ?? null) !== null)
      .map((u) => u.name);
  }

  /** A boundary's properties with the unit's name in the reader's language. */
  private named<T extends { code: string; name: string }>(properties: T): T {
    const name = this.names?.get(properties.code);
    return name ? { ...properties, name } : properties;
  }

  private tooltipModel(code: string): TooltipModel | null {
    const feature = this.feature(code);
    if (!feature || !this.metric) return null;
    const codes = this.peerUnits.length ? this.peerUnits.map((u) => u.code) : this.shownCodes;
    const peers = new Map(
      codes.map((c) => [c, this.valueMap.get(c) ?? { value: null, flags: [] }]),
    );
    return tooltipFor(this.named(feature.properties), this.valueMap.get(code), {
      metric: this.metric,
      locale: this.locale,
      peers,
      parentName: this.regionName,
      reference: this.reference,
      inReferenceList: isInReferenceList(code),
      outsideScope: this.outside.has(code),
      coverageNote: this.coverageNotes.get(code),
    });
  }

  private showTooltipFor(code: string, point: { x: number; y: number } | null): void {
    const model = this.tooltipModel(code);
    const feature = this.feature(code);
    if (!model || !feature || !this.view) return;
    const at = point ?? this.view.project(feature.properties.label);
    this.tooltip = { ...model, x: at.x, y: at.y };
  }

  private onHover(code: string | null, point: { x: number; y: number }): void {
    const source = boundaryLayerFor(this.level, this.region).source;
    if (this.hovered && this.hovered !== code)
      this.view?.setState(source, this.hovered, { hover: false });
    this.hovered = code;
    if (code) {
      this.view?.setState(source, code, { hover: true });
      this.showTooltipFor(code, point);
    } else if (this.focused) {
      this.showTooltipFor(this.focused, null);
    } else {
      this.tooltip = null;
    }
  }

  private focusUnit(code: string): void {
    const source = boundaryLayerFor(this.level, this.region).source;
    if (this.focused) this.view?.setState(source, this.focused, { focus: false });
    this.focused = code;
    this.view?.setState(source, code, { focus: true });
    this.showTooltipFor(code, null);
    const t = this.tooltip;
    if (!t) return;
    const [separator, colon] = this.locale === 'zh' ? ['，', '：'] : [', ', ': '];
    const lines = t.lines.map((l) => `${l.label}${colon}${l.text}`);
    this.announcement = [mapStrings[this.locale].focused(t.name, t.value), t.rank, ...lines]
      .filter(Boolean)
      .join(separator);
  }

  private drill(code: string): void {
    if (!isInReferenceList(code)) return;
    const detail: DrillDetail = { code, level: this.level };
    this.dispatchEvent(new CustomEvent('edu-drill', { detail, bubbles: true, composed: true }));
  }

  private onKeyDown(e: KeyboardEvent): void {
    const direction = KEY_DIRECTIONS[e.key];
    if (direction) {
      e.preventDefault();
      const points = this.shownCodes.flatMap((code) => {
        const f = this.feature(code);
        return f ? [{ code, label: f.properties.label }] : [];
      });
      const next = nextDistrict(this.focused ?? '', direction, points);
      if (next) this.focusUnit(next);
    } else if (e.key === 'Enter' && this.focused) {
      e.preventDefault();
      this.drill(this.focused);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      const detail = { code: this.region, level: parentLevelOf(this.level) };
      this.dispatchEvent(new CustomEvent('edu-up', { detail, bubbles: true, composed: true }));
    }
  }

  private onBlur(): void {
    if (!this.hovered) this.tooltip = null;
  }

  private placeLabels(): void {
    const view = this.view;
    const loaded = this.loaded;
    if (!view || !loaded) return;
    const canvas = view.map.getCanvas();
    const viewport = { width: canvas.clientWidth, height: canvas.clientHeight };
    const units = this.shownCodes.flatMap((code) => {
      const f = this.feature(code);
      const bounds = loaded.bounds.get(code);
      return f && bounds ? [{ ...this.named(f.properties), bounds }] : [];
    });
    // The same selection as the static map's (src/map/static-layout.ts).
    this.labels = placeLabels(
      labelCandidates(units, (p) => view.project(p), this.level),
      viewport,
    );
  }

  private labelStyle(code: string): string {
    const ink = labelInk(groundColour(this.plan, code, this.theme));
    return `color:${ink.text};--halo:${ink.halo}`;
  }

  override render() {
    const s = mapStrings[this.locale];
    const metricName = this.metric?.name[this.locale] ?? '';
    const label = s.mapLabel.replace('{metric}', metricName).replace('{region}', this.regionName);
    return html`
      <div
        class="map"
        tabindex="0"
        role="application"
        aria-roledescription=${this.locale === 'zh' ? '地图' : 'map'}
        aria-label=${label}
        aria-describedby="help"
        @keydown=${this.onKeyDown}
        @blur=${this.onBlur}
      >
        <div class="canvas-host"></div>
        <div class="labels" aria-hidden="true">
          ${this.labels.map(
            (l) =>
              html`<span class="label" style="left:${l.x}px;top:${l.y}px;${this.labelStyle(l.code)}"
                >${l.name}</span
              >`,
          )}
        </div>
        ${this.synthetic ? html`<span class="badge">${s.synthetic}</span>` : nothing}
        ${tooltipTemplate(this.tooltip, this.locale)}
        ${this.status === 'ready' ? nothing : html`<div class="status">${this.status === 'error' ? s.loadError : s.loading}</div>`}
      </div>
      <div id="help" class="visually-hidden">${s.keyboardHelp}</div>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      ${legendTemplate(this.legend, this.locale, this.unitsWithoutArea())}
      <p class="notice">
        ${s.notice}${this.boundarySource ? html` ${s.boundarySource}${this.boundarySource}` : nothing}
      </p>
    `;
  }
}

if (!customElements.get('edu-map')) customElements.define('edu-map', EduMap);

declare global {
  interface HTMLElementTagNameMap {
    'edu-map': EduMap;
  }
}
