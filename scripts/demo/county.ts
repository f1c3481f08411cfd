// The county profile: everything about a county that holds for all years,
// drawn once from the county's own random stream.
import type { Stage } from '../../src/contract/metrics';
import { provinceProfile } from './provinces';
import { rngFor, type Rng } from './prng';
import type { ReferenceCounty } from './reference';
import { YEARS } from './series';

/** urban 区, county-level city 市, rural 县/旗, statistical functional zone (codes ..71–..79). */
export type Settlement = 'urban' | 'city' | 'rural' | 'zone';

/** Which cell a gap year leaves empty. */
export type GapKind = 'children_enrolled' | 'students_after_school' | 'classes_with_multimedia';

export type SchoolStage = Exclude<Stage, 'kindergarten'>;

export interface CountyProfile {
  index: number;
  code: string;
  name: string;
  provinceCode: string;
  settlement: Settlement;
  /** Logit offset: province development + settlement + county noise. */
  development: number;
  /** Share of the nation's 3–5-year-olds in 2015 (all counties add up to 1). */
  childShare: number;
  /** Yearly log drift of that share (migration to cities, north-east decline). */
  childTrend: number;
  grossEnrollmentOffset: number;
  /** Fixed gross enrollment above 1 (children from outside), or null. */
  over100: number | null;
  publicOffset: number;
  inclusiveOffset: number;
  multimediaOffset: number;
  afterSchoolOffset: number;
  /** Relative number of schools per stage (normalised over the nation). */
  schoolCountShare: Record<Stage, number>;
  /** Relative number of students per stage, before the yearly child share. */
  studentFactor: Record<SchoolStage, number>;
  classSize: Record<SchoolStage, number>;
  pupilsPerTeacher: Record<SchoolStage, number>;
  gapYears: ReadonlyMap<number, GapKind>;
}

export function settlementOf(code: string, name: string): Settlement {
  if (/^7[1-9]$/.test(code.slice(4))) return 'zone';
  if (name.endsWith('林区')) return 'rural';
  if (name.endsWith('区')) return 'urban';
  if (name.endsWith('县') || name.endsWith('旗')) return 'rural';
  return 'city';
}

const SETTLEMENT_DEVELOPMENT: Record<Settlement, number> = {
  urban: 0.5,
  zone: 0.4,
  city: 0.1,
  rural: -0.35,
};
const SETTLEMENT_POPULATION: Record<Settlement, number> = {
  urban: 1.0,
  zone: 0.2,
  city: 1.15,
  rural: 0.85,
};
const SETTLEMENT_TREND: Record<Settlement, number> = {
  urban: 0.012,
  zone: 0.02,
  city: 0.0,
  rural: -0.012,
};
const SETTLEMENT_PUBLIC: Record<Settlement, number> = {
  urban: -0.45,
  zone: -0.3,
  city: 0.0,
  rural: 0.35,
};
/** Schools per child, relative: rural counties have more, smaller schools. */
const SCHOOLS_PER_CHILD: Record<Settlement, Record<Stage, number>> = {
  urban: { kindergarten: 0.8, primary: 0.5, junior: 0.65, senior: 1.0 },
  zone: { kindergarten: 0.8, primary: 0.6, junior: 0.7, senior: 0.6 },
  city: { kindergarten: 1.0, primary: 0.9, junior: 1.0, senior: 1.1 },
  rural: { kindergarten: 1.15, primary: 1.45, junior: 1.15, senior: 0.9 },
};
const CLASS_SIZE: Record<Settlement, Record<SchoolStage, number>> = {
  urban: { primary: 45, junior: 48, senior: 50 },
  zone: { primary: 43, junior: 47, senior: 49 },
  city: { primary: 42, junior: 47, senior: 51 },
  rural: { primary: 37, junior: 44, senior: 52 },
};
const PUPILS_PER_TEACHER: Record<Settlement, Record<SchoolStage, number>> = {
  urban: { primary: 18, junior: 13, senior: 13 },
  zone: { primary: 17.5, junior: 13, senior: 13 },
  city: { primary: 17, junior: 12.5, senior: 13 },
  rural: { primary: 15, junior: 12, senior: 13.5 },
};
/** Provinces where 大班额 (classes over 55) were common around 2015. */
const CROWDED_PROVINCES = new Set(['34', '36', '41', '43', '45', '52', '53']);

const OVER_100_CHANCE: Record<Settlement, number> = {
  urban: 0.02,
  zone: 0.01,
  city: 0.005,
  rural: 0.004,
};
const GAP_COUNTY_CHANCE = 0.015;
const GAP_KINDS: readonly GapKind[] = [
  'children_enrolled',
  'students_after_school',
  'classes_with_multimedia',
];

function lognormal(rng: Rng, sigma: number): number {
  return Math.exp(sigma * rng.normal());
}

