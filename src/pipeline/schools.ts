// schools.csv: validates each row and folds it into the county-year sums.
// Each metric needs only its own fields; a row lacking one is left out of that
// metric and flags it `incomplete` (docs/data-contract.md, "Missing values and flags").

import {
  BOOLEAN_VALUES,
  OWNERSHIP_VALUES,
  SCHOOL_COLUMNS,
  STAGE_VALUES,
  type Ownership,
  type SchoolColumn,
} from './columns';
import { BuildContext, explain, isYearInRange } from './context';
import {
  addToBalance,
  CountyYearState,
  CV_JUNIOR,
  CV_PRIMARY,
  F,
  FIELD_COUNT,
} from './county-state';
import type { CsvRecord } from './csv-scan';
import { hashKey, KeyLog } from './duplicate-keys';
import type { CellDecoder } from './encoding';
import type { RowProblem } from './errors';
import { resolveHeader, type ColumnIndex, type CsvConsumer } from './csv-input';
import { explainSplit, RemapLog } from './remaps';
import type { Stage } from '../contract/metrics';

/** A stage's number in the duplicate key (a switch: no keyed lookup per row). */
function stageNumber(stage: Stage): number {
  switch (stage) {
    case 'kindergarten':
      return 0;
    case 'primary':
      return 1;
    case 'junior':
      return 2;
    case 'senior':
      return 3;
  }
}
const REMAPPED_SLOT: Record<Stage, number> = {
  kindergarten: F.remappedKindergarten,
  primary: F.remappedPrimary,
  junior: F.remappedJunior,
  senior: F.remappedSenior,
};
const REJECTED_SLOT: Record<Stage, number> = {
  kindergarten: F.rejectedKindergarten,
  primary: F.rejectedPrimary,
  junior: F.rejectedJunior,
  senior: F.rejectedSenior,
};
const MISSING = -2;
const INVALID = -1;

/**
 * Looks up an enumeration by its raw bytes, decoding only spellings not seen
 * before. The handful of spellings a file uses are compared byte by byte,
 * length first: cheaper than hashing for such short cells.
 */
class EnumReader<T> {
  private readonly seen: { bytes: Uint8Array; value: T | null }[] = [];
  constructor(private readonly values: Readonly<Record<string, T>>) {}

  /** The spelling matched last: rows come in runs of the same stage. */
  private last: { bytes: Uint8Array; value: T | null } | null = null;

  read(record: CsvRecord, i: number, decoder: CellDecoder): T | null {
    const start = record.trimmedStart(i);
    const length = record.trimmedEnd(i) - start;
    const buf = record.buf;
    if (this.last !== null && sameBytes(this.last.bytes, buf, start, length))
      return this.last.value;
    for (const entry of this.seen) {
      if (!sameBytes(entry.bytes, buf, start, length)) continue;
      this.last = entry;
      return entry.value;
    }
    const text = decoder.text(record, i);
    const value = this.values[text] ?? this.values[text.toLowerCase()] ?? null;
    this.seen.push({ bytes: record.bytes(i), value });
    return value;
  }
}

function sameBytes(bytes: Uint8Array, buf: Uint8Array, start: number, length: number): boolean {
  if (bytes.length !== length) return false;
  for (let k = 0; k < length; k++) if (bytes[k] !== buf[start + k]) return false;
  return true;
}

/**
 * Positions of the cells read on every row (−1: absent), as plain fields: a
 * column looked up by a name that varies from call to call costs a keyed
 * lookup per cell, millions of times.
 */
class RowCells {
  readonly year: number;
  readonly schoolId: number;
  readonly countyCode: number;
  readonly stage: number;
  readonly ownership: number;
  readonly inclusive: number;
  readonly children: number;
  readonly classes: number;
  readonly multimedia: number;
  readonly students: number;
  readonly studentsAfterSchool: number;
  readonly teachers: number;
  readonly teachersAfterSchool: number;
  readonly offers: number;

  constructor(col: ColumnIndex<SchoolColumn>) {
    this.year = col.year;
    this.schoolId = col.school_id;
    this.countyCode = col.county_code;
    this.stage = col.stage;
    this.ownership = col.ownership;
    this.inclusive = col.inclusive;
    this.children = col.children_enrolled;
    this.classes = col.classes;
    this.multimedia = col.classes_with_multimedia;
    this.students = col.students;
    this.studentsAfterSchool = col.students_after_school;
    this.teachers = col.teachers;
    this.teachersAfterSchool = col.teachers_after_school;
    this.offers = col.offers_after_school;
  }
}

interface KindergartenRow {
  ownership: Ownership | null;
  inclusive: 0 | 1 | null;
  children: number;
}

