// County-level targets for one year, calibrated so that the national ratios
// (ratio of sums, exactly as the pipeline computes them) hit the series.
import type { CountyProfile, SchoolStage } from './county';
import { childSharesIn } from './county';
import { logit, sigmoid, solveShift } from './math';
import { isOpen, type CountyRoster } from './roster';
import {
  AFTER_SCHOOL_COVERAGE,
  AFTER_SCHOOL_STUDENTS,
  AFTER_SCHOOL_TEACHERS,
  GROSS_ENROLLMENT,
  INCLUSIVE_COVERAGE,
  MULTIMEDIA_RATE,
  POPULATION_3_5,
  PUBLIC_SHARE,
  STUDENTS,
  YEARS,
  valueIn,
} from './series';

export interface YearPlan {
  year: number;
  population: Int32Array;
  children: Int32Array;
  /** Target shares of children: public, inclusive private, other private. */
  publicShare: Float64Array;
  inclusivePrivateShare: Float64Array;
  /** A private kindergarten is inclusive when its draw is below this (uncalibrated, stable). */
  inclusiveThreshold: Float64Array;
  students: Record<SchoolStage, Int32Array>;
  multimediaRate: Float64Array;
  afterSchoolCoverage: Float64Array;
  /** Participation within schools that offer the service. */
  studentParticipation: Float64Array;
  teacherParticipation: Float64Array;
  /** Spread (log sd) of school multimedia shortfall around the county's. */
  multimediaSpread: number;
}

const SCHOOL_STAGES: readonly SchoolStage[] = ['primary', 'junior', 'senior'];

/** Regional gaps narrow over the decade. */
export function convergence(year: number): number {
  return 1 - (0.55 * (year - YEARS[0])) / (YEARS[YEARS.length - 1] - YEARS[0]);
}

function ratioOfSums(weights: Float64Array, rates: (i: number) => number): number {
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < weights.length; i++) {
    numerator += weights[i] * rates(i);
    denominator += weights[i];
  }
  return denominator > 0 ? numerator / denominator : 0;
}

function planPopulation(profiles: readonly CountyProfile[], year: number): Int32Array {
  const shares = childSharesIn(profiles, year);
  const national = valueIn(POPULATION_3_5, year);
  return Int32Array.from(shares, (share) => Math.max(1, Math.round(national * share)));
}

function grossEnrollmentRate(profile: CountyProfile, year: number, shift: number): number {
  if (profile.over100 !== null) return profile.over100;
  const base = logit(valueIn(GROSS_ENROLLMENT, year));
  return sigmoid(base + profile.grossEnrollmentOffset * convergence(year) + shift);
}

function planChildren(
  profiles: readonly CountyProfile[],
  year: number,
  population: Int32Array,
): Int32Array {
  const weights = Float64Array.from(population);
  const shift = solveShift(
    (s) => ratioOfSums(weights, (i) => grossEnrollmentRate(profiles[i], year, s)),
    valueIn(GROSS_ENROLLMENT, year),
  );
  return Int32Array.from(profiles, (p, i) =>
    Math.round(population[i] * grossEnrollmentRate(p, year, shift)),
  );
}

/** Which ownership groups a county's open kindergartens fall in this year. */
interface KindergartenGroups {
  hasPublic: Uint8Array;
  hasInclusive: Uint8Array;
  hasOther: Uint8Array;
}

function kindergartenGroups(
  rosters: readonly CountyRoster[],
  year: number,
  inclusiveThreshold: Float64Array,
): KindergartenGroups {
  const n = rosters.length;
  const groups = {
    hasPublic: new Uint8Array(n),
    hasInclusive: new Uint8Array(n),
    hasOther: new Uint8Array(n),
  };
  rosters.forEach((roster, i) => {
    for (const school of roster.kindergarten) {
      if (!isOpen(school, year)) continue;
      if (school.publicOwned) groups.hasPublic[i] = 1;
      else if (school.inclusiveDraw < inclusiveThreshold[i]) groups.hasInclusive[i] = 1;
      else groups.hasOther[i] = 1;
    }
  });
  return groups;
}

