// Which boundary file gives a unit's neighbours, and the neighbours' values
// on one metric-year. Counties come from their province's file (so neighbours
// across a province border are not known); prefectures and provinces from the
// national files.

import { provinceCodeOf, type Level, type MetricId } from '../../contract';
import type { AtlasDataSource } from '../../data/source';
import type { UnitDirectory } from '../../data/units';
import { boundaryUrl, loadBoundaries } from '../../map/boundary-loader';
import type { NeighbourInput } from './neighbours';

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
    return loaded.neighbours.get(code) ?? null;
  } catch {
    // No boundaries is not a failure of the profile: the section says so.
    return null;
  }
}

export async function neighbourValues(
  source: AtlasDataSource,
  units: UnitDirectory,
  level: Level,
  codes: readonly string[],
  metric: MetricId,
  year: number,
): Promise<NeighbourInput[]> {
  const columns = (await source.values(metric, year))?.levels[level];
  const index = new Map(columns?.code.map((c, i) => [c, i]) ?? []);
  return codes.map((code) => {
    const i = index.get(code);
    return {
      code,
      name: (units.get(level, code) ?? units.find(code))?.name ?? code,
      value: i === undefined || !columns ? null : columns.value[i],
      flags: i === undefined || !columns?.flags[i] ? [] : columns.flags[i].split(';'),
    };
  });
}
