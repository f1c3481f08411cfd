import { describe, expect, it } from 'vitest';
import {
  boundaryLayerFor,
  contextLayerFor,
  isInReferenceList,
  isShown,
  parentLevelOf,
} from '../../src/map/boundary-layer';
import { boundaryUrl } from '../../src/map/boundary-loader';

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
