// Rows of schools.csv for one county and year. Per-year draws come from a
// stream named by (seed, county, year), so a county's rows do not depend on
// which counties came before it.
import type { CountyProfile, GapKind, SchoolStage } from './county';
import { splitInteger } from './math';
import type { YearPlan } from './plan';
import { rngFor, type Rng } from './prng';
import { isOpen, type CountyRoster, type School } from './roster';
import { YEARS } from './series';

export interface TextSink {
  write(text: string): void;
}

export const SCHOOLS_HEADER =
  'year,school_id,school_name,county_code,stage,ownership,inclusive,children_enrolled,classes,' +
  'classes_with_multimedia,students,students_after_school,teachers,teachers_after_school,offers_after_school\n';
export const POPULATION_HEADER = 'year,county_code,age_3_5\n';

/** Ceiling on class size by year as 大班额 were phased out; a few schools stay above 55. */
const CLASS_SIZE_CAP = [72, 70, 66, 62, 58, 56, 55, 55, 55, 55] as const;
const CROWDING = [1.0, 0.99, 0.97, 0.95, 0.93, 0.92, 0.91, 0.9, 0.9, 0.9] as const;
/** Fewest classes a school with students runs (one per grade), if it has pupils for them. */
const MIN_CLASSES: Record<SchoolStage, number> = { primary: 6, junior: 3, senior: 3 };
const PARTICIPATION_SPREAD = 0.35;

function sizeIn(school: School, year: number): number {
  return school.weight * Math.exp(school.drift * (year - YEARS[0]));
}

function openSchools(schools: readonly School[], year: number): School[] {
  return schools.filter((school) => isOpen(school, year));
}

/** A rate whose shortfall (1 − rate) is scaled by a mean-one lognormal factor. */
function spreadRate(rate: number, z: number, sigma: number): number {
  const factor = Math.exp(z * sigma - (sigma * sigma) / 2);
  const shortfall = (1 - rate) * factor;
  return shortfall >= 1 ? 0 : 1 - shortfall;
}

function blankIndex(rng: Rng, gap: GapKind | undefined, wanted: GapKind, count: number): number {
  return gap === wanted && count > 0 ? rng.int(0, count - 1) : -1;
}

export function writeKindergartens(
  sink: TextSink,
  profile: CountyProfile,
  schools: readonly School[],
  plan: YearPlan,
  rng: Rng,
): number {
  const year = plan.year;
  const open = openSchools(schools, year);
  const i = profile.index;
  const threshold = plan.inclusiveThreshold[i];
  const groupWeight = [0, 0, 0];
  const group = open.map((s) => (s.publicOwned ? 0 : s.inclusiveDraw < threshold ? 1 : 2));
  open.forEach((s, k) => (groupWeight[group[k]] += sizeIn(s, year)));
  const pub = plan.publicShare[i];
  const inc = plan.inclusivePrivateShare[i];
  const groupShare = [pub, inc, 1 - pub - inc];
  const weights = open.map(
    (s, k) => (sizeIn(s, year) * groupShare[group[k]]) / groupWeight[group[k]],
  );
  const children = new Int32Array(open.length);
  splitInteger(plan.children[i], weights, children);
  const blank = blankIndex(rng, profile.gapYears.get(year), 'children_enrolled', open.length);
  let text = '';
  for (let k = 0; k < open.length; k++) {
    const inclusive = group[k] === 2 ? '0' : '1';
    const childrenCell = k === blank ? '' : String(children[k]);
    text += `${year},${open[k].prefix}${inclusive},${childrenCell},,,,,,,\n`;
  }
  sink.write(text);
  return open.length;
}

interface SchoolFigures {
  students: number;
  classes: number;
  multimedia: number;
  teachers: number;
}

