// The gap table as data: each unit's status, gap and needed count, the units
// without data apart, totals, and the sort order. Pure; the element renders it.
// Places are counted at county level: a unit above it needs the sum of the
// shortfalls of its county-level units below the target, each on its own
// denominator, never netted against another county's surplus
// (docs/data-contract.md, "Metrics": places needed). Functional zones with data count like counties.

import { compareCodes } from '../../contract';
import type { MetricDefinition } from '../../contract';
import {
  effectiveTarget,
  meets,
  neededToClose,
  shortfallOf,
  type GapStatus,
  type GapTarget,
} from './gap';

/** One county-level unit's own figures: the level where places are counted. */
export interface GapCountyFigures {
  code: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

export interface GapInputRow extends GapCountyFigures {
  name: string;
  flags: readonly string[];
  /** The unit above (named beside county rows of a whole region). */
  parentName?: string;
  parentCode?: string;
  /**
   * The county-level units under this unit (functional zones included). Absent
   * for a county-level row, which counts itself.
   */
  counties?: readonly GapCountyFigures[];
}

export interface GapRow extends GapInputRow {
  status: GapStatus;
  /** value − target (fraction or CV); null when missing. */
  gap: number | null;
  /**
   * Counted units needed to reach the target: the sum of the shortfalls of the
   * county-level units below it; null for CVs, no target, or no counts.
   */
  needed: number | null;
  /** County-level units below the target; null without a target. */
  countiesBelow: number | null;
  /** County-level units with a value. */
  countiesWithData: number;
}

/** `count`: ratio with a target (places can close it); `cv`: threshold only; `none`: no target. */
export type GapMode = 'count' | 'cv' | 'none';

export type GapSort = 'gap-desc' | 'gap-asc';

export interface GapModel {
  mode: GapMode;
  target: GapTarget | null;
  /** Units with a value, in display order. */
  rows: GapRow[];
  /** Units without a value, by code: never counted as meeting or as 0. */
  missing: GapRow[];
  totals: GapTotals;
}

export interface GapTotals {
  /** Rows whose own value is below the target. */
  below: number;
  withData: number;
  /** Sum over every county-level unit below the target; null when not counted. */
  needed: number | null;
  countiesBelow: number;
  countiesWithData: number;
}

export interface GapModelInput {
  metric: MetricDefinition;
  rows: readonly GapInputRow[];
  /** Override of the target value; null/undefined uses the catalogue's. */
  target?: number | null;
  sort?: GapSort;
}

function isNumber(value: number | null): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function gapMode(metric: MetricDefinition, target: GapTarget | null): GapMode {
  if (!target) return 'none';
  return metric.unit === 'cv' ? 'cv' : 'count';
}

interface CountyJudgement {
  below: boolean;
  /** Places this county needs; null when not countable. */
  needed: number | null;
}

/** One county-level unit against the target, on its own denominator. */
function judgeCounty(
  county: GapCountyFigures,
  target: GapTarget,
  mode: GapMode,
): CountyJudgement | null {
  if (!isNumber(county.value)) return null;
  const countable =
    mode === 'count' &&
    target.comparison === '>=' &&
    isNumber(county.numerator) &&
    isNumber(county.denominator);
  if (!countable) return { below: !meets(target, county.value), needed: null };
  const needed = neededToClose(target.value, county.numerator!, county.denominator!);
  // With counts at hand, the integers decide (the published value is rounded).
  return { below: needed > 0, needed };
}

interface CountySum {
  below: number;
  withData: number;
  needed: number | null;
}

/** Shortfalls of the county-level units below the target, summed: never netted. */
export function sumCountyShortfalls(
  counties: readonly GapCountyFigures[],
  target: GapTarget,
  mode: GapMode,
): CountySum {
  let below = 0;
  let withData = 0;
  let needed: number | null = mode === 'count' ? 0 : null;
  for (const county of counties) {
    const judged = judgeCounty(county, target, mode);
    if (!judged) continue;
    withData += 1;
    if (!judged.below) continue;
    below += 1;
    needed = needed === null || judged.needed === null ? null : needed + judged.needed;
  }
  return { below, withData, needed };
}

function gapRow(row: GapInputRow, target: GapTarget | null, mode: GapMode): GapRow {
  const counties = row.counties ?? [row];
  const withData = counties.filter((c) => isNumber(c.value)).length;
  const empty = { needed: null, countiesBelow: null, countiesWithData: withData };
  if (!isNumber(row.value)) return { ...row, ...empty, status: 'missing', gap: null };
  if (!target) return { ...row, ...empty, status: 'unjudged', gap: null };
  const sum = sumCountyShortfalls(counties, target, mode);
  const own = row.counties ? judgeCounty(row, target, mode) : null;
  const ok = row.counties ? !own?.below : sum.below === 0;
  return {
    ...row,
    // A partial value describes only the counties with returns: never "meets" for the whole unit.
    status: row.flags.includes('partial') ? 'partial' : ok ? 'meets' : 'below',
    gap: row.value - target.value,
    needed: sum.needed,
    countiesBelow: sum.below,
    countiesWithData: sum.withData,
  };
}

/** Largest shortfall first ('gap-desc') or last; ties by code, so the order is stable. */
export function sortGapRows(
  rows: readonly GapRow[],
  target: GapTarget | null,
  sort: GapSort,
): GapRow[] {
  const key = (row: GapRow): number =>
    target && isNumber(row.value) ? shortfallOf(target, row.value) : -Infinity;
  const sign = sort === 'gap-desc' ? -1 : 1;
  return [...rows].sort((a, b) => sign * (key(a) - key(b)) || compareCodes(a.code, b.code));
}

/** Sum of the known numbers; null when none is known. */
function sumOf(values: readonly (number | null)[]): number | null {
  const known = values.filter(isNumber);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

export function buildGapModel(input: GapModelInput): GapModel {
  const target = effectiveTarget(input.metric, input.target);
  const mode = gapMode(input.metric, target);
  const all = input.rows.map((row) => gapRow(row, target, mode));
  const withValue = all.filter((row) => row.status !== 'missing');
  const below = withValue.filter((row) => row.status === 'below');
  return {
    mode,
    target,
    rows: mode === 'none' ? withValue : sortGapRows(withValue, target, input.sort ?? 'gap-desc'),
    missing: all
      .filter((row) => row.status === 'missing')
      .sort((a, b) => compareCodes(a.code, b.code)),
    totals: {
      below: mode === 'none' ? 0 : below.length,
      withData: withValue.length,
      needed: mode === 'count' ? sumOf(withValue.map((row) => row.needed)) : null,
      countiesBelow: sumOf(withValue.map((row) => row.countiesBelow)) ?? 0,
      countiesWithData: all.reduce((sum, row) => sum + row.countiesWithData, 0),
    },
  };
}
