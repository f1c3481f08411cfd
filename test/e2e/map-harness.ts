// A page with one <edu-map> and deterministic synthetic values, driven by
// test/e2e/map.e2e.test.ts and scripts/bench-map.ts through window.mapHarness.

import { metricById, type MetricId } from '../../src/contract';
import { loadMapElement, type EduMap, type MapLevel, type UnitValue } from '../../src/map';
import type { EngineChoice } from '../../src/map/engine';
import { syntheticValue } from './map-synthetic';

export interface HarnessEvent {
  type: string;
  detail: unknown;
}

export interface MapHarness {
  element: EduMap;
  events: HarnessEvent[];
  /** Fills the values of every shown code; `overrides` pin some (null = missing). */
  setValues(seed: number, overrides?: Record<string, number | null>): Promise<number>;
  setMetric(id: MetricId): Promise<number>;
  setView(level: MapLevel, region: string): Promise<number>;
  codes(): Promise<string[]>;
}

declare global {
  interface Window {
    mapHarness: MapHarness;
    mapHarnessReady: Promise<void>;
  }
}

const params = new URLSearchParams(location.search);

async function main(): Promise<void> {
  await loadMapElement();
  const element = document.createElement('edu-map');
  const events: HarnessEvent[] = [];
  // MapLibre from the start unless ?engine= says otherwise: map.e2e and bench:map test MapLibre.
  element.engine = (params.get('engine') as EngineChoice | null) ?? 'maplibre';
  for (const type of [
    'edu-map-shown',
    'edu-map-ready',
    'edu-map-redrawn',
    'edu-map-engine',
    'edu-drill',
    'edu-up',
  ]) {
    element.addEventListener(type, (e) =>
      events.push({ type, detail: (e as CustomEvent).detail ?? null }),
    );
  }
  const redrawn = (): Promise<number> =>
    new Promise((resolve) =>
      element.addEventListener(
        'edu-map-redrawn',
        (e) => resolve((e as CustomEvent<{ ms: number }>).detail.ms),
        {
          once: true,
        },
      ),
    );

  let seed = 1;
  let overrides: Record<string, number | null> = {};
  const codesFor = async (level: MapLevel, region: string): Promise<string[]> => {
    const { boundaryLayerFor, isShown } = await import('../../src/map/boundary-layer');
    const { loadBoundaries, boundaryUrl } = await import('../../src/map/boundary-loader');
    const layer = boundaryLayerFor(level, region);
    const loaded = await loadBoundaries(
      boundaryUrl(element.boundariesBase, layer.file),
      layer.object,
    );
    return loaded.features.features
      .filter((f) => isShown(level, region, f.properties))
      .map((f) => f.properties.code);
  };
  const valuesFor = (codes: string[]): Map<string, UnitValue> =>
    new Map(
      codes.map((code) => [
        code,
        { value: code in overrides ? overrides[code] : syntheticValue(code, seed), flags: [] },
      ]),
    );

  element.metric = metricById(
    (params.get('metric') as MetricId | null) ?? 'inclusive_kindergarten_coverage',
  );
  element.level = (params.get('level') as MapLevel | null) ?? 'province';
  element.region = params.get('region') ?? '000000';
  element.classification = { method: 'threshold', k: 3, bandWidth: 0.1 };
  element.boundariesBase = './boundaries/';
  element.boundarySource = 'data/boundaries (or test/fixtures/map)';
  element.locale = params.get('locale') === 'en' ? 'en' : 'zh';
  element.regionName = params.get('regionName') ?? (element.locale === 'en' ? 'China' : '全国');
  element.reference = { name: params.get('referenceName') ?? element.regionName, value: 0.85 };
  element.synthetic = true;
  element.values = valuesFor(await codesFor(element.level, element.region));
  const ready = new Promise<void>((resolve) =>
    element.addEventListener('edu-map-shown', () => resolve(), { once: true }),
  );
  document.getElementById('slot')?.append(element);

  window.mapHarness = {
    element,
    events,
    async setValues(nextSeed, nextOverrides = {}) {
      seed = nextSeed;
      overrides = nextOverrides;
      const done = redrawn();
      element.values = valuesFor(await codesFor(element.level, element.region));
      return done;
    },
    async setMetric(id) {
      const done = redrawn();
      element.metric = metricById(id);
      return done;
    },
    async setView(level, region) {
      const values = valuesFor(await codesFor(level, region));
      const done = redrawn();
      element.level = level;
      element.region = region;
      element.values = values;
      return done;
    },
    codes: () => codesFor(element.level, element.region),
  };
  await ready;
}

window.mapHarnessReady = main();
