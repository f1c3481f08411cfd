// School rosters: every school a county ever has, with the years it exists.
// A school keeps its id for life; schools open when a county needs more and
// close (smaller and, for kindergartens after 2021, private ones first) when
// it needs fewer, plus a little churn every year.
import type { Stage } from '../../src/contract/metrics';
import type { CountyProfile } from './county';
import { logit, sigmoid } from './math';
import { csvField } from './csv';
import { drawTowns, schoolName, type NameContext } from './names';
import { rngFor, type Rng } from './prng';
import { PUBLIC_SHARE, SCHOOL_COUNTS, YEARS, valueIn } from './series';

export interface School {
  /** `school_id,school_name,county_code,stage,ownership,` ready to follow the year. */
  prefix: string;
  /** First year the school reports, and the first year it no longer does. */
  open: number;
  close: number;
  publicOwned: boolean;
  /** Relative size within the county and its yearly log drift. */
  weight: number;
  drift: number;
  /** Kindergartens: a private one is inclusive once the county's share passes this. */
  inclusiveDraw: number;
  classSizeFactor: number;
  multimediaZ: number;
  /** The school offers after-school service once the county's coverage passes this. */
  afterSchoolDraw: number;
  studentParticipationZ: number;
  teacherParticipationZ: number;
}

export type CountyRoster = Record<Stage, School[]>;

export const STAGE_ORDER: readonly Stage[] = ['kindergarten', 'primary', 'junior', 'senior'];
const STAGE_DIGIT: Record<Stage, number> = { kindergarten: 1, primary: 2, junior: 3, senior: 4 };
const YEARLY_CHURN: Record<Stage, number> = {
  kindergarten: 0.015,
  primary: 0.006,
  junior: 0.004,
  senior: 0.003,
};
const SIZE_SPREAD: Record<Stage, number> = {
  kindergarten: 0.6,
  primary: 0.75,
  junior: 0.55,
  senior: 0.45,
};
const NEVER = 9999;

/** Number of schools of a stage in a county and year; at least one. */
export function schoolCount(
  profile: CountyProfile,
  stage: Stage,
  year: number,
  scale: number,
): number {
  const national = valueIn(SCHOOL_COUNTS[stage], year);
  return Math.max(1, Math.round(scale * national * profile.schoolCountShare[stage]));
}

function publicChance(profile: CountyProfile, stage: Stage, year: number): number {
  const urban = profile.settlement === 'urban' || profile.settlement === 'zone';
  switch (stage) {
    case 'kindergarten': {
      // Since the 2018 reform new residential kindergartens are mostly public.
      const newPolicy = year >= 2018 ? 0.8 : 0;
      return sigmoid(logit(valueIn(PUBLIC_SHARE, year)) + profile.publicOffset + newPolicy);
    }
    case 'primary':
      return urban ? 0.94 : 0.975;
    case 'junior':
      return urban ? 0.88 : 0.93;
    case 'senior':
      return 0.8;
  }
}

interface RosterContext {
  profile: CountyProfile;
  stage: Stage;
  rng: Rng;
  names: NameContext;
  serial: number;
}

function createSchool(context: RosterContext, open: number): School {
  const { profile, stage, rng } = context;
  context.serial += 1;
  const id = `${profile.code}${STAGE_DIGIT[stage]}${String(context.serial).padStart(4, '0')}`;
  const publicOwned = rng.chance(publicChance(profile, stage, open));
  const name = schoolName(rng, context.names, stage, publicOwned);
  const ownership = publicOwned ? 'public' : 'private';
  const sizeZ = rng.normal();
  return {
    prefix: flatString(`${id},${csvField(name)},${profile.code},${stage},${ownership},`),
    open,
    close: NEVER,
    publicOwned,
    weight: Math.exp(SIZE_SPREAD[stage] * sizeZ) * (open > YEARS[0] ? 0.7 : 1),
    drift: 0.03 * rng.normal(),
    inclusiveDraw: rng.next(),
    // Small schools have small classes: class size follows size a little.
    classSizeFactor: Math.exp(0.15 * sizeZ + 0.16 * rng.normal()),
    multimediaZ: rng.normal(),
    afterSchoolDraw: rng.next(),
    studentParticipationZ: rng.normal(),
    teacherParticipationZ: rng.normal(),
  };
}

/**
 * A copy of `text` in one piece: a template result is a tree of string parts
 * (~500 bytes), and half a million schools keep theirs for the whole run.
 */
function flatString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Among a few random candidates, the one to close: small, and private kindergartens first. */
function pickToClose(active: School[], stage: Stage, year: number, rng: Rng): number {
  let chosen = rng.int(0, active.length - 1);
  for (let i = 0; i < 2; i++) {
    const candidate = rng.int(0, active.length - 1);
    if (
      closePriority(active[candidate], stage, year) < closePriority(active[chosen], stage, year)
    ) {
      chosen = candidate;
    }
  }
  return chosen;
}

function closePriority(school: School, stage: Stage, year: number): number {
  const privateFirst = stage === 'kindergarten' && year >= 2021 && !school.publicOwned ? 0.3 : 1;
  return school.weight * privateFirst;
}

function closeAt(active: School[], index: number, year: number): void {
  active[index].close = year;
  active[index] = active[active.length - 1];
  active.pop();
}

function simulateStage(context: RosterContext, scale: number): School[] {
  const all: School[] = [];
  const active: School[] = [];
  for (const year of YEARS) {
    const wanted = schoolCount(context.profile, context.stage, year, scale);
    if (year > YEARS[0]) {
      for (let i = active.length - 1; i >= 0; i--) {
        if (context.rng.chance(YEARLY_CHURN[context.stage])) closeAt(active, i, year);
      }
    }
    while (active.length > wanted) {
      closeAt(active, pickToClose(active, context.stage, year, context.rng), year);
    }
    while (active.length < wanted) {
      const school = createSchool(context, year);
      all.push(school);
      active.push(school);
    }
  }
  return all;
}

export function buildCountyRoster(
  seed: number,
  profile: CountyProfile,
  scale: number,
): CountyRoster {
  const townRng = rngFor(seed, profile.code, 'towns');
  const names: NameContext = {
    countyName: profile.name,
    towns: drawTowns(
      townRng,
      profile.settlement === 'rural' ? 14 : 8,
      profile.settlement === 'urban',
    ),
    ordinal: { kindergarten: 0, primary: 0, junior: 0, senior: 0 },
    used: new Set(),
  };
  const roster = {} as CountyRoster;
  for (const stage of STAGE_ORDER) {
    const rng = rngFor(seed, profile.code, 'roster', stage);
    roster[stage] = simulateStage({ profile, stage, rng, names, serial: 0 }, scale);
  }
  return roster;
}

export function isOpen(school: School, year: number): boolean {
  return school.open <= year && year < school.close;
}