function schoolFigures(
  school: School,
  students: number,
  stage: SchoolStage,
  profile: CountyProfile,
  plan: YearPlan,
  rng: Rng,
): SchoolFigures {
  if (students === 0) return { students, classes: 0, multimedia: 0, teachers: 0 };
  const t = plan.year - YEARS[0];
  const cap = CLASS_SIZE_CAP[t] + (t >= 6 && rng.chance(0.01) ? 6 : 0);
  const wanted =
    profile.classSize[stage] * school.classSizeFactor * CROWDING[t] * Math.exp(0.03 * rng.normal());
  const classSize = Math.min(wanted, cap);
  const byGrade = Math.min(MIN_CLASSES[stage], Math.ceil(students / 10));
  // Rounding up keeps every class within the size cap.
  const classes = Math.max(byGrade, Math.ceil(students / classSize));
  const rate = spreadRate(
    plan.multimediaRate[profile.index],
    school.multimediaZ,
    plan.multimediaSpread,
  );
  const ratio = profile.pupilsPerTeacher[stage] * Math.pow(school.classSizeFactor, 0.7);
  return {
    students,
    classes,
    // Random rounding: plain rounding would turn a 1 % shortfall into 0 in small schools.
    multimedia: Math.floor(classes * rate + rng.next()),
    teachers: Math.max(1, Math.round(students / ratio)),
  };
}

function splitStudents(open: readonly School[], total: number, year: number): Int32Array {
  const students = new Int32Array(open.length);
  splitInteger(
    total,
    open.map((s) => sizeIn(s, year)),
    students,
  );
  return students;
}

export function writeCompulsory(
  sink: TextSink,
  profile: CountyProfile,
  stage: 'primary' | 'junior',
  schools: readonly School[],
  plan: YearPlan,
  rng: Rng,
): number {
  const i = profile.index;
  const open = openSchools(schools, plan.year);
  const students = splitStudents(open, plan.students[stage][i], plan.year);
  const gap = profile.gapYears.get(plan.year);
  const blankAfterSchool = blankIndex(rng, gap, 'students_after_school', open.length);
  const blankMultimedia = blankIndex(rng, gap, 'classes_with_multimedia', open.length);
  let text = '';
  for (let k = 0; k < open.length; k++) {
    const school = open[k];
    const f = schoolFigures(school, students[k], stage, profile, plan, rng);
    const offers = school.afterSchoolDraw < plan.afterSchoolCoverage[i];
    const studentRate = spreadRate(
      plan.studentParticipation[i],
      school.studentParticipationZ,
      PARTICIPATION_SPREAD,
    );
    const teacherRate = spreadRate(
      plan.teacherParticipation[i],
      school.teacherParticipationZ,
      PARTICIPATION_SPREAD,
    );
    const studentsAfter = offers ? Math.round(f.students * studentRate) : 0;
    const teachersAfter = offers ? Math.round(f.teachers * teacherRate) : 0;
    const multimediaCell = k === blankMultimedia ? '' : String(f.multimedia);
    const afterSchoolCell = k === blankAfterSchool ? '' : String(studentsAfter);
    text +=
      `${plan.year},${school.prefix},,${f.classes},${multimediaCell},${f.students},` +
      `${afterSchoolCell},${f.teachers},${teachersAfter},${offers ? 1 : 0}\n`;
  }
  sink.write(text);
  return open.length;
}

export function writeSeniors(
  sink: TextSink,
  profile: CountyProfile,
  schools: readonly School[],
  plan: YearPlan,
  rng: Rng,
): number {
  const open = openSchools(schools, plan.year);
  const students = splitStudents(open, plan.students.senior[profile.index], plan.year);
  let text = '';
  for (let k = 0; k < open.length; k++) {
    const f = schoolFigures(open[k], students[k], 'senior', profile, plan, rng);
    text += `${plan.year},${open[k].prefix},,${f.classes},${f.multimedia},${f.students},,${f.teachers},,\n`;
  }
  sink.write(text);
  return open.length;
}

/** All rows of one county in one year, stage by stage; returns the row count. */
export function writeCountyYear(
  sink: TextSink,
  seed: number,
  profile: CountyProfile,
  roster: CountyRoster,
  plan: YearPlan,
): number {
  const rng = rngFor(seed, profile.code, plan.year, 'rows');
  return (
    writeKindergartens(sink, profile, roster.kindergarten, plan, rng) +
    writeCompulsory(sink, profile, 'primary', roster.primary, plan, rng) +
    writeCompulsory(sink, profile, 'junior', roster.junior, plan, rng) +
    writeSeniors(sink, profile, roster.senior, plan, rng)
  );
}

export function populationRows(profiles: readonly CountyProfile[], plan: YearPlan): string {
  let text = '';
  for (const p of profiles) text += `${plan.year},${p.code},${plan.population[p.index]}\n`;
  return text;
}
