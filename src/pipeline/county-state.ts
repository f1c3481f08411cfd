// Per county-year running sums, filled as school rows stream in. One
// Float64Array per year, `FIELD_COUNT` slots per county: memory is bounded by
// counties × years, never by rows.

export const F = {
  kgRows: 0,
  kgChildrenMissing: 1,
  kgChildren: 2,
  inclusiveNum: 3,
  inclusiveDen: 4,
  inclusiveLeftOut: 5,
  publicNum: 6,
  publicDen: 7,
  publicLeftOut: 8,
  multimediaNum: 9,
  multimediaDen: 10,
  multimediaLeftOut: 11,
  asSchoolNum: 12,
  asSchoolDen: 13,
  asSchoolLeftOut: 14,
  asStudentNum: 15,
  asStudentDen: 16,
  asStudentLeftOut: 17,
  asTeacherNum: 18,
  asTeacherDen: 19,
  asTeacherLeftOut: 20,
  // Balance CV, primary: schools, Σstudents, Σ(100·multimedia classes), running mean, M2.
  cvPrimaryN: 21,
  cvPrimaryW: 22,
  cvPrimaryA: 23,
  cvPrimaryMean: 24,
  cvPrimaryM2: 25,
  cvPrimaryLeftOut: 26,
  cvJuniorN: 27,
  cvJuniorW: 28,
  cvJuniorA: 29,
  cvJuniorMean: 30,
  cvJuniorM2: 31,
  cvJuniorLeftOut: 32,
  // Rows rejected under --skip-invalid, by stage.
  rejectedKindergarten: 33,
  rejectedPrimary: 34,
  rejectedJunior: 35,
  rejectedSenior: 36,
  // Accepted school rows of any stage (coverage: a county-year with data).
  schoolRows: 37,
  // Rows filed under an old code (crosswalk), by stage: the largest remap depth
  // (1 county, 2 also prefecture, 3 also province; remaps.ts). Merged by max.
  remappedKindergarten: 38,
  remappedPrimary: 39,
  remappedJunior: 40,
  remappedSenior: 41,
} as const;

export const FIELD_COUNT = 42;

export interface CvSlots {
  n: number;
  w: number;
  a: number;
  mean: number;
  m2: number;
  leftOut: number;
}

export const CV_PRIMARY: CvSlots = {
  n: F.cvPrimaryN,
  w: F.cvPrimaryW,
  a: F.cvPrimaryA,
  mean: F.cvPrimaryMean,
  m2: F.cvPrimaryM2,
  leftOut: F.cvPrimaryLeftOut,
};

export const CV_JUNIOR: CvSlots = {
  n: F.cvJuniorN,
  w: F.cvJuniorW,
  a: F.cvJuniorA,
  mean: F.cvJuniorMean,
  m2: F.cvJuniorM2,
  leftOut: F.cvJuniorLeftOut,
};

export class CountyYearState {
  private readonly years = new Map<number, Float64Array>();

  constructor(readonly countyCount: number) {}

  /** The slots of one county in one year, created on first use. */
  slots(year: number): Float64Array {
    let table = this.years.get(year);
    if (!table) {
      table = new Float64Array(this.countyCount * FIELD_COUNT);
      this.years.set(year, table);
      this.lastYear = -1;
    }
    return table;
  }

  yearList(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  /** The raw tables by year (to send between threads). */
  tables(): Map<number, Float64Array> {
    return this.years;
  }

  /**
   * Adds another part's sums (another range of the same file): counts and
   * flags add up; the balance moments combine by Chan's formula.
   */
  merge(other: Map<number, Float64Array>): void {
    for (const [year, theirs] of other) {
      const ours = this.years.get(year);
      if (!ours) {
        this.years.set(year, theirs);
        this.lastYear = -1;
        continue;
      }
      for (let county = 0; county < this.countyCount; county++) {
        const base = county * FIELD_COUNT;
        mergeBalance(ours, theirs, base, CV_PRIMARY);
        mergeBalance(ours, theirs, base, CV_JUNIOR);
        for (let field = 0; field < FIELD_COUNT; field++) {
          if (REMAP_DEPTHS.has(field))
            ours[base + field] = Math.max(ours[base + field], theirs[base + field]);
          else if (!BALANCE_MOMENTS.has(field)) ours[base + field] += theirs[base + field];
        }
      }
    }
  }

  private lastYear = -1;
  private lastTable: Float64Array | undefined;

  get(year: number, county: number, field: number): number {
    if (year !== this.lastYear) {
      this.lastTable = this.years.get(year);
      this.lastYear = year;
    }
    return this.lastTable ? this.lastTable[county * FIELD_COUNT + field] : 0;
  }
}

/**
 * Adds one school to a weighted running mean and M2 (West's weighted
 * Welford update): x = multimedia classes per 100 students, weight = students.
 */
export function addToBalance(
  t: Float64Array,
  base: number,
  cv: CvSlots,
  multimedia: number,
  students: number,
): void {
  const x = (multimedia / students) * 100;
  const w = students;
  t[base + cv.n] += 1;
  const totalW = t[base + cv.w] + w;
  t[base + cv.w] = totalW;
  t[base + cv.a] += 100 * multimedia;
  const delta = x - t[base + cv.mean];
  t[base + cv.mean] += (delta * w) / totalW;
  t[base + cv.m2] += w * delta * (x - t[base + cv.mean]);
}

/** Fields that do not simply add up when two parts are merged. */
const BALANCE_MOMENTS = new Set<number>([
  F.cvPrimaryMean,
  F.cvPrimaryM2,
  F.cvJuniorMean,
  F.cvJuniorM2,
]);

/** Remap depths: a level, not a count, so two parts take the larger. */
const REMAP_DEPTHS = new Set<number>([
  F.remappedKindergarten,
  F.remappedPrimary,
  F.remappedJunior,
  F.remappedSenior,
]);

/** Combines the running mean and M2 of two parts (weights are summed afterwards with the counts). */
function mergeBalance(ours: Float64Array, theirs: Float64Array, base: number, cv: CvSlots): void {
  const w1 = ours[base + cv.w];
  const w2 = theirs[base + cv.w];
  if (w2 === 0) return;
  if (w1 === 0) {
    ours[base + cv.mean] = theirs[base + cv.mean];
    ours[base + cv.m2] = theirs[base + cv.m2];
    return;
  }
  const delta = theirs[base + cv.mean] - ours[base + cv.mean];
  const w = w1 + w2;
  ours[base + cv.mean] += (delta * w2) / w;
  ours[base + cv.m2] += theirs[base + cv.m2] + (delta * delta * w1 * w2) / w;
}
