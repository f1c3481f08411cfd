// Which boundary file a view needs, and which of its features it shows.
// Nation → provinces (or every prefecture); a province → its prefectures; a prefecture (or a
// province seen at county level) → counties-<province>.topo.json, loaded only
// on drill-down.

import type { FilterSpecification } from 'maplibre-gl';
import { NATION_CODE, OUTSIDE_REFERENCE_CODES, provinceCodeOf, type Level } from '../contract';

export type MapLevel = Exclude<Level, 'nation'>;

export interface BoundaryLayer {
  /** File under the boundaries folder. */
  file: string;
  /** TopoJSON object name. */
  object: string;
  /** MapLibre source id (one per file, so feature-state survives drill-up and down). */
  source: string;
  /** Map filter for the units shown; null shows every feature in the file. */
  filter: FilterSpecification | null;
  /**
   * A lighter file of the same units for the SVG first view, which is drawn
   * whole and never zoomed (the nation's provinces: 23 KB gzip instead of 95);
   * MapLibre, the downloads and the static images use `file`.
   */
  overviewFile?: string;
}

export function boundaryLayerFor(level: MapLevel, region: string): BoundaryLayer {
  if (level === 'province') {
    return {
      file: 'china-provinces.topo.json',
      object: 'provinces',
      source: 'provinces',
      filter: null,
      ...(region === NATION_CODE ? { overviewFile: 'china-provinces.overview.topo.json' } : {}),
    };
  }
  if (level === 'prefecture') {
    return {
      file: 'china-prefectures.topo.json',
      object: 'prefectures',
      source: 'prefectures',
      // The nation at prefecture level shows every prefecture.
      filter: region === NATION_CODE ? null : ['==', ['get', 'parent'], region],
    };
  }
  const province = provinceCodeOf(region);
  const filter: FilterSpecification =
    region === province
      ? ['==', ['slice', ['get', 'code'], 0, 2], region.slice(0, 2)]
      : ['==', ['get', 'parent'], region];
  return {
    file: `counties-${province}.topo.json`,
    object: 'counties',
    source: `counties-${province}`,
    filter,
  };
}

/** The files the SVG first view tries in order: the overview where there is one, then the file. */
export function svgFilesOf(layer: BoundaryLayer): string[] {
  return layer.overviewFile ? [layer.overviewFile, layer.file] : [layer.file];
}

export interface ContextLayer {
  file: string;
  object: string;
  /** Source id of the grey context drawn under the units in focus. */
  source: string;
}

/** The level-up layer drawn grey around the units in focus; null for the whole nation. */
export function contextLayerFor(level: MapLevel, region: string): ContextLayer | null {
  if (region === NATION_CODE) return null;
  if (level === 'county' && region !== provinceCodeOf(region)) {
    return {
      file: 'china-prefectures.topo.json',
      object: 'prefectures',
      source: 'context-prefectures',
    };
  }
  return { file: 'china-provinces.topo.json', object: 'provinces', source: 'context-provinces' };
}

/** The same choice as `boundaryLayerFor(...).filter`, for feature properties in JS. */
export function isShown(
  level: MapLevel,
  region: string,
  properties: { code: string; parent: string },
): boolean {
  if (region === NATION_CODE && level !== 'county') return true;
  if (level === 'province') return properties.code === region;
  if (level === 'county' && region === provinceCodeOf(region))
    return properties.code.slice(0, 2) === region.slice(0, 2);
  return properties.parent === region;
}

export function isInReferenceList(code: string): boolean {
  return !(OUTSIDE_REFERENCE_CODES as readonly string[]).includes(code);
}

/** The level one up from the units shown, for `edu-up`. */
export function parentLevelOf(level: MapLevel): Level {
  return level === 'county' ? 'prefecture' : level === 'prefecture' ? 'province' : 'nation';
}
