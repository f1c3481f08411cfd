import { describe, expect, it } from 'vitest';
import {
  boundaryLayerFor,
  contextLayerFor,
  isInReferenceList,
  isShown,
  parentLevelOf,
  svgFilesOf,
} from '../../src/map/boundary-layer';
import { boundaryUrl, loadFirstBoundaries } from '../../src/map/boundary-loader';

describe('boundaryLayerFor', () => {
  it('uses provinces for the nation and prefectures for a province', () => {
    expect(boundaryLayerFor('province', '000000')).toMatchObject({
      file: 'china-provinces.topo.json',
      filter: null,
    });
    expect(boundaryLayerFor('prefecture', '410000')).toMatchObject({
      file: 'china-prefectures.topo.json',
      object: 'prefectures',
      filter: ['==', ['get', 'parent'], '410000'],
    });
    expect(boundaryLayerFor('prefecture', '000000').filter).toBeNull();
  });
  it('gives the SVG first view of the nation the overview file, then the full one as fallback', () => {
    expect(svgFilesOf(boundaryLayerFor('province', '000000'))).toEqual([
      'china-provinces.overview.topo.json',
      'china-provinces.topo.json',
    ]);
    // Views that zoom into a part of the country draw the full detail.
    expect(svgFilesOf(boundaryLayerFor('province', '410000'))).toEqual([
      'china-provinces.topo.json',
    ]);
    expect(svgFilesOf(boundaryLayerFor('prefecture', '000000'))).toEqual([
      'china-prefectures.topo.json',
    ]);
  });
  it("loads a province's county file for a prefecture, or for the province at county level", () => {
    expect(boundaryLayerFor('county', '410600')).toMatchObject({
      file: 'counties-410000.topo.json',
      object: 'counties',
      source: 'counties-410000',
      filter: ['==', ['get', 'parent'], '410600'],
    });
    expect(boundaryLayerFor('county', '410000').filter).toEqual([
      '==',
      ['slice', ['get', 'code'], 0, 2],
      '41',
    ]);
    // 仙桃 429004 sits under the pseudo-prefecture 429000 in Hubei's file.
    expect(boundaryLayerFor('county', '429000').file).toBe('counties-420000.topo.json');
  });
});

describe('contextLayerFor', () => {
  it('draws the level up around the units in focus', () => {
    expect(contextLayerFor('province', '000000')).toBeNull();
    expect(contextLayerFor('prefecture', '410000')?.source).toBe('context-provinces');
    expect(contextLayerFor('county', '410600')?.source).toBe('context-prefectures');
    expect(contextLayerFor('county', '410000')?.source).toBe('context-provinces');
  });
});

describe('isShown', () => {
  it('matches the map filters', () => {
    expect(isShown('province', '000000', { code: '710000', parent: '000000' })).toBe(true);
    expect(isShown('prefecture', '410000', { code: '410600', parent: '410000' })).toBe(true);
    expect(isShown('prefecture', '410000', { code: '420100', parent: '420000' })).toBe(false);
    expect(isShown('county', '410000', { code: '410602', parent: '410600' })).toBe(true);
    expect(isShown('county', '410600', { code: '410102', parent: '410100' })).toBe(false);
    expect(isShown('county', '441900', { code: '441900', parent: '441900' })).toBe(true);
  });
});

describe('helpers', () => {
  it('knows the units outside the reference list', () => {
    expect(isInReferenceList('710000')).toBe(false);
    expect(isInReferenceList('nanhai')).toBe(false);
    expect(isInReferenceList('410000')).toBe(true);
  });
  it('goes up one level', () => {
    expect(parentLevelOf('county')).toBe('prefecture');
    expect(parentLevelOf('province')).toBe('nation');
  });
  it('joins boundary URLs', () => {
    expect(boundaryUrl('./boundaries/', 'a.topo.json')).toBe('./boundaries/a.topo.json');
    expect(boundaryUrl('/x/boundaries', 'a.topo.json')).toBe('/x/boundaries/a.topo.json');
  });
});

describe('loadFirstBoundaries', () => {
  const topology = JSON.stringify({
    type: 'Topology',
    arcs: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
    objects: {
      provinces: {
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'Polygon',
            arcs: [[0]],
            properties: { code: '410000', name: '河南省', parent: '000000', label: [0.5, 0.5] },
          },
        ],
      },
    },
  });
  function fetcher(present: readonly string[], asked: string[]): typeof fetch {
    return (input) => {
      const url = String(input);
      asked.push(url);
      const found = present.some((f) => url.endsWith(`/${f}`));
      return Promise.resolve(
        new Response(found ? topology : 'missing', { status: found ? 200 : 404 }),
      );
    };
  }
  it('takes the overview when the site has it', async () => {
    const asked: string[] = [];
    const base = `https://a.test/first-${Math.random()}/`;
    const loaded = await loadFirstBoundaries(
      base,
      ['overview.topo.json', 'full.topo.json'],
      'provinces',
      fetcher(['overview.topo.json', 'full.topo.json'], asked),
    );
    expect(asked).toEqual([`${base}overview.topo.json`]);
    expect(loaded.features.features.map((f) => f.properties.code)).toEqual(['410000']);
  });
  it("falls back to the full file when a site's boundaries have no overview", async () => {
    const asked: string[] = [];
    const base = `https://a.test/fallback-${Math.random()}/`;
    const loaded = await loadFirstBoundaries(
      base,
      ['overview.topo.json', 'full.topo.json'],
      'provinces',
      fetcher(['full.topo.json'], asked),
    );
    expect(asked).toEqual([`${base}overview.topo.json`, `${base}full.topo.json`]);
    expect(loaded.features.features).toHaveLength(1);
  });
  it('fails when no file loads', async () => {
    const base = `https://a.test/none-${Math.random()}/`;
    await expect(
      loadFirstBoundaries(base, ['a.topo.json', 'b.topo.json'], 'provinces', fetcher([], [])),
    ).rejects.toThrow(/HTTP 404/);
  });
});