interface RowCounts {
  classes: number;
  multimedia: number;
  students: number;
  studentsAfterSchool: number;
  teachers: number;
  teachersAfterSchool: number;
}

export class SchoolsReader implements CsvConsumer {
  readonly keys = new KeyLog();
  private readonly rowCounts: RowCounts = {
    classes: 0,
    multimedia: 0,
    students: 0,
    studentsAfterSchool: 0,
    teachers: 0,
    teachersAfterSchool: 0,
  };
  private readonly kindergartenRow: KindergartenRow = {
    ownership: null,
    inclusive: null,
    children: 0,
  };
  /** True when re-reading to reject duplicates (always sequential). */
  readonly isSecondPass: boolean;
  private readonly stages = new EnumReader(STAGE_VALUES);
  private readonly ownerships = new EnumReader(OWNERSHIP_VALUES);
  private readonly booleans = new EnumReader(BOOLEAN_VALUES);
  private col!: ColumnIndex<SchoolColumn>;
  private cells!: RowCells;
  private header: string[] = [];
  private readonly problems: RowProblem[] = [];
  /**
   * Six-digit code as a number → dense county index: no string per row. Old
   * codes of the crosswalk extend it: countyCount + remap id for a rename or
   * merge, −2 − split id for a split; −1 is a code in neither list.
   */
  private readonly countyByNumber: Int32Array;
  private readonly countyCount: number;
  /** Rows counted towards a current unit under an old code, by remap id and year. */
  readonly remapped = new RemapLog();
  private record!: CsvRecord;
  private decoder!: CellDecoder;
  rejectedCount = 0;

  constructor(
    readonly file: string,
    private readonly ctx: BuildContext,
    readonly state: CountyYearState,
    /** Second pass only: later line → first line of each duplicate key. */
    private readonly duplicateOf: ReadonlyMap<number, number> | null = null,
  ) {
    this.isSecondPass = duplicateOf !== null;
    this.countyByNumber = new Int32Array(1_000_000).fill(-1);
    ctx.reference.countyCodes.forEach((code, i) => (this.countyByNumber[Number(code)] = i));
    this.countyCount = ctx.reference.countyCodes.length;
    const { remaps, splits } = ctx.reference.crosswalk;
    remaps.forEach(
      (r, i) => (this.countyByNumber[Number(r.change.oldCode)] = this.countyCount + i),
    );
    splits.forEach((s, i) => (this.countyByNumber[Number(s.oldCode)] = -2 - i));
  }

  onHeader(header: string[]): (record: CsvRecord, decoder: CellDecoder) => void {
    this.header = header;
    this.col = resolveHeader(this.file, header, SCHOOL_COLUMNS);
    this.cells = new RowCells(this.col);
    return (record, decoder) => this.readRow(record, decoder);
  }

  private problem(column: SchoolColumn | null, message: string): void {
    this.problems.push({ file: this.file, line: this.record.line, column, message });
  }

  private text(column: SchoolColumn): string {
    return this.decoder.text(this.record, this.col[column]);
  }

  /** A count cell: its value, MISSING when empty or absent, INVALID (reported) otherwise. */
  private countCell(i: number, column: SchoolColumn): number {
    const value = this.record.count_(i);
    if (value === INVALID) this.problem(column, explain.notCount(column, this.text(column)));
    return value;
  }

  private readRow(record: CsvRecord, decoder: CellDecoder): void {
    this.record = record;
    this.decoder = decoder;
    if (this.problems.length > 0) this.problems.length = 0;
    if (record.malformed) {
      this.problem(null, record.malformed);
    } else if (record.count !== this.header.length) {
      this.problem(null, explain.fieldCount(this.header.length, record.count));
    }
    if (this.problems.length > 0) return this.reject(null, -1, null);

    const year = this.readYear();
    const county = this.readCounty();
    const stage = this.readStage();
    if (record.isEmpty(this.cells.schoolId)) {
      this.problem('school_id', explain.empty('school_id', 'a school identifier'));
    }
    let counts: RowCounts | null = null;
    let kindergarten: {
      ownership: Ownership | null;
      inclusive: 0 | 1 | null;
      children: number;
    } | null = null;
    if (stage === 'kindergarten') kindergarten = this.readKindergarten();
    else if (stage !== null) counts = this.readSchoolCounts(stage);
    const offers =
      stage === 'primary' || stage === 'junior'
        ? this.readBoolean(this.cells.offers, 'offers_after_school')
        : null;

    if (this.problems.length === 0) this.checkDuplicate(year!, stage!);
    if (this.problems.length > 0) return this.reject(year, county, stage);

    const t = this.slotsOf(year!);
    const current = county < this.countyCount ? county : this.remapRow(county, year!, stage!);
    const base = current * FIELD_COUNT;
    t[base + F.schoolRows] += 1;
    if (kindergarten) addKindergarten(t, base, kindergarten);
    else if (counts) addSchool(t, base, stage!, counts, offers);
  }

