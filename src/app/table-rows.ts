// Rows of the ranked list and the table: the units shown with their figures
// and rank, and sorting. Missing values have no rank and sort last; a
// `partial` value (its unit lacks some counties) has none either and takes no
// part in the others' ranks: it does not describe the whole unit.

import {
  compareCodes,
  type Level,
  type MetricDefinition,
  type MetricYearValues,
} from '../contract';
import { rankUnits } from '../data/rank';
import type { Unit } from '../data/units';
import type { CoverShare } from '../data/coverage';
import { figuresOf } from '../data/values';

export interface TableRow {
  level: Level;
  code: string;
  name: string;
  parentCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  flags: string[];
  /** 1 = best in the metric's good direction; ties share; null when missing or partial. */
  rank: number | null;
  /** For a partial unit: how many of its children have data ("1 of 18 prefectures"). */
  share?: CoverShare | null;
}

/** True when the row's value covers only part of its unit. */
export function isPartialRow(row: Pick<TableRow, 'flags'>): boolean {
  return row.flags.includes('partial');
}

export function tableRows(
  units: readonly Unit[],
  values: MetricYearValues | null | undefined,
  metric: MetricDefinition,
  shareOf: (unit: Unit) => CoverShare | null = () => null,
): TableRow[] {
  const rows: TableRow[] = units.map((unit) => {
    const figures = figuresOf(values, unit.level, unit.code);
    return {
      level: unit.level,
      code: unit.code,
      name: unit.name,
      parentCode: unit.parent ?? '',
      value: figures?.value ?? null,
      numerator: figures?.numerator ?? null,
      denominator: figures?.denominator ?? null,
      flags: figures?.flags ?? [],
      rank: null,
      share: figures?.flags.includes('partial') ? shareOf(unit) : null,
    };
  });
  // The atlas's one rank rule (src/data/rank.ts): the map tooltip and the profile use it too.
  const ranks = rankUnits(rows, metric.higherIsBetter);
  for (const row of rows) row.rank = ranks.get(row.code)?.rank ?? null;
  return sortRows(rows, 'rank', 'asc');
}

export type SortKey = 'rank' | 'name' | 'code' | 'value' | 'numerator' | 'denominator';
export type SortDirection = 'asc' | 'desc';

function compareNullable(a: number | null, b: number | null, sign: number): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return sign * (a - b);
}

let nameCollator: Intl.Collator | null = null;
/** Names in the order of Chinese dictionaries (pinyin); made on the first sort by name. */
function compareNames(a: string, b: string): number {
  nameCollator ??= new Intl.Collator('zh-Hans-CN');
  return nameCollator.compare(a, b);
}

/** A sorted copy; missing numbers last in either direction; ties by code. */
export function sortRows(
  rows: readonly TableRow[],
  key: SortKey,
  direction: SortDirection,
): TableRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    let order: number;
    if (key === 'name') order = sign * compareNames(a.name, b.name);
    else if (key === 'code') order = sign * compareCodes(a.code, b.code);
    else order = compareNullable(a[key], b[key], sign);
    return order || compareCodes(a.code, b.code);
  });
}
