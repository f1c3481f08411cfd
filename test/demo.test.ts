// The demo data generator: format, determinism, row constraints and the
// national series, all computed here by straightforward sums.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metricById } from '../src/contract/metrics';
import { parseDemoArgs, UsageError } from '../scripts/demo/args';
import { settlementOf } from '../scripts/demo/county';
import { ChunkedFileWriter, csvField } from '../scripts/demo/csv';
import { generateDemoData, type DemoSummary } from '../scripts/demo/generate';
import { solveShift, splitInteger } from '../scripts/demo/math';
import { generationDate } from '../scripts/demo/note';
import { createRng, deriveSeed } from '../scripts/demo/prng';
import { loadReferenceCounties } from '../scripts/demo/reference';
import {
  AFTER_SCHOOL_COVERAGE,
  GROSS_ENROLLMENT,
  INCLUSIVE_COVERAGE,
  YEARS,
  valueIn,
} from '../scripts/demo/series';

const SCALE = 0.02;
const SCHOOL_COLUMNS =
  'year,school_id,school_name,county_code,stage,ownership,inclusive,children_enrolled,classes,' +
  'classes_with_multimedia,students,students_after_school,teachers,teachers_after_school,offers_after_school';
const STAGES = ['kindergarten', 'primary', 'junior', 'senior'] as const;
type Stage = (typeof STAGES)[number];
/** Columns each stage fills (by index into SCHOOL_COLUMNS); all others stay empty. */
const USED: Record<Stage, readonly number[]> = {
  kindergarten: [5, 6, 7],
  primary: [5, 8, 9, 10, 11, 12, 13, 14],
  junior: [5, 8, 9, 10, 11, 12, 13, 14],
  senior: [5, 8, 9, 10, 12],
};
/** Cells a gap may leave empty: children_enrolled, classes_with_multimedia, students_after_school. */
const MAY_BE_EMPTY = new Set([7, 9, 11]);
const PP = 0.02;

let root = '';
let runA = '';
let runB = '';
let runC = '';
let summary: DemoSummary;

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function dataLines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return text.slice(text.indexOf('\n') + 1, -1).split('\n');
}

interface YearSums {
  children: Map<string, number>;
  childrenUnknown: Set<string>;
  inclusiveChildren: number;
  publicChildren: number;
  allChildren: number;
  classes: number;
  multimediaClasses: number;
  compulsorySchools: number;
  offering: number;
  students: number;
  studentsAfterSchool: number;
  teachers: number;
  teachersAfterSchool: number;
}

function emptySums(): YearSums {
  return {
    children: new Map(),
    childrenUnknown: new Set(),
    inclusiveChildren: 0,
    publicChildren: 0,
    allChildren: 0,
    classes: 0,
    multimediaClasses: 0,
    compulsorySchools: 0,
    offering: 0,
    students: 0,
    studentsAfterSchool: 0,
    teachers: 0,
    teachersAfterSchool: 0,
  };
}

function addKindergarten(sums: YearSums, f: readonly string[]): void {
  const code = f[3];
  if (f[7] === '') {
    sums.childrenUnknown.add(code);
    return;
  }
  const children = Number(f[7]);
  sums.children.set(code, (sums.children.get(code) ?? 0) + children);
  sums.allChildren += children;
  if (f[5] === 'public') sums.publicChildren += children;
  if (f[5] === 'public' || f[6] === '1') sums.inclusiveChildren += children;
}

function addSchool(sums: YearSums, f: readonly string[]): void {
  if (f[9] !== '') {
    sums.classes += Number(f[8]);
    sums.multimediaClasses += Number(f[9]);
  }
  if (f[4] === 'senior') return;
  sums.compulsorySchools += 1;
  if (f[14] === '1') sums.offering += 1;
  if (f[11] !== '') {
    sums.students += Number(f[10]);
    sums.studentsAfterSchool += Number(f[11]);
  }
  sums.teachers += Number(f[12]);
  sums.teachersAfterSchool += Number(f[13]);
}

let sumsByYear = new Map<number, YearSums>();
let population = new Map<string, number>();

