// Which engine draws <edu-map>: SVG first (the static map's layout) with
// MapLibre fetched on the first zoom, pan or county drill-down or when the
// browser is idle ('auto', the default); the same without the idle fetch
// ('svg': MapLibre only on a zoom, pan or county drill-down); or MapLibre from the start ('maplibre', the path before SVG first
// views, kept for `npm run bench:ui` to compare against).

export type MapEngine = 'svg' | 'maplibre';
export type EngineChoice = 'auto' | MapEngine;

const CHOICES: readonly EngineChoice[] = ['auto', 'svg', 'maplibre'];

/**
 * The choice a page forces with `#map-engine=svg|maplibre` in its address
 * (benches and tests); the atlas keeps the hash when it rewrites its query.
 */
export function engineFlag(hash: string = globalThis.location?.hash ?? ''): EngineChoice {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('map-engine');
  return CHOICES.find((c) => c === value) ?? 'auto';
}

/** Runs `task` once the browser is idle (at the latest after `timeout` ms). */
export function scheduleWhenIdle(task: () => void, timeout = 3000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(task, Math.min(timeout, 500));
}