/** Private children in inclusive kindergartens, as a share of all private children. */
function inclusivePrivateTarget(year: number): number {
  const publicShare = valueIn(PUBLIC_SHARE, year);
  return (valueIn(INCLUSIVE_COVERAGE, year) - publicShare) / (1 - publicShare);
}

/** Per-county logit bases of the two ownership targets, before the national shifts. */
interface OwnershipBases {
  publicBase: Float64Array;
  inclusiveBase: Float64Array;
}

function ownershipBases(profiles: readonly CountyProfile[], year: number): OwnershipBases {
  const publicLogit = logit(valueIn(PUBLIC_SHARE, year));
  const inclusiveLogit = logit(inclusivePrivateTarget(year));
  return {
    publicBase: Float64Array.from(profiles, (p) => publicLogit + p.publicOffset),
    inclusiveBase: Float64Array.from(profiles, (p) => inclusiveLogit + p.inclusiveOffset),
  };
}

/**
 * Fills each county's public and inclusive-private shares of children: the
 * targets renormalised over the groups the county actually has.
 */
function realiseShares(
  bases: OwnershipBases,
  groups: KindergartenGroups,
  publicShift: number,
  inclusiveShift: number,
  publicShare: Float64Array,
  inclusiveShare: Float64Array,
): void {
  for (let i = 0; i < publicShare.length; i++) {
    const publicTarget = sigmoid(bases.publicBase[i] + publicShift);
    const inclusiveOfPrivate = sigmoid(bases.inclusiveBase[i] + inclusiveShift);
    const pub = groups.hasPublic[i] ? publicTarget : 0;
    const inc = groups.hasInclusive[i] ? (1 - publicTarget) * inclusiveOfPrivate : 0;
    const other = groups.hasOther[i] ? (1 - publicTarget) * (1 - inclusiveOfPrivate) : 0;
    const total = pub + inc + other;
    publicShare[i] = pub / total;
    inclusiveShare[i] = inc / total;
  }
}

function weightedMean(weights: Float64Array, a: Float64Array, b?: Float64Array): number {
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < weights.length; i++) {
    numerator += weights[i] * (b === undefined ? a[i] : a[i] + b[i]);
    denominator += weights[i];
  }
  return numerator / denominator;
}

function planOwnership(
  profiles: readonly CountyProfile[],
  year: number,
  children: Int32Array,
  groups: KindergartenGroups,
): { publicShare: Float64Array; inclusivePrivateShare: Float64Array } {
  const weights = Float64Array.from(children);
  const bases = ownershipBases(profiles, year);
  const publicShare = new Float64Array(profiles.length);
  const inclusivePrivateShare = new Float64Array(profiles.length);
  const realise = (pub: number, inc: number): void =>
    realiseShares(bases, groups, pub, inc, publicShare, inclusivePrivateShare);
  let publicShift = 0;
  let inclusiveShift = 0;
  // The two shares interact only through counties lacking a group: a few rounds settle them.
  for (let round = 0; round < 3; round++) {
    publicShift = solveShift(
      (s) => {
        realise(s, inclusiveShift);
        return weightedMean(weights, publicShare);
      },
      valueIn(PUBLIC_SHARE, year),
    );
    inclusiveShift = solveShift(
      (s) => {
        realise(publicShift, s);
        return weightedMean(weights, publicShare, inclusivePrivateShare);
      },
      valueIn(INCLUSIVE_COVERAGE, year),
    );
  }
  realise(publicShift, inclusiveShift);
  return { publicShare, inclusivePrivateShare };
}

function planStudents(
  profiles: readonly CountyProfile[],
  year: number,
): Record<SchoolStage, Int32Array> {
  const shares = childSharesIn(profiles, year);
  const out = {} as Record<SchoolStage, Int32Array>;
  for (const stage of SCHOOL_STAGES) {
    let total = 0;
    for (const p of profiles) total += shares[p.index] * p.studentFactor[stage];
    const national = valueIn(STUDENTS[stage], year);
    out[stage] = Int32Array.from(profiles, (p) =>
      Math.round((national * shares[p.index] * p.studentFactor[stage]) / total),
    );
  }
  return out;
}

