// <edu-map>: a choropleth of one metric for the children of one region.
// Thin: the maths lives in pure modules (colour-plan, tooltip, labels,
// keyboard-nav, map-body), the MapLibre calls in map-view.
//
// The first view is SVG, drawn from the data and boundaries alone by the
// static map's layout (map-body.ts: the same marks as the downloads and the
// embeds' images), with tooltips, keyboard and drill-down. MapLibre
// (map-view.ts, its chunk and worker) is fetched on the first zoom, pan or
// county drill-down, or when the browser is idle, and replaces the SVG once
// it has drawn the same view.

import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { renderSceneLit } from '../charts/render-lit';
import type { Mark } from '../charts/scene';
import { NATION_CODE, type MetricDefinition, type ValueColumns } from '../contract';
import type { Locale } from '../format';
import { mapStrings } from '../i18n/map';
import {
  boundaryLayerFor,
  contextLayerFor,
  isInReferenceList,
  isShown,
  parentLevelOf,
  svgFilesOf,
  type MapLevel,
} from './boundary-layer';
import {
  boundaryUrl,
  loadBoundaries,
  loadFirstBoundaries,
  type LoadedBoundaries,
} from './boundary-loader';
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
import type { MapView } from './map-view';
import { mapBodyMarks, mapGeometry, projectInFrame, type MapGeometry } from './map-body';
import { engineFlag, scheduleWhenIdle, type EngineChoice, type MapEngine } from './engine';
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
    engine: {},
    legend: { state: true },
    tooltip: { state: true },
    labels: { state: true },
    announcement: { state: true },
    status: { state: true },
    drawnWith: { state: true },
    svgMarks: { state: true },
  };

  declare metric: MetricDefinition | null;
  declare level: MapLevel;
  declare region: string;
  /** null: no values for this metric-year (drawn as missing); undefined: still loading (not drawn). */
  declare values: ReadonlyMap<string, UnitValue> | ValueColumns | null | undefined;
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
  /** How the map starts (engine.ts); read when the element is first drawn. */
  declare engine: EngineChoice;
  declare legend: LegendModel | null;
  declare tooltip: (TooltipModel & { x: number; y: number }) | null;
  declare labels: PlacedLabel[];
  declare announcement: string;
  declare status: 'loading' | 'ready' | 'error';
  /** What is on screen: the SVG first view, or MapLibre once it has drawn the same view. */
  declare drawnWith: MapEngine;
  /** The SVG first view's marks (map-body.ts) for the current plan. */
  declare svgMarks: Mark[];

  private view: MapView | null = null;
  private maplibreLoading: Promise<void> | null = null;
  /** The view (level and region) MapLibre has drawn; null while it has not caught up. */
  private maplibreShows: string | null = null;
  private loaded: LoadedBoundaries | null = null;
  private shownFeatures: UnitFeature[] = [];
  private contextFeatures: UnitFeature[] = [];
  private geometry: MapGeometry | null = null;
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
  /** The SVG view is laid out and waits for its values (still loading) to be drawn. */
  private waitingForValues = false;
  private viewKey = '';
  private resizeObserver: ResizeObserver | null = null;
  private readonly colourScheme = matchMedia('(prefers-color-scheme: dark)');
  private firstRenderDone = false;
  private shownOnce = false;
  private maplibreReady = false;
  /** Where a press on the SVG began, to tell a pan (drag) from a click. */
  private pressedAt: { x: number; y: number; dragged: boolean } | null = null;
  /** How far the SVG first view was dragged (px) before MapLibre took over: MapLibre starts there. */
  private svgPan: { x: number; y: number } | null = null;

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
    this.engine = engineFlag();
    this.legend = null;
    this.tooltip = null;
    this.labels = [];
    this.announcement = '';
    this.status = 'loading';
    this.drawnWith = 'svg';
    this.svgMarks = [];
  }

  /** The MapLibre map, for tests and benchmarks (null until MapLibre has been fetched). */
  get maplibre(): MapView['map'] | null {
    return this.view?.map ?? null;
  }

  get focusedCode(): string | null {
    return this.focused;
  }

  override firstUpdated(): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.map');
    if (frame) {
      this.resizeObserver = new ResizeObserver(() => this.onResize());
      this.resizeObserver.observe(frame);
    }
    this.colourScheme.addEventListener('change', this.onColourScheme);
    this.readTheme();
    if (this.engine === 'maplibre') {
      this.drawnWith = 'maplibre';
      void this.useMaplibre();
    } else {
      void this.loadView();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    // Moved in the DOM: the map was removed on disconnect, so build it again.
    const frame = this.renderRoot.querySelector<HTMLElement>('.map');
    if (frame) this.resizeObserver?.observe(frame);
    this.colourScheme.addEventListener('change', this.onColourScheme);
    if (this.drawnWith === 'maplibre' && !this.view) {
      this.maplibreLoading = null;
      void this.useMaplibre();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.colourScheme.removeEventListener('change', this.onColourScheme);
    this.view?.remove();
    this.view = null;
    this.maplibreShows = null;
  }

  /**
   * Fetches MapLibre (its chunk and worker) and swaps it in once it has drawn
   * the view on screen, with the same selection and focus. Called on the first
   * zoom, pan or county drill-down, when the browser is idle, or by tests.
   */
  useMaplibre(): Promise<void> {
    this.maplibreLoading ??= this.startMaplibre();
    return this.maplibreLoading;
  }

  private async startMaplibre(): Promise<void> {
    const { MapView } = await import('./map-view');
    await this.updateComplete;
    const host = this.renderRoot.querySelector<HTMLElement>('.canvas-host');
    if (!host || !this.isConnected) {
      this.maplibreLoading = null;
      return;
    }
    const view = new MapView(host, this.readTheme(), {
      hover: (code, point) => this.onHover(code, point),
      click: (code) => this.drill(code),
    });
    this.view = view;
    view.map.on('movestart', () => (this.labels = []));
    view.map.on('moveend', () => this.placeLabels());
    this.previousSelected = [];
    await this.loadView();
  }

  private readTheme() {
    const style = getComputedStyle(this);
    return (this.theme = themeFrom(
      (p) => style.getPropertyValue(p),
      this.colourScheme.matches ? DARK_THEME : LIGHT_THEME,
    ));
  }

  private readonly onColourScheme = (): void => {
    const theme = this.readTheme();
    this.view?.applyTheme(theme);
    if (this.drawnWith === 'svg') this.paintSvg();
  };

  protected override updated(changed: PropertyValues<this>): void {
    // The first view was laid out before its values arrived: draw it now.
    if (this.waitingForValues && this.values !== undefined) void this.showSvg(this.viewToken);
    if (!changed || !this.firstRenderDone) return;
    if (changed.has('level') || changed.has('region') || changed.has('boundariesBase')) {
      void this.loadView();
      // County boundaries are the heavy ones: a drill-down to them brings MapLibre.
      if (this.level === 'county') void this.useMaplibre();
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
    const token = ++this.viewToken;
    const key = `${this.level} ${this.region} ${this.boundariesBase}`;
    const sameView = key === this.viewKey;
    if (!sameView || this.status === 'error') this.status = 'loading';
    const layer = boundaryLayerFor(this.level, this.region);
    const contextLayer = contextLayerFor(this.level, this.region);
    // MapLibre zooms: it needs the full file. The SVG first view draws the overview.
    const files = this.view ? [layer.file] : svgFilesOf(layer);
    try {
      const [loaded, context] = await Promise.all([
        loadFirstBoundaries(this.boundariesBase, files, layer.object),
        contextLayer
          ? loadBoundaries(
              boundaryUrl(this.boundariesBase, contextLayer.file),
              contextLayer.object,
            ).catch(() => null)
          : Promise.resolve(null),
      ]);
      if (token !== this.viewToken) return;
      const shown = loaded.features.features.filter((f) =>
        isShown(this.level, this.region, f.properties),
      );
      this.loaded = loaded;
      this.shownFeatures = shown;
      this.contextFeatures = context?.features.features ?? [];
      this.shownCodes = shown
        .filter((f) => isInReferenceList(f.properties.code))
        .map((f) => f.properties.code);
      this.legendCodes = legendCodes(shown.map((f) => f.properties.code));
      if (!sameView) {
        this.focused = null;
        this.tooltip = null;
        this.maplibreShows = null;
      }
      this.viewKey = key;
      // MapLibre arriving for the view on screen replaces the SVG: no need to draw it again.
      if (this.drawnWith === 'svg' && !(sameView && this.view)) {
        this.layoutSvg();
        // Values still loading are not "no data": the map is drawn when they arrive.
        if (this.values === undefined) this.waitingForValues = true;
        else await this.showSvg(token);
      }
      const view = this.view;
      if (!view) return;
      await view.ready;
      if (token !== this.viewToken) return;
      if (contextLayer && context) view.addContext(contextLayer.source, context.features);
      view.show(
        layer,
        loaded.features,
        mainBounds(shown),
        context && contextLayer ? contextLayer.source : null,
      );
      this.maplibreShows = key;
      this.status = 'ready';
      await this.recolour();
      if (token !== this.viewToken) return;
      this.previousSelected = [];
      this.applySelection();
      if (this.focused) view.setState(layer.source, this.focused, { focus: true });
      this.carryPanOver(view);
      this.swapToMaplibre();
      this.placeLabels();
      this.announceShown('maplibre');
    } catch (error) {
      if (token !== this.viewToken) return;
      this.status = 'error';
      console.error(error);
    }
  }

  /** MapLibre, once it has drawn the view on screen (its style is loaded): null before. */
  private drawnView(): MapView | null {
    return this.maplibreShows === this.viewKey ? this.view : null;
  }

  /** A drag on the SVG moved the map: MapLibre opens where the reader left it. */
  private carryPanOver(view: MapView): void {
    const pan = this.svgPan;
    if (this.drawnWith !== 'svg' || !pan) return;
    this.svgPan = null;
    view.map.panBy([-pan.x, -pan.y], { animate: false });
  }

  /** MapLibre has drawn the view: the SVG goes in the same frame (no blank in between). */
  private swapToMaplibre(): void {
    if (this.drawnWith === 'maplibre') return;
    this.drawnWith = 'maplibre';
    this.svgMarks = [];
    this.geometry = null;
    if (this.hovered) this.onHover(null, { x: 0, y: 0 });
    this.dispatchEvent(
      new CustomEvent('edu-map-engine', {
        detail: { engine: 'maplibre' },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** The SVG view coloured by its values: ready, and announced the first time. */
  private async showSvg(token: number): Promise<void> {
    this.waitingForValues = false;
    await this.recolour();
    if (token !== this.viewToken) return;
    this.status = 'ready';
    this.announceShown('svg');
  }

  /** First drawing by each engine: edu-map-shown (first view) and edu-map-ready (MapLibre). */
  private announceShown(engine: MapEngine): void {
    if (!this.shownOnce) {
      this.shownOnce = true;
      this.dispatchEvent(
        new CustomEvent('edu-map-shown', { detail: { engine }, bubbles: true, composed: true }),
      );
      if (engine === 'svg' && this.engine === 'auto')
        scheduleWhenIdle(() => void this.useMaplibre());
    }
    this.firstRenderDone = true;
    if (engine === 'maplibre' && !this.maplibreReady) {
      this.maplibreReady = true;
      this.dispatchEvent(new CustomEvent('edu-map-ready', { bubbles: true, composed: true }));
    }
  }

  /** The SVG frame: the map's box, with MapLibre's margin (map-view.ts) so the swap does not move. */
  private layoutSvg(): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.map');
    const width = frame?.clientWidth || 640;
    const height = frame?.clientHeight || 480;
    const inset = width < 480 ? 10 : 24;
    // A new layout starts unpanned.
    this.svgPan = null;
    const host = this.renderRoot.querySelector<HTMLElement>('.svg-host');
    if (host) host.style.transform = '';
    this.geometry = mapGeometry(this.shownFeatures, this.contextFeatures, this.level, {
      width,
      top: 0,
      height,
      inset: { x: inset, y: inset },
    });
  }

  private onResize(): void {
    if (this.drawnWith !== 'svg' || !this.geometry) return;
    const frame = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!frame) return;
    const { width, height } = this.geometry.frame;
    if (frame.clientWidth === width && frame.clientHeight === height) return;
    this.layoutSvg();
    this.paintSvg();
  }

  private paintSvg(): void {
    if (!this.geometry || !this.plan) return;
    this.svgMarks = mapBodyMarks(this.geometry, this.plan, {
      names: this.names ?? undefined,
      theme: this.theme,
    });
  }

  private async recolour(): Promise<void> {
    if (!this.loaded || !this.metric || this.values === undefined) return;
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
    this.plan = plan;
    this.legend = plan.legend;
    const view = this.drawnView();
    if (view) {
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
    }
    if (this.drawnWith === 'svg') this.paintSvg();
    if (this.focused) this.showTooltipFor(this.focused, null);
    if (this.drawnWith === 'maplibre' && view) {
      if (this.labels.length) this.labels = [...this.labels];
      await view.idle();
    } else {
      await this.updateComplete;
      if (view) await view.idle();
    }
    const ms = performance.now() - start;
    this.dispatchEvent(
      new CustomEvent('edu-map-redrawn', {
        detail: { ms, engine: this.drawnWith },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private applySelection(): void {
    const view = this.drawnView();
    if (!view) return;
    const source = boundaryLayerFor(this.level, this.region).source;
    for (const code of this.previousSelected) view.setState(source, code, { selected: false });
    for (const code of this.selected) view.setState(source, code, { selected: true });
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

  /** Where [lon, lat] is on screen, by whichever engine draws the map. */
  private project(lonLat: [number, number]): { x: number; y: number } | null {
    if (this.drawnWith === 'svg') return this.geometry && projectInFrame(this.geometry, lonLat);
    return this.view?.project(lonLat) ?? null;
  }

  private showTooltipFor(code: string, point: { x: number; y: number } | null): void {
    const model = this.tooltipModel(code);
    const feature = this.feature(code);
    if (!model || !feature) return;
    const at = point ?? this.project(feature.properties.label);
    if (!at) return;
    this.tooltip = { ...model, x: at.x, y: at.y };
  }

  private onHover(code: string | null, point: { x: number; y: number }): void {
    const source = boundaryLayerFor(this.level, this.region).source;
    if (this.hovered && this.hovered !== code)
      this.drawnView()?.setState(source, this.hovered, { hover: false });
    this.hovered = code;
    if (code) {
      this.drawnView()?.setState(source, code, { hover: true });
      this.showTooltipFor(code, point);
    } else if (this.focused) {
      this.showTooltipFor(this.focused, null);
    } else {
      this.tooltip = null;
    }
    if (this.drawnWith === 'svg') this.requestUpdate();
  }

  private focusUnit(code: string): void {
    const source = boundaryLayerFor(this.level, this.region).source;
    if (this.focused) this.drawnView()?.setState(source, this.focused, { focus: false });
    this.focused = code;
    this.drawnView()?.setState(source, code, { focus: true });
    this.showTooltipFor(code, null);
    if (this.drawnWith === 'svg') this.requestUpdate();
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
    } else if (e.key === '+' || e.key === '=' || e.key === '-') {
      e.preventDefault();
      void this.zoomBy(e.key === '-' ? -1 : 1);
    }
  }

  private onBlur(): void {
    if (!this.hovered) this.tooltip = null;
  }

  /** Zooms by `steps` around a point of the frame (its centre by default), fetching MapLibre first. */
  private async zoomBy(steps: number, around?: { x: number; y: number }): Promise<void> {
    await this.useMaplibre();
    const map = this.view?.map;
    if (!map) return;
    const options = around ? { around: map.unproject([around.x, around.y]) } : {};
    map.zoomTo(map.getZoom() + steps, options);
  }

  // Pointer events on the SVG first view: hover and click as on MapLibre's canvas;
  // a wheel, a pinch or a drag (zoom and pan) bring MapLibre.

  private pointIn(e: MouseEvent): { x: number; y: number } {
    const box = this.renderRoot.querySelector('.map')?.getBoundingClientRect();
    return { x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0) };
  }

  private codeUnder(e: Event): string | null {
    const target = e.target instanceof Element ? e.target.closest('path.unit') : null;
    return target?.getAttribute('data-code') ?? null;
  }

  private readonly onSvgPointerMove = (e: PointerEvent): void => {
    const at = this.pointIn(e);
    const pressed = this.pressedAt;
    if (pressed && e.buttons && Math.hypot(at.x - pressed.x, at.y - pressed.y) > 6) {
      pressed.dragged = true;
      void this.useMaplibre();
    }
    // Until MapLibre arrives, the drag moves the drawn SVG (a translation: no new layout).
    if (pressed?.dragged && e.buttons && e.currentTarget instanceof HTMLElement) {
      const start = this.svgPan ?? { x: 0, y: 0 };
      const pan = { x: start.x + at.x - pressed.x, y: start.y + at.y - pressed.y };
      [pressed.x, pressed.y] = [at.x, at.y];
      this.svgPan = pan;
      e.currentTarget.style.transform = `translate(${pan.x}px, ${pan.y}px)`;
    }
    if (e.pointerType === 'mouse') this.onHover(this.codeUnder(e), at);
  };

  private readonly onSvgPointerDown = (e: PointerEvent): void => {
    this.pressedAt = { ...this.pointIn(e), dragged: false };
  };

  private readonly onSvgPointerLeave = (): void => {
    this.pressedAt = null;
    this.onHover(null, { x: 0, y: 0 });
  };

  private readonly onSvgClick = (e: MouseEvent): void => {
    const dragged = this.pressedAt?.dragged ?? false;
    this.pressedAt = null;
    const code = this.codeUnder(e);
    if (code && !dragged) this.drill(code);
  };

  private readonly onSvgWheel = (e: WheelEvent): void => {
    e.preventDefault();
    void this.zoomBy(e.deltaY < 0 ? 1 : -1, this.pointIn(e));
  };

  private readonly onSvgTouchStart = (e: TouchEvent): void => {
    if (e.touches.length > 1) void this.useMaplibre();
  };

  private placeLabels(): void {
    const view = this.view;
    const loaded = this.loaded;
    if (!view || !loaded || this.drawnWith !== 'maplibre') return;
    const canvas = view.map.getCanvas();
    const viewport = { width: canvas.clientWidth, height: canvas.clientHeight };
    const units = this.shownCodes.flatMap((code) => {
      const f = this.feature(code);
      const bounds = loaded.bounds.get(code);
      return f && bounds ? [{ ...this.named(f.properties), bounds }] : [];
    });
    // The same selection as the static map's (src/map/map-body.ts).
    this.labels = placeLabels(
      labelCandidates(units, (p) => view.project(p), this.level),
      viewport,
    );
  }

  private labelStyle(code: string): string {
    const ink = labelInk(groundColour(this.plan, code, this.theme));
    return `color:${ink.text};--halo:${ink.halo}`;
  }

  /** Outlines over the SVG first view: selection, hover and keyboard focus (as MapLibre's highlight layer). */
  private highlightTemplate() {
    const paths = this.geometry?.paths;
    if (!paths) return nothing;
    const outline = (code: string | null, colour: string, width: number) => {
      const d = code ? paths.get(code) : undefined;
      return d
        ? svg`<path d=${d} fill="none" stroke=${colour} stroke-width=${width} stroke-linejoin="round"></path>`
        : nothing;
    };
    const { width, height } = this.geometry?.frame ?? { width: 0, height: 0 };
    return html`<svg
      class="highlight"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      aria-hidden="true"
    >
      ${this.selected.map((code) => outline(code, this.theme.selected, 2.5))}
      ${outline(this.hovered, this.theme.highlight, 2)}
      ${outline(this.focused, this.theme.highlight, 3)}
    </svg>`;
  }

  private svgTemplate() {
    if (this.drawnWith !== 'svg' || !this.geometry || !this.svgMarks.length) return nothing;
    const { width, height } = this.geometry.frame;
    const scene = {
      width,
      height,
      title: '',
      subtitle: '',
      description: '',
      lang: this.locale === 'zh' ? 'zh-CN' : 'en',
      marks: this.svgMarks,
    };
    // Hidden from assistive technology like MapLibre's canvas: the keyboard, the live region and
    // the ranked list carry the map's content.
    return html`<div
      class="svg-host"
      aria-hidden="true"
      @pointermove=${this.onSvgPointerMove}
      @pointerdown=${this.onSvgPointerDown}
      @pointerleave=${this.onSvgPointerLeave}
      @click=${this.onSvgClick}
      @wheel=${this.onSvgWheel}
      @touchstart=${this.onSvgTouchStart}
    >
      ${renderSceneLit(scene)} ${this.highlightTemplate()}
    </div>`;
  }

  override render() {
    const s = mapStrings[this.locale];
    const metricName = this.metric?.name[this.locale] ?? '';
    const label = s.mapLabel.replace('{metric}', metricName).replace('{region}', this.regionName);
    return html`
      <div
        class="map ${this.drawnWith}"
        tabindex="0"
        role="application"
        aria-roledescription=${this.locale === 'zh' ? '地图' : 'map'}
        aria-label=${label}
        aria-describedby="help"
        @keydown=${this.onKeyDown}
        @blur=${this.onBlur}
      >
        <div class="canvas-host"></div>
        ${this.svgTemplate()}
        <div class="labels" aria-hidden="true">
          ${this.labels.map(
            (l) =>
              html`<span class="label" style="left:${l.x}px;top:${l.y}px;${this.labelStyle(l.code)}"
                >${l.name}</span
              >`,
          )}
        </div>
        ${this.synthetic ? html`<span class="badge">${s.synthetic}</span>` : nothing}
        <div class="zoom">
          <button
            type="button"
            tabindex="-1"
            aria-label=${s.zoomIn}
            title=${s.zoomIn}
            @click=${() => void this.zoomBy(1)}
          >
            +
          </button>
          <button
            type="button"
            tabindex="-1"
            aria-label=${s.zoomOut}
            title=${s.zoomOut}
            @click=${() => void this.zoomBy(-1)}
          >
            −
          </button>
        </div>
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
