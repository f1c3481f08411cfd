// Fetches a boundary file once per URL and keeps its features and adjacency.

import {
  mainBounds,
  neighbourCodes,
  topoToFeatures,
  type Bounds,
  type UnitCollection,
  type UnitTopology,
} from './topology';

export interface LoadedBoundaries {
  features: UnitCollection;
  neighbours: Map<string, string[]>;
  /** Bounding box per code, for label fitting. */
  bounds: Map<string, Bounds>;
}

const cache = new Map<string, Promise<LoadedBoundaries>>();

export function loadBoundaries(
  url: string,
  object: string,
  fetcher: typeof fetch = fetch,
): Promise<LoadedBoundaries> {
  const key = `${url}#${object}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetcher(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const topology = (await response.json()) as UnitTopology;
      const features = topoToFeatures(topology, object);
      const bounds = new Map<string, Bounds>();
      for (const f of features.features) {
        const b = mainBounds([f]);
        if (b) bounds.set(f.properties.code, b);
      }
      return { features, neighbours: neighbourCodes(topology, object), bounds };
    });
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/**
 * The first of `files` (under `base`) that loads. The SVG first view asks for
 * the overview, then the full file: a site whose boundaries folder has no
 * overview (a bureau's own boundaries) still draws.
 */
export function loadFirstBoundaries(
  base: string,
  files: readonly string[],
  object: string,
  fetcher: typeof fetch = fetch,
): Promise<LoadedBoundaries> {
  const [first, ...rest] = files;
  if (first === undefined) return Promise.reject(new Error('no boundary file'));
  const loading = loadBoundaries(boundaryUrl(base, first), object, fetcher);
  return rest.length
    ? loading.catch(() => loadFirstBoundaries(base, rest, object, fetcher))
    : loading;
}

/** `base` with exactly one slash before `file`. */
export function boundaryUrl(base: string, file: string): string {
  return `${base.replace(/\/+$/, '')}/${file}`;
}
