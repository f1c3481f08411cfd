// From published data to the inputs of the chart layouts, for one embed spec.
// Pure and shared by the live embeds and the static build (scripts/build-embeds.ts),
// so a static image and the live chart it stands for agree.

import {
  LEVELS,
  metricById,
  NATION_CODE,
  NATION_NAME,
  type AtlasIndex,
  type Level,
  type MetricId,
  type MetricYearValues,
  type ProvinceSeries,
} from '../contract';
import { UnitDirectory, type Unit } from '../data/units';
import { seriesScopeOf as scopeOf } from '../data/values';
import type { Locale } from '../format';
import type { EmbedSpec } from './params';

export type { UnitValue } from '../data/values';

/** What a spec needs fetched: metric-years and province series. */
export interface DataNeeds {
  values: { metric: MetricId; year: number }[];
  series: string[];
}

export interface EmbedData {
  index: AtlasIndex;
  units: UnitDirectory;
  /** Keyed by `valuesKey(metric, year)`; null when the build has no such file. */
  values: ReadonlyMap<string, MetricYearValues | null>;
  series: readonly ProvinceSeries[];
}

export const valuesKey = (metric: MetricId, year: number): string => `${metric}:${year}`;

export function directoryFor(index: AtlasIndex): UnitDirectory {
  return new UnitDirectory(index.units);
}

export function unitName(unit: Pick<Unit, 'code' | 'nameZh' | 'nameEn'>, locale: Locale): string {
  if (unit.code === NATION_CODE) return NATION_NAME[locale];
  return locale === 'en' ? unit.nameEn : unit.nameZh;
}

export function regionUnit(units: UnitDirectory, region: string): Unit | undefined {
  return region === NATION_CODE ? units.get('nation', NATION_CODE) : units.find(region);
}

/** Units at `level` inside `parent` (walking down the tree). */
export function unitsUnder(units: UnitDirectory, parent: Unit, level: Level): Unit[] {
  let frontier: readonly Unit[] = [parent];
  for (let l = LEVELS.indexOf(parent.level) + 1; l <= LEVELS.indexOf(level); l++) {
    frontier = frontier.flatMap((u) => units.childrenOf(u).filter((c) => c.level === LEVELS[l]));
  }
  return [...frontier];
}

/** The level below the region; one more down when that level has a single unit (municipalities). */
export function defaultLevel(units: UnitDirectory, region: Unit): Level {
  const index = LEVELS.indexOf(region.level);
  const below = LEVELS[Math.min(index + 1, LEVELS.length - 1)];
  const deeper = LEVELS[index + 2];
  if (deeper && unitsUnder(units, region, below).length < 2) return deeper;
  return below;
}

export function levelFor(spec: EmbedSpec, units: UnitDirectory, region: Unit): Level {
  return spec.level ?? defaultLevel(units, region);
}

/** The series file (scope) that holds a unit's rows. */
export function seriesScopeOf(units: UnitDirectory, code: string): string {
  const unit = units.find(code);
  return unit ? scopeOf(unit.level, unit.code) : NATION_CODE;
}

/** `units` is called only for trend and compare (ranking, map, scatter and change need no unit tree). */
export function dataNeeds(spec: EmbedSpec, units: () => UnitDirectory): DataNeeds {
  const year = spec.year as number;
  const metric = spec.metric;
  switch (spec.type) {
    case 'ranking':
    case 'map':
      return { values: metric ? [{ metric, year }] : [], series: [] };
    case 'scatter':
      return {
        values: [...new Set([metric, spec.xMetric])].map((m) => ({ metric: m, year })),
        series: [],
      };
    case 'change':
      return {
        values: metric
          ? [...new Set([spec.from ?? year, year])].map((y) => ({ metric, year: y }))
          : [],
        series: [],
      };
    case 'trend':
    case 'compare': {
      const codes = spec.select.length ? spec.select : [spec.region];
      const tree = units();
      return { values: [], series: [...new Set(codes.map((c) => seriesScopeOf(tree, c)))] };
    }
  }
}

export { valuesAt } from '../data/values';

export function metricName(metric: MetricId, locale: Locale): string {
  return metricById(metric).name[locale];
}
