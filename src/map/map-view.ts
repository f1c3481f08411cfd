// The imperative MapLibre side of <edu-map>: one map, a context layer of
// provinces, and one set of focus layers per boundary file. Recolouring goes
// through feature-state only; sources are added once and never rebuilt.

import { Map as MapLibreMap, type FilterSpecification, type MapMouseEvent } from 'maplibre-gl';
import type { BoundaryLayer } from './boundary-layer';
import type { Bounds, UnitCollection } from './topology';
import { flagPattern, hatchPattern, hexToRgb } from './hatch';
import { FLAG_EDGE, FLAG_INK, PARTIAL_HATCH } from './colour';
import {
  buildMapStyle,
  HATCH_IMAGE,
  INCOMPLETE_IMAGE,
  layersFor,
  OVER_100_IMAGE,
  PARTIAL_HATCH_IMAGE,
  sourceSpec,
  type UnitState,
} from './style';
import type { MapTheme } from './theme';
import { configureMaplibreWorker } from './worker-url';

export interface MapViewEvents {
  hover(code: string | null, point: { x: number; y: number }): void;
  click(code: string): void;
}

export class MapView {
  readonly map: MapLibreMap;
  readonly ready: Promise<void>;
  private readonly sources = new Set<string>();
  private readonly contexts = new Set<string>();
  private active: string | null = null;

