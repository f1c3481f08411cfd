// Everything the profile shows, as data: pure, so every number on the page
// is tested without a DOM. The element and its templates only render this.

import {
  METRIC_GROUPS,
  METRICS,
  NATION_CODE,
  type MetricDefinition,
  type MetricGroup,
  type MetricId,
  type ReportedFigure,
} from '../../contract';
import type { TrendSeries } from '../../charts/trend/layout';
import type { Unit } from '../../data/units';
import { neighbourComparison, type NeighbourInput, type NeighbourRow } from './neighbours';
import { rankAmong, type Rank } from './rank';
import type { RemapNote } from './remaps';
import { reportedFor } from './reported';
import type { SeriesLookup } from '../../data/values';
import { targetDistance, type TargetDistance } from './target-distance';

export interface MetricLine {
  metric: MetricDefinition;
  focus: boolean;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  flags: string[];
  target: TargetDistance | null;
  rank: Rank | null;
  parentValue: number | null;
  nationValue: number | null;
  /** Value per year of `ProfileModel.years`; null where missing. */
  history: (number | null)[];
}

export interface MetricGroupLines {
  group: MetricGroup;
  lines: MetricLine[];
}

export interface ProfileModel {
  unit: Unit;
  /** Nation → unit, inclusive. */
  path: Unit[];
  parent: Unit | null;
  nation: Unit | null;
  siblings: Unit[];
  year: number;
  years: number[];
  groups: MetricGroupLines[];
  focus: MetricLine;
  trend: TrendSeries[];
  /** The unit and its neighbours, best first; null when the boundary data cannot tell. */
  neighbours: NeighbourRow[] | null;
  reported: ReportedFigure[];
  /** Returns filed under old codes that this unit's figures include (remaps.ts). */
  remaps: RemapNote[];
  /** Codes of the units on the page whose figures cover only part of them in `year`. */
  partial: ReadonlySet<string>;
}

export interface ProfileInput {
  unit: Unit;
  path: readonly Unit[];
  /** Units with the same parent and level, the unit included. */
  siblings: readonly Unit[];
  metric: MetricId;
  year: number;
  series: SeriesLookup;
  reported: readonly ReportedFigure[];
  /** Neighbours on the focus metric and year; null when unknown. */
  neighbours: readonly NeighbourInput[] | null;
  metrics?: readonly MetricDefinition[];
  remaps?: readonly RemapNote[];
  /** False for a unit outside the data's scope: such neighbours are not listed. */
  inScope?: (unit: Pick<Unit, 'level' | 'code'>) => boolean;
}

function valueOf(
  series: SeriesLookup,
  unit: Unit | null,
  metric: MetricId,
  year: number,
): number | null {
  return unit ? (series.get(unit.level, unit.code, metric, year)?.value ?? null) : null;
}

function metricLine(
  input: ProfileInput,
  metric: MetricDefinition,
  parent: Unit | null,
  nation: Unit | null,
): MetricLine {
  const { unit, series, year } = input;
  const row = series.get(unit.level, unit.code, metric.id, year);
  const value = row?.value ?? null;
  // Flags too: a partial value takes no part in ranks (src/data/rank.ts).
  const siblingValues = input.siblings.map((s) => ({
    code: s.code,
    value: valueOf(series, s, metric.id, year),
    flags: series.get(s.level, s.code, metric.id, year)?.flags,
  }));
  return {
    metric,
    focus: metric.id === input.metric,
    value,
    numerator: row?.numerator ?? null,
    denominator: row?.denominator ?? null,
    flags: row?.flags ?? [],
    target: targetDistance(metric, value),
    rank:
      input.siblings.length > 1 ? rankAmong(siblingValues, unit.code, metric.higherIsBetter) : null,
    parentValue: valueOf(series, parent, metric.id, year),
    nationValue: valueOf(series, nation, metric.id, year),
    history: series.years().map((y) => valueOf(series, unit, metric.id, y)),
  };
}

function trendOf(series: SeriesLookup, units: readonly Unit[], metric: MetricId): TrendSeries[] {
  return units.map((u) => ({
    code: u.code,
    name: u.name,
    values: Object.fromEntries(series.years().map((y) => [y, valueOf(series, u, metric, y)])),
  }));
}

export function buildProfileModel(input: ProfileInput): ProfileModel {
  const { unit, path } = input;
  const parent = path.length > 1 ? path[path.length - 2] : null;
  const nation = path[0]?.code === NATION_CODE ? path[0] : null;
  const metrics = input.metrics ?? METRICS;
  const lines = metrics.map((m) => metricLine(input, m, parent, nation));
  const focus = lines.find((l) => l.focus) ?? lines[0];
  const groups = METRIC_GROUPS.map((group) => ({
    group,
    lines: lines.filter((l) => l.metric.group === group.id),
  })).filter((g) => g.lines.length > 0);
  // The unit, its parent and (further up) the nation, each once.
  const trendUnits = [unit, parent, nation].filter(
    (u, i, all): u is Unit =>
      !!u && all.findIndex((v) => v?.code === u.code && v.level === u.level) === i,
  );
  const self: NeighbourInput = {
    code: unit.code,
    name: unit.name,
    value: focus.value,
    flags: focus.flags,
  };
  return {
    unit,
    path: [...path],
    parent,
    nation,
    siblings: input.siblings.filter((s) => s.code !== unit.code),
    year: input.year,
    years: input.series.years(),
    groups,
    focus,
    trend: trendOf(input.series, trendUnits, focus.metric.id),
    neighbours: input.neighbours
      ? neighbourComparison(
          self,
          input.neighbours.filter(
            (n) => input.inScope?.({ level: unit.level, code: n.code }) ?? true,
          ),
          focus.metric.higherIsBetter,
        )
      : null,
    // A parent or the nation with some counties missing: its figures are marked, not compared as whole.
    partial: new Set(
      [parent, nation]
        .filter((u): u is Unit => !!u)
        .filter((u) =>
          input.series.get(u.level, u.code, focus.metric.id, input.year)?.flags.includes('partial'),
        )
        .map((u) => u.code),
    ),
    reported: reportedFor(input.reported, unit.level, unit.code),
    remaps: [...(input.remaps ?? [])],
  };
}