function nationalSums(dir: string): Map<number, YearSums> {
  const byYear = new Map<number, YearSums>();
  for (const line of dataLines(join(dir, 'schools.csv'))) {
    const f = line.split(',');
    const year = Number(f[0]);
    if (!byYear.has(year)) byYear.set(year, emptySums());
    const sums = byYear.get(year) as YearSums;
    if (f[4] === 'kindergarten') addKindergarten(sums, f);
    else addSchool(sums, f);
  }
  return byYear;
}

/** Σ children / Σ population over counties whose kindergartens all reported children. */
function grossEnrollment(year: number): number {
  const sums = sumsByYear.get(year) as YearSums;
  let children = 0;
  let people = 0;
  for (const [code, count] of sums.children) {
    if (sums.childrenUnknown.has(code)) continue;
    children += count;
    people += population.get(`${year},${code}`) ?? Number.NaN;
  }
  return children / people;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'demo-test-'));
  runA = join(root, 'a');
  runB = join(root, 'b');
  runC = join(root, 'c');
  summary = generateDemoData({ scale: SCALE, seed: 1, out: runA });
  generateDemoData({ scale: SCALE, seed: 1, out: runB });
  generateDemoData({ scale: SCALE, seed: 2, out: runC });
  sumsByYear = nationalSums(runA);
  population = new Map(
    dataLines(join(runA, 'population.csv')).map((line) => {
      const [year, code, people] = line.split(',');
      return [`${year},${code}`, Number(people)];
    }),
  );
});

afterAll(() => {
  if (root !== '') rmSync(root, { recursive: true, force: true });
});

describe('demo data files', () => {
  it('have the contract headers, UTF-8 without BOM, LF line endings', () => {
    for (const [file, header] of [
      ['schools.csv', SCHOOL_COLUMNS],
      ['population.csv', 'year,county_code,age_3_5'],
    ]) {
      const bytes = readFileSync(join(runA, file));
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
      expect(bytes.includes(0x0d)).toBe(false);
      expect(bytes.toString('utf8', 0, header.length + 1)).toBe(`${header}\n`);
      expect(bytes[bytes.length - 1]).toBe(0x0a);
    }
  });

  it('are marked SYNTHETIC.md with seed and scale, and leave no temporary folder', () => {
    const note = readFileSync(join(runA, 'SYNTHETIC.md'), 'utf8');
    expect(note).toContain('npm run demo:data');
    expect(note).toContain(`seed 1 and scale ${SCALE}`);
    expect(note).toMatch(/synthetic, not a real/);
    // the marker vouches for exactly the schools.csv it was written with
    expect(note).toContain(`\nschools.csv sha256: ${sha256(join(runA, 'schools.csv'))}\n`);
    expect(readdirSync(root).sort()).toEqual(['a', 'b', 'c']);
    expect(summary.schoolRows).toBe(dataLines(join(runA, 'schools.csv')).length);
    expect(summary.populationRows).toBe(2978 * YEARS.length);
  });

  it('are byte-identical for the same seed and differ for another seed', () => {
    for (const file of ['schools.csv', 'population.csv', 'SYNTHETIC.md']) {
      expect(sha256(join(runB, file)), file).toBe(sha256(join(runA, file)));
    }
    expect(sha256(join(runC, 'schools.csv'))).not.toBe(sha256(join(runA, 'schools.csv')));
    expect(sha256(join(runC, 'population.csv'))).not.toBe(sha256(join(runA, 'population.csv')));
  });
});

