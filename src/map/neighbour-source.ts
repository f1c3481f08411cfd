// Which boundary file gives a unit's neighbours, and the neighbours' values
// on one metric-year. Counties come from their province's file, plus the
// counties of the adjacent provinces' files that share a border with them
// (./border-neighbours.ts); prefectures and provinces from the national files.

import { provinceCodeOf, type Level, type MetricId } from '../contract';
import type { AtlasDataSource } from '../data/source';
import type { UnitDirectory } from '../data/units';
import { figuresOf } from '../data/values';
import { boundaryUrl, loadBoundaries } from './boundary-loader';
import type { Geometry } from 'geojson';
import { borderNeighbours } from './border-neighbours';

/** A neighbour of a unit on one metric: its figure as the profile lists it. */
export interface NeighbourInput {
  code: string;
  name: string;
  value: number | null;
  flags: readonly string[];
}

export interface NeighbourFile {
  file: string;
  object: string;
}

export function neighbourFile(level: Level, code: string): NeighbourFile | null {
  switch (level) {
    case 'county':
      return { file: `counties-${provinceCodeOf(code)}.topo.json`, object: 'counties' };
    case 'prefecture':
      return { file: 'china-prefectures.topo.json', object: 'prefectures' };
    case 'province':
      return { file: 'china-provinces.topo.json', object: 'provinces' };
    case 'nation':
      return null;
  }
}

/** Codes sharing a border with the unit; null when the file lacks the unit or cannot be read. */
export async function neighbourCodesOf(
  boundariesBase: string,
  level: Level,
  code: string,
): Promise<string[] | null> {
  const file = neighbourFile(level, code);
  if (!file) return null;
  try {
    const loaded = await loadBoundaries(boundaryUrl(boundariesBase, file.file), file.object);
    const inside = loaded.neighbours.get(code);
    if (!inside || level !== 'county') return inside ?? null;
    const feature = loaded.features.features.find((f) => f.properties.code === code);
    const across = await acrossProvinceBorder(boundariesBase, code, feature?.geometry ?? null);
    return [...inside, ...across];
  } catch {
    // No boundaries is not a failure of the profile: the section says so.
    return null;
  }
}

/** Counties of the adjacent provinces that share a border with a county. */
async function acrossProvinceBorder(
  boundariesBase: string,
  code: string,
  geometry: Geometry | null,
): Promise<string[]> {
  const province = provinceCodeOf(code);
  const provinces = neighbourFile('province', province);
  if (!geometry || !provinces) return [];
  let adjacent: string[];
  try {
    const national = await loadBoundaries(
      boundaryUrl(boundariesBase, provinces.file),
      provinces.object,
    );
    adjacent = national.neighbours.get(province) ?? [];
  } catch {
    // Without the provinces file the county's own province still gives its neighbours.
    return [];
  }
  const files = await Promise.all(
    adjacent.map(async (p) => {
      const file = neighbourFile('county', p);
      if (!file) return [];
      try {
        return (await loadBoundaries(boundaryUrl(boundariesBase, file.file), file.object)).features
          .features;
      } catch {
        return [];
      }
    }),
  );
  const candidates = files.flat().map((f) => ({ code: f.properties.code, geometry: f.geometry }));
  return borderNeighbours(geometry, candidates);
}

/** A neighbour's name, with its province when that is not `home`'s (浚县 beside 内黄县（河南省）). */
function neighbourName(
  units: UnitDirectory,
  level: Level,
  code: string,
  home: string | null,
): string {
  const name = (units.get(level, code) ?? units.find(code))?.name ?? code;
  const province = provinceCodeOf(code);
  if (home === null || level === 'province' || province === provinceCodeOf(home)) return name;
  const provinceName = units.get('province', province)?.name;
  if (!provinceName) return name;
  return units.locale === 'zh' ? `${name}（${provinceName}）` : `${name} (${provinceName})`;
}

export async function neighbourValues(
  source: AtlasDataSource,
  units: UnitDirectory,
  level: Level,
  codes: readonly string[],
  metric: MetricId,
  year: number,
  home: string | null = null,
): Promise<NeighbourInput[]> {
  const values = await source.values(metric, year);
  return codes.map((code) => {
    const figures = figuresOf(values, level, code);
    return {
      code,
      name: neighbourName(units, level, code, home),
      value: figures?.value ?? null,
      flags: figures?.flags ?? [],
    };
  });
}
