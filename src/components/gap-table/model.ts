// The gap table as data: each unit's status, gap and needed count, the units
// without data apart, totals, and the sort order. Pure; the element renders it.

import type { MetricDefinition } from '../../contract';
import {
  effectiveTarget,
  meets,
  neededToClose,
  shortfallOf,
  type GapStatus,
  type GapTarget,
} from './gap';

export interface GapInputRow {
  code: string;
  name: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  flags: readonly string[];
}

export interface GapRow extends GapInputRow {
  status: GapStatus;
  /** value − target (fraction or CV); null when missing. */
  gap: number | null;
  /** Counted units needed to reach the target; null for CVs, missing values or no count. */
  needed: number | null;
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
  totals: { below: number; withData: number; needed: number | null };
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

function gapRow(row: GapInputRow, target: GapTarget | null, mode: GapMode): GapRow {
  if (!isNumber(row.value)) return { ...row, status: 'missing', gap: null, needed: null };
  if (!target) return { ...row, status: 'unjudged', gap: null, needed: null };
  const countable =
    mode === 'count' &&
    target.comparison === '>=' &&
    isNumber(row.numerator) &&
    isNumber(row.denominator);
  const needed = countable ? neededToClose(target.value, row.numerator!, row.denominator!) : null;
  // With counts at hand, the integers decide (the published value is rounded).
  const ok = countable ? needed === 0 : meets(target, row.value);
  return { ...row, status: ok ? 'meets' : 'below', gap: row.value - target.value, needed };
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
  return [...rows].sort((a, b) => sign * (key(a) - key(b)) || a.code.localeCompare(b.code));
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
      .sort((a, b) => a.code.localeCompare(b.code)),
    totals: {
      below: mode === 'none' ? 0 : below.length,
      withData: withValue.length,
      needed: mode === 'count' ? below.reduce((sum, row) => sum + (row.needed ?? 0), 0) : null,
    },
  };
}