describe('schools.csv rows', () => {
  it('satisfy the format and the count constraints', () => {
    const codes = new Set(loadReferenceCounties().map((c) => c.code));
    const keys = new Set<string>();
    const identity = new Map<string, string>();
    const problems: string[] = [];
    const check = (ok: boolean, line: string, what: string): void => {
      if (!ok && problems.length < 10) problems.push(`${what}: ${line}`);
    };
    for (const line of dataLines(join(runA, 'schools.csv'))) {
      const f = line.split(',');
      check(f.length === 15, line, 'field count');
      const stage = f[4] as Stage;
      check(STAGES.includes(stage), line, 'stage');
      check(YEARS.includes(Number(f[0])), line, 'year');
      check(codes.has(f[3]), line, 'county code');
      check(f[2].length > 3 && !f[2].includes('"'), line, 'name');
      const key = `${f[0]},${f[1]},${f[4]}`;
      check(!keys.has(key), line, 'duplicate (year, school_id, stage)');
      keys.add(key);
      const who = `${f[2]},${f[3]},${f[4]},${f[5]}`;
      check(
        (identity.get(f[1]) ?? who) === who,
        line,
        'school id changes name, county, stage or ownership',
      );
      identity.set(f[1], who);
      for (let i = 5; i < 15; i++) {
        const used = USED[stage]?.includes(i) ?? false;
        if (!used) check(f[i] === '', line, `unused column ${i} filled`);
        else if (f[i] === '') check(MAY_BE_EMPTY.has(i), line, `column ${i} empty`);
        else if (i === 5) check(f[i] === 'public' || f[i] === 'private', line, 'ownership');
        else if (i === 6 || i === 14) check(f[i] === '1' || f[i] === '0', line, 'boolean');
        else check(/^(0|[1-9]\d*)$/.test(f[i]), line, `count in column ${i}`);
      }
      if (stage === 'kindergarten') continue;
      const [classes, multimedia, students, studentsAfter, teachers, teachersAfter] = f
        .slice(8, 14)
        .map((cell) => (cell === '' ? Number.NaN : Number(cell)));
      check(!(multimedia > classes), line, 'classes_with_multimedia > classes');
      check(!(studentsAfter > students), line, 'students_after_school > students');
      check(!(teachersAfter > teachers), line, 'teachers_after_school > teachers');
      check(
        f[14] !== '0' || studentsAfter === 0 || Number.isNaN(studentsAfter),
        line,
        'participants without service',
      );
    }
    expect(problems).toEqual([]);
  });

  it('give every county a school of each stage in every year', () => {
    const seen = new Set<string>();
    for (const line of dataLines(join(runA, 'schools.csv'))) {
      const f = line.split(',', 5);
      seen.add(`${f[0]},${f[3]},${f[4]}`);
    }
    expect(seen.size).toBe(2978 * YEARS.length * STAGES.length);
  });

  it('keep school ids across years, with a few openings and closings', () => {
    const years = new Map<string, number[]>();
    for (const line of dataLines(join(runA, 'schools.csv'))) {
      const f = line.split(',', 2);
      const list = years.get(f[1]) ?? [];
      list.push(Number(f[0]));
      years.set(f[1], list);
    }
    const lifetimes = [...years.values()];
    const contiguous = lifetimes.every((ys) => ys[ys.length - 1] - ys[0] === ys.length - 1);
    const allYears = lifetimes.filter((ys) => ys.length === YEARS.length).length;
    expect(contiguous).toBe(true);
    expect(allYears / lifetimes.length).toBeGreaterThan(0.6);
    expect(allYears).toBeLessThan(lifetimes.length);
  });

  it('have a few gaps and a few counties above 100 % gross enrollment', () => {
    const gapCountyYears = [...sumsByYear.values()].reduce((n, s) => n + s.childrenUnknown.size, 0);
    const over = new Set<string>();
    for (const [year, sums] of sumsByYear) {
      for (const [code, children] of sums.children) {
        if (children > (population.get(`${year},${code}`) ?? Infinity)) over.add(code);
      }
    }
    expect(gapCountyYears).toBeGreaterThan(0);
    expect(gapCountyYears).toBeLessThan(0.01 * 2978 * YEARS.length);
    expect(over.size / 2978).toBeGreaterThan(0.003);
    expect(over.size / 2978).toBeLessThan(0.02);
  });
});

