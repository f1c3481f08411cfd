// Values of one unit over the years from a published series file.

import type { MetricId, ProvinceSeries } from '../contract';
import { seriesScopeOf as scopeOf } from '../data/values';
import type { Unit } from '../data/units';

/** The series file holding a unit: the nation's for the nation and provinces. */
export function seriesScopeOf(unit: Unit): string {
  return scopeOf(unit.level, unit.code);
}

export function yearValues(
  series: ProvinceSeries | null | undefined,
  unit: Unit,
  metric: MetricId,
): Record<number, number | null> {
  const values: Record<number, number | null> = {};
  if (!series) return values;
  const rows = series.rows;
  for (let i = 0; i < rows.code.length; i++) {
    if (rows.code[i] !== unit.code || rows.level[i] !== unit.level || rows.metric[i] !== metric)
      continue;
    const v = rows.value[i];
    values[rows.year[i]] = Number.isFinite(v) ? v : null;
  }
  return values;
}
