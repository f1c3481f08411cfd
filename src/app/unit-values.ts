// Lookups into one metric-year's published columns: the value of a unit at a
// level, as a record. Indexes are built once per columns object.

import type { Level, MetricYearValues, ValueColumns } from '../contract';

export interface UnitFigures {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Flag ids (`incomplete`, `over_100`). */
  flags: string[];
}

const indexes = new WeakMap<ValueColumns, Map<string, number>>();

function indexOf(columns: ValueColumns): Map<string, number> {
  let index = indexes.get(columns);
  if (!index) {
    index = new Map(columns.code.map((code, i) => [code, i]));
    indexes.set(columns, index);
  }
  return index;
}

export function figuresIn(columns: ValueColumns | undefined, code: string): UnitFigures | null {
  if (!columns) return null;
  const i = indexOf(columns).get(code);
  if (i === undefined) return null;
  const raw = columns.value[i];
  return {
    value: typeof raw === 'number' && Number.isFinite(raw) ? raw : null,
    numerator: columns.numerator[i],
    denominator: columns.denominator[i],
    flags: columns.flags[i] ? columns.flags[i].split(';') : [],
  };
}

export function figuresOf(
  values: MetricYearValues | null | undefined,
  level: Level,
  code: string,
): UnitFigures | null {
  return figuresIn(values?.levels[level], code);
}

export function valueOf(
  values: MetricYearValues | null | undefined,
  level: Level,
  code: string,
): number | null {
  return figuresOf(values, level, code)?.value ?? null;
}