describe('national figures (ratio of sums)', () => {
  it('population aged 3–5 is about 50 M until 2020 and about 40 M by 2024', () => {
    const total = (year: number): number =>
      [...population].filter(([key]) => key.startsWith(`${year},`)).reduce((n, [, v]) => n + v, 0);
    expect(total(2015) / 1e6).toBeCloseTo(49, 0);
    expect(total(2020) / 1e6).toBeCloseTo(51.5, 0);
    expect(total(2024) / 1e6).toBeCloseTo(40.5, 0);
  });

  it('gross enrollment tracks the bulletin series', () => {
    const reference = metricById('preschool_gross_enrollment').reference;
    for (const year of [2019, 2020, 2021, 2022, 2023]) {
      expect(Math.abs(grossEnrollment(year) - reference[year]), `${year}`).toBeLessThan(PP);
    }
    for (const year of YEARS) {
      expect(
        Math.abs(grossEnrollment(year) - valueIn(GROSS_ENROLLMENT, year)),
        `${year}`,
      ).toBeLessThan(PP);
    }
  });

  it('inclusive coverage tracks the bulletin series and public share rises 45 % → 55 %', () => {
    const reference = metricById('inclusive_kindergarten_coverage').reference;
    const coverage = (year: number): number => {
      const s = sumsByYear.get(year) as YearSums;
      return s.inclusiveChildren / s.allChildren;
    };
    for (const year of [2020, 2021, 2022, 2023]) {
      expect(Math.abs(coverage(year) - reference[year]), `${year}`).toBeLessThan(PP);
    }
    expect(Math.abs(coverage(2019) - valueIn(INCLUSIVE_COVERAGE, 2019))).toBeLessThan(PP);
    expect(coverage(2015)).toBeLessThan(0.7);
    const publicShare = (year: number): number => {
      const s = sumsByYear.get(year) as YearSums;
      return s.publicChildren / s.allChildren;
    };
    expect(Math.abs(publicShare(2015) - 0.45)).toBeLessThan(PP);
    expect(Math.abs(publicShare(2024) - 0.55)).toBeLessThan(PP);
  });

  it('class multimedia coverage rises from about 75 % to about 99 %', () => {
    const rate = (year: number): number => {
      const s = sumsByYear.get(year) as YearSums;
      return s.multimediaClasses / s.classes;
    };
    expect(Math.abs(rate(2015) - 0.75)).toBeLessThan(0.03);
    expect(Math.abs(rate(2024) - 0.99)).toBeLessThan(0.005);
    for (const year of YEARS.slice(1)) expect(rate(year)).toBeGreaterThan(rate(year - 1));
  });

  it('after-school service is rare before 2021 and near-universal from 2021', () => {
    for (const year of YEARS) {
      const s = sumsByYear.get(year) as YearSums;
      const coverage = s.offering / s.compulsorySchools;
      const students = s.studentsAfterSchool / s.students;
      const teachers = s.teachersAfterSchool / s.teachers;
      expect(Math.abs(coverage - valueIn(AFTER_SCHOOL_COVERAGE, year)), `${year}`).toBeLessThan(PP);
      if (year < 2021) {
        expect(coverage).toBeLessThan(0.1);
        expect(students).toBeLessThan(0.05);
      } else {
        expect(coverage).toBeGreaterThan(0.94);
        expect(students).toBeGreaterThan(0.84);
        expect(students).toBeLessThan(0.93);
        expect(teachers).toBeGreaterThanOrEqual(students);
      }
    }
  });
});

describe('atomic output', () => {
  it('replaces only its own files in an existing folder', () => {
    const out = join(root, 'existing');
    mkdirSync(out);
    // An earlier demo (its marker) with a note someone added: the note stays.
    writeFileSync(join(out, 'schools.csv'), 'old');
    writeFileSync(join(out, 'SYNTHETIC.md'), '# Synthetic data (older run)\n');
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    // Left by an interrupted run whose process is gone (pid 2^22 + 1 is above Linux's default pid_max).
    const stale = join(root, '.existing.demo-tmp-4194305');
    mkdirSync(stale);
    writeFileSync(join(stale, 'schools.csv'), 'half');
    const small = generateDemoData({ scale: 0.001, seed: 3, out, sourceDateEpoch: '1700000000' });
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(out, 'schools.csv'), 'utf8').startsWith(SCHOOL_COLUMNS)).toBe(true);
    expect(readFileSync(join(out, 'SYNTHETIC.md'), 'utf8')).toContain('2023-11-14');
    expect(small.schoolRows).toBeGreaterThan(2978 * 4 * YEARS.length - 1);
    expect(readdirSync(root).some((name) => name.includes('demo-tmp'))).toBe(false);
    expect(existsSync(stale)).toBe(false);
    rmSync(out, { recursive: true });
  });
});

