// What the data covers, from the index: its scope (the unit the site opens
// at) and, per year, which units above county level lack some of their
// counties (`partial`). Units outside the scope are context, never rows.

import { NATION_CODE, type AtlasIndex, type CoverageYear, type DataScope } from '../contract';
import type { Unit, UnitDirectory } from './units';

/** "covers 1 of 18 prefectures": children with data, children in all, and their level. */
export interface CoverShare {
  covered: number;
  total: number;
  childLevel: 'province' | 'prefecture' | 'county';
}

const NATIONAL_SCOPE: DataScope = { level: 'nation', code: NATION_CODE, name: '全国', year: null };

export class DataCoverage {
  readonly scope: DataScope;
  /** Each year's coverage as published, indexed on first use (the first view needs one year). */
  private readonly published = new Map<number, CoverageYear>();
  private readonly years = new Map<number, Map<string, { withData: number; total: number }>>();

  constructor(
    index: Pick<AtlasIndex, 'scope' | 'coverage'> | null | undefined,
    private readonly units: UnitDirectory,
  ) {
    this.scope = index?.scope ?? NATIONAL_SCOPE;
    for (const year of index?.coverage ?? []) this.published.set(year.year, year);
  }

  private countsIn(year: number): Map<string, { withData: number; total: number }> | undefined {
    let counts = this.years.get(year);
    const published = counts ? undefined : this.published.get(year);
    if (published) this.years.set(year, (counts = countsOf(published)));
    return counts;
  }

  /** The scope as a unit of the directory (the nation when the index names none). */
  scopeUnit(): Unit | undefined {
    return this.units.get(this.scope.level, this.scope.code) ?? this.units.find(NATION_CODE);
  }

  /**
   * True when the unit is inside the data's territory: the scope, a unit under
   * it, or a unit above it (the scope's province and the nation, drawn partial).
   */
  inScope(unit: Pick<Unit, 'level' | 'code'>): boolean {
    return within(unit, this.scope) || within(this.scope, unit);
  }

  /** Known units outside the scope are context: drawn grey, never listed or ranked. */
  isContext(unit: Pick<Unit, 'level' | 'code'>): boolean {
    return !this.inScope(unit);
  }

  /** True when the unit lacks some of its county-level units in `year`. */
  isPartial(unit: Pick<Unit, 'level' | 'code'>, year: number): boolean {
    const counts = this.countsIn(year)?.get(`${unit.level}:${unit.code}`);
    return counts !== undefined && counts.withData < counts.total;
  }

  /** How many of a partial unit's children have data in `year` (null when not partial). */
  shareOf(unit: Unit, year: number): CoverShare | null {
    if (unit.level === 'county' || !this.isPartial(unit, year)) return null;
    const counts = this.countsIn(year)!;
    if (unit.level === 'prefecture') {
      const own = counts.get(`prefecture:${unit.code}`)!;
      return { covered: own.withData, total: own.total, childLevel: 'county' };
    }
    const children = this.units.childrenOf(unit);
    const childLevel = unit.level === 'nation' ? 'province' : 'prefecture';
    const covered = children.filter((c) => counts.has(`${c.level}:${c.code}`)).length;
    return { covered, total: children.length, childLevel };
  }
}

function countsOf(year: CoverageYear): Map<string, { withData: number; total: number }> {
  const map = new Map<string, { withData: number; total: number }>();
  year.code.forEach((code, i) =>
    map.set(`${year.level[i]}:${code}`, { withData: year.withData[i], total: year.total[i] }),
  );
  return map;
}

const PREFIX: Record<string, number> = { nation: 0, province: 2, prefecture: 4, county: 6 };

/** True when `inner` is `outer` or lies under it by the prefix rule. */
export function within(
  inner: Pick<Unit, 'level' | 'code'>,
  outer: Pick<Unit, 'level' | 'code'>,
): boolean {
  if (PREFIX[inner.level] < PREFIX[outer.level]) return false;
  const digits = PREFIX[outer.level];
  return inner.code.slice(0, digits) === outer.code.slice(0, digits);
}
