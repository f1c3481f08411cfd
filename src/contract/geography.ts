// The administrative hierarchy. The prefix rule of GB/T 2260 codes is the
// aggregation rule and there is no other: county 410602 → prefecture 410600 →
// province 410000 → nation 000000 (see docs/data-contract.md, "Geography").

export type Level = 'nation' | 'province' | 'prefecture' | 'county';

/** Top-down order, also the sort order of `aggregates.csv` within a year. */
export const LEVELS: readonly Level[] = ['nation', 'province', 'prefecture', 'county'];

export const NATION_CODE = '000000';
export const NATION_NAME = { zh: '全国', en: 'China' } as const;

/** Features drawn on the map that are outside the reference list and carry no data. */
export const OUTSIDE_REFERENCE_CODES = ['710000', '810000', '820000', 'nanhai'] as const;

const SIX_DIGITS = /^\d{6}$/;

/**
 * Code order (ascending). Codes are ASCII, so this is the order of
 * `localeCompare` without its cost: the first call of `localeCompare` loads
 * ICU's collator, about 20 ms on a phone, and each call is slower than `<`.
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isSixDigitCode(code: string): boolean {
  return SIX_DIGITS.test(code);
}

export function prefectureCodeOf(countyCode: string): string {
  return `${countyCode.slice(0, 4)}00`;
}

export function provinceCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** The code of the unit one level up, or null for the nation. */
export function parentCodeOf(level: Level, code: string): string | null {
  switch (level) {
    case 'county':
      return prefectureCodeOf(code);
    case 'prefecture':
      return provinceCodeOf(code);
    case 'province':
      return NATION_CODE;
    case 'nation':
      return null;
  }
}

/** The level below, or null for counties. */
export function childLevelOf(level: Level): Level | null {
  const index = LEVELS.indexOf(level);
  return LEVELS[index + 1] ?? null;
}

/** The codes of a county and every unit above it, bottom-up. */
export function ancestorsOfCounty(countyCode: string): { level: Level; code: string }[] {
  return [
    { level: 'county', code: countyCode },
    { level: 'prefecture', code: prefectureCodeOf(countyCode) },
    { level: 'province', code: provinceCodeOf(countyCode) },
    { level: 'nation', code: NATION_CODE },
  ];
}

/**
 * Statistical functional zones (经济开发区, 高新区, 管理区: codes whose last two
 * digits are 71–79) have no official boundaries.
 */
export function isFunctionalZone(countyCode: string): boolean {
  const tail = Number(countyCode.slice(4));
  return tail >= 71 && tail <= 79;
}

/** A stable key for a unit; `441900` is both a prefecture and a county, so the level is part of it. */
export function unitKey(level: Level, code: string): string {
  return `${level}:${code}`;
}