describe('pure parts', () => {
  it('splitInteger adds up exactly and follows the weights', () => {
    const out = new Int32Array(4);
    splitInteger(1001, [1, 2, 3, 4], out);
    expect([...out]).toEqual([100, 200, 301, 400]);
    splitInteger(7, [0, 0, 0, 0], out);
    expect([...out]).toEqual([0, 0, 0, 0]);
  });

  it('solveShift finds the shift of a rising function', () => {
    expect(solveShift((s) => 2 * s + 1, 4)).toBeCloseTo(1.5, 9);
    expect(solveShift((s) => 1 / (1 + Math.exp(-s)), 0.9)).toBeCloseTo(Math.log(9), 8);
  });

  it('seeds are stable and separate streams', () => {
    expect(deriveSeed(1, '110101', 'roster')).toBe(deriveSeed(1, '110101', 'roster'));
    expect(deriveSeed(1, '110101', 'roster')).not.toBe(deriveSeed(2, '110101', 'roster'));
    expect(deriveSeed(1, '110101', 'roster')).not.toBe(deriveSeed(1, '110102', 'roster'));
    const a = createRng(42);
    const b = createRng(42);
    const draws = Array.from({ length: 5 }, () => a.next());
    expect(draws).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('csvField quotes only when needed', () => {
    expect(csvField('东城区第1小学')).toBe('东城区第1小学');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('ChunkedFileWriter writes everything across chunk boundaries', () => {
    const path = join(root, 'chunks.txt');
    const writer = new ChunkedFileWriter(path, 8);
    for (let i = 0; i < 100; i++) writer.write(`行${i}\n`);
    writer.close();
    const expected = Array.from({ length: 100 }, (_, i) => `行${i}\n`).join('');
    expect(readFileSync(path, 'utf8')).toBe(expected);
    expect(writer.bytes).toBe(Buffer.byteLength(expected));
  });

  it('settlementOf tells urban districts, cities, rural counties and zones apart', () => {
    expect(settlementOf('110101', '东城区')).toBe('urban');
    expect(settlementOf('410621', '浚县')).toBe('rural');
    expect(settlementOf('150121', '土默特左旗')).toBe('rural');
    expect(settlementOf('410182', '荥阳市')).toBe('city');
    expect(settlementOf('130171', '石家庄高新技术产业开发区')).toBe('zone');
    expect(settlementOf('429021', '神农架林区')).toBe('rural');
  });

  it('generationDate uses SOURCE_DATE_EPOCH, never the clock', () => {
    expect(generationDate('0')).toContain('1970-01-01');
    expect(generationDate(undefined)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(generationDate('yesterday')).toBe(generationDate(undefined));
  });

  it('parseDemoArgs reads options and rejects bad ones as usage errors', () => {
    expect(parseDemoArgs([])).toEqual({ scale: 1, seed: 1, out: 'data/demo', help: false });
    expect(parseDemoArgs(['--scale', '0.5', '--seed', '7', '--out', 'x'])).toMatchObject({
      scale: 0.5,
      seed: 7,
      out: 'x',
    });
    for (const bad of [
      ['--scale', '0'],
      ['--scale', 'big'],
      ['--scale', '11'],
      ['--seed', '1.5'],
      ['--nope'],
      ['extra'],
    ]) {
      expect(() => parseDemoArgs(bad), bad.join(' ')).toThrow(UsageError);
    }
  });
});

describe('CLI', () => {
  it('exits 2 with a one-line message on wrong usage', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/demo-data.ts', '--scale', 'lots'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--scale');
  });
});
