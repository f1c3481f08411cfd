// A data source over the golden pipeline output, and a tiny hand-made county
// topology (鹤山区 | 淇滨区 | 浚县 side by side) served through a stubbed fetch.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AtlasDataSource, type Fetcher } from '../../src/data/source';
import { UnitDirectory } from '../../src/data/units';
import type { AtlasIndex } from '../../src/contract';

const GOLDEN = join(__dirname, '../fixtures/pipeline/golden/expected');
export const DATA_BASE = 'http://atlas.test/data/';
export const BOUNDARIES_BASE = 'http://atlas.test/boundaries/';

const fileFetcher: Fetcher = async (url) => {
  const path = url.slice(DATA_BASE.length);
  try {
    const text = readFileSync(join(GOLDEN, path), 'utf8');
    return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 404, json: async () => null };
  }
};

export function goldenSource(): AtlasDataSource {
  return new AtlasDataSource(DATA_BASE, fileFetcher);
}

export function goldenUnits(): UnitDirectory {
  const index = JSON.parse(readFileSync(join(GOLDEN, 'v1/index.json'), 'utf8')) as AtlasIndex;
  return new UnitDirectory(index.units);
}

const square = (code: string, name: string, arcs: number[]) => ({
  type: 'Polygon',
  arcs: [arcs],
  properties: { code, name, parent: '410600', label: [0, 0] },
});

/** Three unit squares in a row: arcs 0 and 1 are the shared borders. */
export const HEBI_TOPOLOGY = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [2, 0],
      [2, 1],
    ],
    [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ],
    [
      [1, 1],
      [2, 1],
    ],
    [
      [1, 0],
      [2, 0],
    ],
    [
      [2, 1],
      [3, 1],
      [3, 0],
      [2, 0],
    ],
  ],
  objects: {
    counties: {
      type: 'GeometryCollection',
      geometries: [
        square('410602', '鹤山区', [0, 2]),
        square('410611', '淇滨区', [4, 1, -4, -1]),
        square('410621', '浚县', [5, -2]),
      ],
    },
  },
};

/** A fetch that serves HEBI_TOPOLOGY for counties-410000 and 404 for the rest. */
export const boundaryFetch = async (input: RequestInfo | URL): Promise<Response> => {
  const url = String(input);
  if (url === `${BOUNDARIES_BASE}counties-410000.topo.json`) {
    return new Response(JSON.stringify(HEBI_TOPOLOGY), { status: 200 });
  }
  return new Response('not found', { status: 404 });
};
