// The one reader of published value columns (a metric-year's levels, and the
// series files' rows): a unit's value, numerator, denominator and typed flags.
// Every view, chart, embed and profile reads values through here, so flags are
// split and missing values recognised in one place.

import {
  FLAGS,
  NATION_CODE,
  provinceCodeOf,
  type Flag,
  type Level,
  type MetricId,
  type MetricYearValues,
  type ProvinceSeries,
  type ValueColumns,
} from '../contract';

/** A value as the map and charts use it: missing is null, never 0. */
export interface UnitValue {
  value: number | null;
  flags: Flag[];
}

/** A value with the counts behind it (tables, profiles, gap tables). */
export interface UnitFigures extends UnitValue {
  numerator: number | null;
  denominator: number | null;
}

/** `incomplete;over_100` → ['incomplete', 'over_100']; flags the contract does not know are dropped. */
export function parseFlags(text: string | null | undefined): Flag[] {
  if (!text) return [];
  return text.split(';').filter((f): f is Flag => (FLAGS as readonly string[]).includes(f));
}

/** A published number, or null for a missing one (never 0). */
export function finiteOrNull(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
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

function figuresAt(columns: ValueColumns, i: number): UnitFigures {
  return {
    value: finiteOrNull(columns.value[i]),
    numerator: columns.numerator[i],
    denominator: columns.denominator[i],
    flags: parseFlags(columns.flags[i]),
  };
}

/** A unit's figures in one level's columns; null when the unit has no row. */
export function figuresIn(columns: ValueColumns | undefined, code: string): UnitFigures | null {
  if (!columns) return null;
  const i = indexOf(columns).get(code);
  return i === undefined ? null : figuresAt(columns, i);
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

/** code → figures for every row of one level's columns. */
export function valueMap(columns: ValueColumns | null | undefined): Map<string, UnitFigures> {
  const map = new Map<string, UnitFigures>();
  if (!columns) return map;
  columns.code.forEach((code, i) => map.set(code, figuresAt(columns, i)));
  return map;
}

/** code → figures at one level of a metric-year (an empty map for a missing file). */
export function valuesAt(file: MetricYearValues | null | undefined, level: Level): Map<string, UnitFigures> {
  return valueMap(file?.levels[level]);
}

export interface SeriesValue {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  flags: Flag[];
}

export interface SeriesLookup {
  get(level: Level, code: string, metric: MetricId, year: number): SeriesValue | undefined;
  /** The value, or null when there is no row or the value is missing. */
  valueAt(level: Level, code: string, metric: MetricId, year: number): number | null;
  /** Years that have any row, ascending. */
  years(): number[];
}

const seriesKey = (level: Level, code: string, metric: MetricId, year: number): string =>
  `${level}:${code}:${metric}:${year}`;

/** One lookup over several series files (a province's and the nation's). */
export function seriesLookup(files: readonly (ProvinceSeries | null | undefined)[]): SeriesLookup {
  const rows = new Map<string, SeriesValue>();
  const years = new Set<number>();
  for (const file of files) {
    if (!file) continue;
    const c = file.rows;
    c.code.forEach((code, i) => {
      years.add(c.year[i]);
      rows.set(seriesKey(c.level[i], code, c.metric[i], c.year[i]), {
        numerator: c.numerator[i],
        denominator: c.denominator[i],
        value: finiteOrNull(c.value[i]),
        flags: parseFlags(c.flags[i]),
      });
    });
  }
  const sortedYears = [...years].sort((a, b) => a - b);
  const get = (level: Level, code: string, metric: MetricId, year: number) =>
    rows.get(seriesKey(level, code, metric, year));
  return {
    get,
    valueAt: (level, code, metric, year) => get(level, code, metric, year)?.value ?? null,
    years: () => sortedYears,
  };
}

/** The series file holding a unit's rows: the nation's for the nation and provinces. */
export function seriesScopeOf(level: Level, code: string): string {
  return level === 'nation' || level === 'province' ? NATION_CODE : provinceCodeOf(code);
}