  private lastYear = -1;
  private lastSlots: Float64Array | null = null;

  /** The year's table; rows come grouped by year, so the last one is cached. */
  private slotsOf(year: number): Float64Array {
    if (year !== this.lastYear || !this.lastSlots) {
      this.lastSlots = this.state.slots(year);
      this.lastYear = year;
    }
    return this.lastSlots;
  }

  private reject(year: number | null, county: number, stage: Stage | null): void {
    this.rejectedCount++;
    this.ctx.rejectRow(this.problems, this.record, this.decoder, this.header);
    if (year !== null && county >= 0 && stage !== null) {
      const current =
        county < this.countyCount
          ? county
          : this.ctx.reference.crosswalk.remaps[county - this.countyCount].county;
      this.state.slots(year)[current * FIELD_COUNT + REJECTED_SLOT[stage]] = 1;
    }
  }

  /** An accepted row under an old code: counted, its stage's depth kept; returns the current county. */
  private remapRow(encoded: number, year: number, stage: Stage): number {
    const id = encoded - this.countyCount;
    const remap = this.ctx.reference.crosswalk.remaps[id];
    this.remapped.add(id, year);
    const slot = remap.county * FIELD_COUNT + REMAPPED_SLOT[stage];
    const t = this.slotsOf(year);
    if (t[slot] < remap.depth) t[slot] = remap.depth;
    return remap.county;
  }

  private readYear(): number | null {
    const i = this.cells.year;
    const value = this.record.count_(i);
    if (value === MISSING) {
      this.problem('year', explain.empty('year', 'a four-digit year'));
      return null;
    }
    if (value < 0 || this.record.width !== 4) {
      this.problem('year', explain.year(this.text('year')));
      return null;
    }
    if (!isYearInRange(value)) {
      this.problem('year', explain.yearRange(value));
      return null;
    }
    return value;
  }

  private readCounty(): number {
    const number = this.record.count_(this.cells.countyCode);
    if (number === MISSING) {
      this.problem('county_code', explain.empty('county_code', 'a six-digit county-level code'));
      return -1;
    }
    if (number < 0 || this.record.width !== 6) {
      this.problem('county_code', explain.code('county_code', this.text('county_code')));
      return -1;
    }
    const county = this.countyByNumber[number];
    if (county < 0) {
      const { crosswalk, version } = this.ctx.reference;
      this.problem(
        'county_code',
        county === -1
          ? explain.unknownCode('county_code', this.text('county_code'), version)
          : explainSplit('county_code', crosswalk.splits[-2 - county], (code) =>
              this.countyName(code),
            ),
      );
      return -1;
    }
    return county;
  }

  private countyName(code: string): string {
    return this.ctx.reference.nameOf('county', code) ?? '';
  }

  private readStage(): Stage | null {
    const i = this.cells.stage;
    if (this.record.isEmpty(i)) {
      this.problem('stage', explain.empty('stage', 'a school stage'));
      return null;
    }
    const stage = this.stages.read(this.record, i, this.decoder);
    if (stage === null) {
      this.problem(
        'stage',
        `stage "${this.text('stage')}" is not a known stage (expected kindergarten/幼儿园, primary/小学, junior/初中 or senior/高中)`,
      );
    }
    return stage;
  }

  private readBoolean(i: number, column: 'inclusive' | 'offers_after_school'): 0 | 1 | null {
    if (this.record.isEmpty(i)) return null;
    const value = this.booleans.read(this.record, i, this.decoder);
    if (value === null)
      this.problem(column, `${column} "${this.text(column)}" is not 1/0 or 是/否`);
    return value;
  }

  private readKindergarten() {
    const cells = this.cells;
    const children = this.countCell(cells.children, 'children_enrolled');
    let ownership: Ownership | null = null;
    if (!this.record.isEmpty(cells.ownership)) {
      ownership = this.ownerships.read(this.record, cells.ownership, this.decoder);
      if (ownership === null) {
        this.problem(
          'ownership',
          `ownership "${this.text('ownership')}" is not public/公办 or private/民办`,
        );
      }
    }
    // A public kindergarten counts as inclusive whatever its `inclusive` cell says.
    const kindergarten = this.kindergartenRow;
    kindergarten.inclusive =
      ownership === 'public' ? 1 : this.readBoolean(cells.inclusive, 'inclusive');
    kindergarten.ownership = ownership;
    kindergarten.children = children;
    return kindergarten;
  }

