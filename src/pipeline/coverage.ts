// Coverage and scope (docs: "Coverage and scope"). Real returns usually cover
// one bureau's territory: a unit above county level is `partial` in a year when
// some of its county-level units (functional zones not counted) have no school
// row at all that year while the unit has data; the scope is the smallest unit
// that holds every county with data in the latest year.

import { isFunctionalZone, NATION_CODE, type Level } from '../contract/geography';
import type { CoverageYear, DataScope, ScopeLevel } from '../contract/published';
import { F, type CountyYearState } from './county-state';
import type { ReferenceList } from './reference-list';

export type { CoverageYear, DataScope };

/** The units above county level that hold a county (prefix rule), bottom-up. */
function holdersOf(code: string): { level: Level; code: string }[] {
  return [
    { level: 'prefecture', code: `${code.slice(0, 4)}00` },
    { level: 'province', code: `${code.slice(0, 2)}0000` },
    { level: 'nation', code: NATION_CODE },
  ];
}

const LEVEL_RANK: Record<Level, number> = { nation: 0, province: 1, prefecture: 2, county: 3 };

/** Codes are six digits: their order is the strings' (as localeCompare's, without its cost). */
function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Tally {
  level: Level;
  code: string;
  withData: number;
  total: number;
  /** Any county-level unit with data, functional zones included. */
  anyData: boolean;
}

/** Number of county-level units (zones not counted) under every unit above county level. */
function totalsOf(reference: ReferenceList): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const unit of reference.units) {
    if (unit.level === 'county') continue;
    tallies.set(`${unit.level}:${unit.code}`, {
      level: unit.level,
      code: unit.code,
      withData: 0,
      total: 0,
      anyData: false,
    });
  }
  for (const code of reference.countyCodes) {
    if (isFunctionalZone(code)) continue;
    for (const holder of holdersOf(code)) {
      const tally = tallies.get(`${holder.level}:${holder.code}`);
      if (tally) tally.total++;
    }
  }
  return tallies;
}

/**
 * Coverage of one year, given the county-level codes that have at least one
 * school row that year: only units that have any data are listed.
 */
export function coverageOfYear(
  reference: ReferenceList,
  year: number,
  countiesWithData: Iterable<string>,
  totals: ReadonlyMap<string, Tally> = totalsOf(reference),
): CoverageYear {
  const tallies = new Map([...totals].map(([key, tally]) => [key, { ...tally }]));
  for (const code of countiesWithData) {
    for (const holder of holdersOf(code)) {
      const tally = tallies.get(`${holder.level}:${holder.code}`);
      if (!tally) continue;
      tally.anyData = true;
      if (!isFunctionalZone(code)) tally.withData++;
    }
  }
  const listed = [...tallies.values()]
    .filter((t) => t.anyData)
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || byCode(a.code, b.code));
  return {
    year,
    level: listed.map((t) => t.level as ScopeLevel),
    code: listed.map((t) => t.code),
    withData: listed.map((t) => t.withData),
    total: listed.map((t) => t.total),
  };
}

/** Keys (`level:code`) of the units that are partial in a year. */
export function partialUnitsOf(coverage: CoverageYear): Set<string> {
  const partial = new Set<string>();
  coverage.code.forEach((code, i) => {
    if (coverage.withData[i] < coverage.total[i]) partial.add(`${coverage.level[i]}:${code}`);
  });
  return partial;
}

/** The smallest prefecture, province or nation holding every county-level code given. */
export function scopeOf(
  reference: ReferenceList,
  year: number | null,
  countiesWithData: readonly string[],
): DataScope {
  const prefectures = new Set(countiesWithData.map((c) => c.slice(0, 4)));
  const provinces = new Set(countiesWithData.map((c) => c.slice(0, 2)));
  let level: ScopeLevel = 'nation';
  let code = NATION_CODE;
  if (prefectures.size === 1) {
    level = 'prefecture';
    code = `${[...prefectures][0]}00`;
  } else if (provinces.size === 1) {
    level = 'province';
    code = `${[...provinces][0]}0000`;
  }
  const name = reference.nameOf(level, code);
  if (name === undefined) return { level: 'nation', code: NATION_CODE, name: '全国', year };
  return { level, code, name, year };
}

const ROW_SLOTS = [
  F.schoolRows,
  F.rejectedKindergarten,
  F.rejectedPrimary,
  F.rejectedJunior,
  F.rejectedSenior,
];

/**
 * County-level codes with at least one school row, by year. A row set aside
 * under --skip-invalid still counts: the county sent returns, and its rows
 * carry `incomplete` instead.
 */
export function countiesWithDataOf(
  state: CountyYearState,
  reference: ReferenceList,
): Map<number, string[]> {
  const byYear = new Map<number, string[]>();
  for (const year of state.yearList()) {
    const codes: string[] = [];
    reference.countyCodes.forEach((code, county) => {
      if (ROW_SLOTS.some((slot) => state.get(year, county, slot) > 0)) codes.push(code);
    });
    if (codes.length > 0) byYear.set(year, codes);
  }
  return byYear;
}

export interface CoverageAndScope {
  coverage: CoverageYear[];
  scope: DataScope;
  /** Keys `level:code` of the partial units, by year (for the aggregate rows' flags). */
  partialUnits: Map<number, Set<string>>;
}

export function coverageAndScope(
  state: CountyYearState,
  reference: ReferenceList,
): CoverageAndScope {
  const byYear = countiesWithDataOf(state, reference);
  const totals = totalsOf(reference);
  const coverage = [...byYear].map(([year, codes]) =>
    coverageOfYear(reference, year, codes, totals),
  );
  const latest = coverage.at(-1)?.year ?? null;
  return {
    coverage,
    scope: scopeOf(reference, latest, latest === null ? [] : byYear.get(latest)!),
    partialUnits: new Map(coverage.map((c) => [c.year, partialUnitsOf(c)])),
  };
}
