// The map module's public face. Importing this file does NOT load maplibre-gl:
// call loadMapElement() (a dynamic import) when a map is about to be shown.
// The pure models are exported for the app, tables and tests.

export * from './classify';
export * from './boundary-layer';
export * from './class-colours';
export * from './colour';
export * from './colour-plan';
export * from './keyboard-nav';
export * from './labels';
export * from './legend';
export * from './style';
export * from './theme';
export * from './tooltip';
export * from './topology';
export * from './values';
export type { DrillDetail, EduMap } from './element';

/** Defines <edu-map> (and fetches the maplibre chunk) on first call. */
export async function loadMapElement(): Promise<typeof import('./element').EduMap> {
  const module = await import('./element');
  return module.EduMap;
}
