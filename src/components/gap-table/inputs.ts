// The gap table's input rows from the published values: the units shown, each
// with the county-level units under it (where places are counted), and every
// county-level unit of the region for the table's county view.

import type { MetricYearValues } from '../../contract';
import type { Unit, UnitDirectory } from '../../data/units';
import { figuresOf } from '../../data/values';
import type { GapCountyFigures, GapInputRow } from './model';

/** The county-level units at or under `unit` (functional zones included). */
export function countyUnitsUnder(units: UnitDirectory, unit: Unit): Unit[] {
  if (unit.level === 'county') return [unit];
  return units.childrenOf(unit).flatMap((child) => countyUnitsUnder(units, child));
}

function inputRow(unit: Unit, values: MetricYearValues | null | undefined): GapInputRow {
  const figures = figuresOf(values, unit.level, unit.code);
  return {
    code: unit.code,
    name: unit.name,
    numerator: figures?.numerator ?? null,
    denominator: figures?.denominator ?? null,
    value: figures?.value ?? null,
    flags: figures?.flags ?? [],
  };
}

function parentOf(
  units: UnitDirectory,
  unit: Unit,
): Pick<GapInputRow, 'parentName' | 'parentCode'> {
  const parent = units.parentOf(unit);
  return parent ? { parentName: parent.name, parentCode: parent.code } : {};
}

function countyFigures(row: GapInputRow): GapCountyFigures {
  return {
    code: row.code,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
  };
}

export interface GapInputs {
  /** The units shown, each with its county-level units. */
  rows: GapInputRow[];
  /** Every county-level unit under them, named with its parent. */
  counties: GapInputRow[];
}

export function gapInputs(
  units: UnitDirectory,
  shown: readonly Unit[],
  values: MetricYearValues | null | undefined,
): GapInputs {
  const counties: GapInputRow[] = [];
  const rows = shown.map((unit) => {
    const row = inputRow(unit, values);
    if (unit.level === 'county') {
      counties.push({ ...row, ...parentOf(units, unit) });
      return row;
    }
    const under = countyUnitsUnder(units, unit).map((county) => ({
      ...inputRow(county, values),
      ...parentOf(units, county),
    }));
    counties.push(...under);
    return { ...row, counties: under.map(countyFigures) };
  });
  return { rows, counties };
}