  private readSchoolCounts(stage: Stage): RowCounts {
    const compulsory = stage === 'primary' || stage === 'junior';
    // One object reused for every row: millions of rows, no garbage.
    const counts = this.rowCounts;
    const cells = this.cells;
    counts.classes = this.countCell(cells.classes, 'classes');
    counts.multimedia = this.countCell(cells.multimedia, 'classes_with_multimedia');
    if (compulsory) {
      counts.students = this.countCell(cells.students, 'students');
      counts.studentsAfterSchool = this.countCell(
        cells.studentsAfterSchool,
        'students_after_school',
      );
      counts.teachers = this.countCell(cells.teachers, 'teachers');
      counts.teachersAfterSchool = this.countCell(
        cells.teachersAfterSchool,
        'teachers_after_school',
      );
    } else {
      counts.students = MISSING;
      counts.studentsAfterSchool = MISSING;
      counts.teachers = MISSING;
      counts.teachersAfterSchool = MISSING;
    }
    this.checkPart('classes_with_multimedia', counts.multimedia, 'classes', counts.classes);
    this.checkPart(
      'students_after_school',
      counts.studentsAfterSchool,
      'students',
      counts.students,
    );
    this.checkPart(
      'teachers_after_school',
      counts.teachersAfterSchool,
      'teachers',
      counts.teachers,
    );
    return counts;
  }

  private checkPart(
    part: SchoolColumn,
    partValue: number,
    whole: SchoolColumn,
    wholeValue: number,
  ): void {
    if (partValue >= 0 && wholeValue >= 0 && partValue > wholeValue) {
      this.problem(
        part,
        `${part} ${partValue} exceeds ${whole} ${wholeValue} (must be ≤ ${whole})`,
      );
    }
  }

  private checkDuplicate(year: number, stage: Stage): void {
    const r = this.record;
    if (this.duplicateOf) {
      const first = this.duplicateOf.get(r.line);
      if (first !== undefined) {
        this.problem(
          null,
          `duplicate school: year ${year}, school_id ${this.text('school_id')}, stage ${stage} already appeared on line ${first} (each school has one row per year and stage; the first is kept)`,
        );
      }
      return;
    }
    const i = this.cells.schoolId;
    const key = hashKey(r.buf, r.trimmedStart(i), r.trimmedEnd(i), year, stageNumber(stage));
    this.keys.add(key[0], key[1], r.line);
  }
}

function addKindergarten(
  t: Float64Array,
  base: number,
  k: { ownership: Ownership | null; inclusive: 0 | 1 | null; children: number },
): void {
  t[base + F.kgRows] += 1;
  const known = k.children >= 0;
  if (known) t[base + F.kgChildren] += k.children;
  else t[base + F.kgChildrenMissing] += 1;

  if (!known || k.ownership === null) {
    t[base + F.publicLeftOut] = 1;
  } else {
    t[base + F.publicDen] += k.children;
    if (k.ownership === 'public') t[base + F.publicNum] += k.children;
  }

  // Public kindergartens count as inclusive whatever their `inclusive` cell says.
  const inclusive = k.ownership === 'public' ? 1 : k.inclusive;
  if (!known || k.ownership === null || inclusive === null) {
    t[base + F.inclusiveLeftOut] = 1;
  } else {
    t[base + F.inclusiveDen] += k.children;
    if (inclusive === 1) t[base + F.inclusiveNum] += k.children;
  }
}

function addRatio(
  t: Float64Array,
  base: number,
  num: number,
  den: number,
  numSlot: number,
  denSlot: number,
  leftOutSlot: number,
): void {
  if (num < 0 || den < 0) {
    t[base + leftOutSlot] = 1;
    return;
  }
  t[base + numSlot] += num;
  t[base + denSlot] += den;
}

function addSchool(
  t: Float64Array,
  base: number,
  stage: Stage,
  c: RowCounts,
  offers: 0 | 1 | null,
): void {
  addRatio(t, base, c.multimedia, c.classes, F.multimediaNum, F.multimediaDen, F.multimediaLeftOut);
  if (stage === 'senior') return;
  addRatio(
    t,
    base,
    offers ?? -1,
    offers === null ? -1 : 1,
    F.asSchoolNum,
    F.asSchoolDen,
    F.asSchoolLeftOut,
  );
  addRatio(
    t,
    base,
    c.studentsAfterSchool,
    c.students,
    F.asStudentNum,
    F.asStudentDen,
    F.asStudentLeftOut,
  );
  addRatio(
    t,
    base,
    c.teachersAfterSchool,
    c.teachers,
    F.asTeacherNum,
    F.asTeacherDen,
    F.asTeacherLeftOut,
  );
  const cv = stage === 'primary' ? CV_PRIMARY : CV_JUNIOR;
  if (c.multimedia < 0 || c.students < 0) t[base + cv.leftOut] = 1;
  else if (c.students > 0) addToBalance(t, base, cv, c.multimedia, c.students);
}