  constructor(
    container: HTMLElement,
    private theme: MapTheme,
    private readonly events: MapViewEvents,
  ) {
    configureMaplibreWorker();
    this.map = new MapLibreMap({
      container,
      style: buildMapStyle([], theme),
      center: [104, 36],
      zoom: 2.6,
      minZoom: 1.5,
      maxZoom: 10,
      attributionControl: false,
      keyboard: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.getCanvas().setAttribute('tabindex', '-1');
    this.map.getCanvas().setAttribute('aria-hidden', 'true');
    // MapLibre 6 asks a resolver (events can no longer supply an image in time).
    this.map.setMissingStyleImageResolver((id) => {
      if (id === HATCH_IMAGE && !this.map.hasImage(HATCH_IMAGE)) {
        this.map.addImage(HATCH_IMAGE, hatchPattern(8, hexToRgb(this.theme.noDataHatch)), {
          pixelRatio: 2,
        });
      }
      if (id === PARTIAL_HATCH_IMAGE && !this.map.hasImage(PARTIAL_HATCH_IMAGE)) {
        this.map.addImage(
          PARTIAL_HATCH_IMAGE,
          hatchPattern(8, hexToRgb(PARTIAL_HATCH), 1.5, 'back'),
          { pixelRatio: 2 },
        );
      }
      const flag = { [INCOMPLETE_IMAGE]: 'dot', [OVER_100_IMAGE]: 'plus' } as const;
      if ((id === INCOMPLETE_IMAGE || id === OVER_100_IMAGE) && !this.map.hasImage(id)) {
        // Plus signs are bigger than dots: a sparser grid keeps the class colour and the label readable.
        const size = id === OVER_100_IMAGE ? 22 : 16;
        const image = flagPattern(size, flag[id], hexToRgb(FLAG_INK), hexToRgb(FLAG_EDGE));
        this.map.addImage(id, image, { pixelRatio: 2 });
      }
    });
    // MapLibre fires `load` and the first `idle` in the same frame: listen for idle first.
    this.ready = new Promise((resolve) => this.map.once('idle', () => resolve()));
    this.map.on('mousemove', (e) => this.onMove(e));
    this.map.on('mouseout', () => this.events.hover(null, { x: 0, y: 0 }));
    this.map.on('click', (e) => {
      const code = this.codeAt(e);
      if (code) this.events.click(code);
    });
  }

  /** Neighbouring units of the level up, drawn grey under the units in focus. */
  addContext(source: string, data: UnitCollection): void {
    if (this.contexts.has(source)) return;
    this.map.addSource(source, sourceSpec(data));
    const below = this.firstFocusLayer();
    for (const layer of layersFor(source, 'context', this.theme)) this.map.addLayer(layer, below);
    this.contexts.add(source);
  }

  /** Show the units of `layer` (adding its source once), hide the others, fit to `bounds`. */
  show(
    layer: BoundaryLayer,
    data: UnitCollection,
    bounds: Bounds | null,
    context: string | null,
  ): void {
    if (!this.sources.has(layer.source)) {
      this.map.addSource(layer.source, sourceSpec(data));
      for (const spec of layersFor(layer.source, 'focus', this.theme, layer.filter))
        this.map.addLayer(spec);
      this.sources.add(layer.source);
    }
    for (const source of this.sources) {
      for (const spec of layersFor(source, 'focus', this.theme)) {
        this.map.setLayoutProperty(
          spec.id,
          'visibility',
          source === layer.source ? 'visible' : 'none',
        );
      }
    }
    this.setFilter(layer.source, layer.filter);
    for (const source of this.contexts) {
      for (const spec of layersFor(source, 'context', this.theme)) {
        this.map.setLayoutProperty(spec.id, 'visibility', source === context ? 'visible' : 'none');
      }
    }
    this.active = layer.source;
    // A phone's map has no room to spare: a narrower margin around the units.
    const { clientWidth } = this.map.getContainer();
    const padding = clientWidth > 0 && clientWidth < 480 ? 10 : 24;
    if (bounds) this.map.fitBounds(bounds, { padding, animate: false });
  }

  private setFilter(source: string, filter: FilterSpecification | null): void {
    for (const spec of layersFor(source, 'focus', this.theme, filter)) {
      if (spec.type !== 'background' && 'filter' in spec)
        this.map.setFilter(spec.id, spec.filter ?? null);
    }
  }

  setStates(source: string, states: ReadonlyMap<string, UnitState>): void {
    for (const [code, state] of states) this.map.setFeatureState({ source, id: code }, state);
  }

  setState(source: string, code: string, state: UnitState): void {
    this.map.setFeatureState({ source, id: code }, state);
  }

  /** Resolves when the map has drawn everything asked of it so far. */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  project(lngLat: [number, number]): { x: number; y: number } {
    const p = this.map.project(lngLat);
    return { x: p.x, y: p.y };
  }

  applyTheme(theme: MapTheme): void {
    this.theme = theme;
    if (this.map.hasImage(HATCH_IMAGE))
      this.map.updateImage(HATCH_IMAGE, hatchPattern(8, hexToRgb(theme.noDataHatch)));
    const layers = [
      ...buildMapStyle([], theme).layers,
      ...[...this.sources].flatMap((s) => layersFor(s, 'focus', theme)),
      ...[...this.contexts].flatMap((s) => layersFor(s, 'context', theme)),
    ];
    for (const layer of layers) {
      for (const [key, value] of Object.entries(layer.paint ?? {})) {
        this.map.setPaintProperty(
          layer.id,
          key as Parameters<MapLibreMap['setPaintProperty']>[1],
          value,
        );
      }
    }
  }

  resize(): void {
    this.map.resize();
  }

  remove(): void {
    this.map.remove();
  }

  /** Context layers go below every focus layer (and above older context layers, which are hidden). */
  private firstFocusLayer(): string | undefined {
    return [...this.sources].map((s) => `${s}-outside`).find((id) => this.map.getLayer(id));
  }

  private codeAt(e: MapMouseEvent): string | null {
    if (!this.active) return null;
    const layers = [`${this.active}-fill`].filter((id) => this.map.getLayer(id));
    const hit = this.map.queryRenderedFeatures(e.point, { layers })[0];
    const code = hit?.properties?.code;
    return typeof code === 'string' ? code : null;
  }

  private onMove(e: MapMouseEvent): void {
    const code = this.codeAt(e);
    this.map.getCanvas().style.cursor = code ? 'pointer' : '';
    this.events.hover(code, { x: e.point.x, y: e.point.y });
  }
}