function drawGapYears(rng: Rng): Map<number, GapKind> {
  const gaps = new Map<number, GapKind>();
  if (!rng.chance(GAP_COUNTY_CHANCE)) return gaps;
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++) {
    const year = rng.pick(YEARS);
    // After-school cells only exist once schools report after-school service.
    const kind = rng.pick(GAP_KINDS);
    gaps.set(year, kind === 'students_after_school' && year < 2021 ? 'children_enrolled' : kind);
  }
  return gaps;
}

function perStage<T extends string>(
  keys: readonly T[],
  value: (key: T) => number,
): Record<T, number> {
  const out = {} as Record<T, number>;
  for (const key of keys) out[key] = value(key);
  return out;
}

const ALL_STAGES: readonly Stage[] = ['kindergarten', 'primary', 'junior', 'senior'];
const SCHOOL_STAGES: readonly SchoolStage[] = ['primary', 'junior', 'senior'];

/** Draws one county's profile; `childShare` and `schoolCountShare` are raw (normalised later). */
function drawCountyProfile(seed: number, county: ReferenceCounty, index: number): CountyProfile {
  const rng = rngFor(seed, county.code, 'profile');
  const settlement = settlementOf(county.code, county.name);
  const province = provinceProfile(county.provinceCode);
  const development =
    province.development + SETTLEMENT_DEVELOPMENT[settlement] + 0.3 * rng.normal();
  const populationWeight = SETTLEMENT_POPULATION[settlement] * lognormal(rng, 0.55);
  const crowded = CROWDED_PROVINCES.has(county.provinceCode.slice(0, 2)) ? 1.08 : 1;
  const over100 = rng.chance(OVER_100_CHANCE[settlement]) ? 1.03 + 0.22 * rng.next() : null;
  return {
    index,
    code: county.code,
    name: county.name,
    provinceCode: county.provinceCode,
    settlement,
    development,
    childShare: populationWeight,
    childTrend: province.childTrend + SETTLEMENT_TREND[settlement] + 0.005 * rng.normal(),
    grossEnrollmentOffset: 0.55 * development + 0.25 * rng.normal(),
    over100,
    publicOffset: SETTLEMENT_PUBLIC[settlement] + 0.45 * rng.normal(),
    inclusiveOffset: 0.4 * development + 0.5 * rng.normal(),
    multimediaOffset: 0.9 * development + 0.3 * rng.normal(),
    afterSchoolOffset: development + 0.3 * rng.normal(),
    schoolCountShare: perStage(
      ALL_STAGES,
      (stage) => SCHOOLS_PER_CHILD[settlement][stage] * lognormal(rng, 0.15),
    ),
    studentFactor: perStage(SCHOOL_STAGES, () => lognormal(rng, 0.08)),
    classSize: perStage(
      SCHOOL_STAGES,
      (stage) => CLASS_SIZE[settlement][stage] * crowded * lognormal(rng, 0.06),
    ),
    pupilsPerTeacher: perStage(
      SCHOOL_STAGES,
      (stage) => PUPILS_PER_TEACHER[settlement][stage] * lognormal(rng, 0.06),
    ),
    gapYears: drawGapYears(rng),
  };
}

/** Child shares follow province populations; within a province, county weights. */
function normaliseChildShares(profiles: CountyProfile[]): void {
  const provinceWeight = new Map<string, number>();
  for (const p of profiles) {
    provinceWeight.set(p.provinceCode, (provinceWeight.get(p.provinceCode) ?? 0) + p.childShare);
  }
  let total = 0;
  for (const p of profiles) {
    const province = provinceProfile(p.provinceCode);
    const provinceChildren = province.population * province.childFactor;
    p.childShare = (provinceChildren * p.childShare) / (provinceWeight.get(p.provinceCode) ?? 1);
    total += p.childShare;
  }
  for (const p of profiles) p.childShare /= total;
}

function normaliseSchoolCountShares(profiles: CountyProfile[]): void {
  for (const stage of ALL_STAGES) {
    let total = 0;
    for (const p of profiles) {
      p.schoolCountShare[stage] *= p.childShare;
      total += p.schoolCountShare[stage];
    }
    for (const p of profiles) p.schoolCountShare[stage] /= total;
  }
}

export function buildCountyProfiles(
  seed: number,
  counties: readonly ReferenceCounty[],
): CountyProfile[] {
  const profiles = counties.map((county, index) => drawCountyProfile(seed, county, index));
  normaliseChildShares(profiles);
  normaliseSchoolCountShares(profiles);
  return profiles;
}

/** Each county's share of the nation's children in `year` (adds up to 1). */
export function childSharesIn(profiles: readonly CountyProfile[], year: number): Float64Array {
  const shares = new Float64Array(profiles.length);
  let total = 0;
  for (const p of profiles) {
    shares[p.index] = p.childShare * Math.exp(p.childTrend * (year - YEARS[0]));
    total += shares[p.index];
  }
  for (let i = 0; i < shares.length; i++) shares[i] /= total;
  return shares;
}