function openCount(roster: CountyRoster, year: number): number {
  let count = 0;
  for (const school of roster.primary) if (isOpen(school, year)) count++;
  for (const school of roster.junior) if (isOpen(school, year)) count++;
  return count;
}

/** Calibrates a county rate σ(base + offset + shift) to a national ratio of sums. */
function calibratedRates(
  weights: Float64Array,
  offsets: (i: number) => number,
  target: number,
): Float64Array {
  const base = logit(target);
  const shift = solveShift(
    (s) => ratioOfSums(weights, (i) => sigmoid(base + offsets(i) + s)),
    target,
  );
  return Float64Array.from(weights, (_, i) => sigmoid(base + offsets(i) + shift));
}

function classesWeights(
  profiles: readonly CountyProfile[],
  students: Record<SchoolStage, Int32Array>,
): Float64Array {
  return Float64Array.from(profiles, (p) =>
    SCHOOL_STAGES.reduce((sum, stage) => sum + students[stage][p.index] / p.classSize[stage], 0),
  );
}

function compulsoryWeights(
  profiles: readonly CountyProfile[],
  students: Record<SchoolStage, Int32Array>,
  perPerson: (p: CountyProfile, stage: SchoolStage) => number,
  coverage: Float64Array,
): Float64Array {
  return Float64Array.from(profiles, (p) => {
    const i = p.index;
    const people =
      students.primary[i] * perPerson(p, 'primary') + students.junior[i] * perPerson(p, 'junior');
    return people * coverage[i];
  });
}

export function planYear(
  profiles: readonly CountyProfile[],
  rosters: readonly CountyRoster[],
  year: number,
): YearPlan {
  const population = planPopulation(profiles, year);
  const children = planChildren(profiles, year, population);
  const inclusiveThreshold = Float64Array.from(profiles, (p) =>
    sigmoid(logit(inclusivePrivateTarget(year)) + p.inclusiveOffset),
  );
  const groups = kindergartenGroups(rosters, year, inclusiveThreshold);
  const ownership = planOwnership(profiles, year, children, groups);
  const students = planStudents(profiles, year);
  const conv = convergence(year);
  const multimediaRate = calibratedRates(
    classesWeights(profiles, students),
    (i) => profiles[i].multimediaOffset * conv,
    valueIn(MULTIMEDIA_RATE, year),
  );
  const schoolWeights = Float64Array.from(rosters, (r) => openCount(r, year));
  const coverage = valueIn(AFTER_SCHOOL_COVERAGE, year);
  const afterSchoolCoverage = calibratedRates(
    schoolWeights,
    (i) => profiles[i].afterSchoolOffset,
    coverage,
  );
  const studentParticipation = calibratedRates(
    compulsoryWeights(profiles, students, () => 1, afterSchoolCoverage),
    (i) => 0.5 * profiles[i].afterSchoolOffset,
    valueIn(AFTER_SCHOOL_STUDENTS, year) / coverage,
  );
  const teacherParticipation = calibratedRates(
    compulsoryWeights(
      profiles,
      students,
      (p, stage) => 1 / p.pupilsPerTeacher[stage],
      afterSchoolCoverage,
    ),
    (i) => 0.4 * profiles[i].afterSchoolOffset,
    valueIn(AFTER_SCHOOL_TEACHERS, year) / coverage,
  );
  return {
    year,
    population,
    children,
    publicShare: ownership.publicShare,
    inclusivePrivateShare: ownership.inclusivePrivateShare,
    inclusiveThreshold,
    students,
    multimediaRate,
    afterSchoolCoverage,
    studentParticipation,
    teacherParticipation,
    multimediaSpread: 0.9 - (0.3 * (year - YEARS[0])) / (YEARS.length - 1),
  };
}
