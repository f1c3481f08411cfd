// From county-year sums to every level of the hierarchy. Ratios are sums of
// numerators over sums of denominators at every level; balance CVs combine the
// counties' weighted moments exactly (Chan et al.'s parallel formula). The
// roll-ups group typed columns (one row per unit, year and metric), never
// school rows, each level on its parent's key derived from the key below.

import { LEVELS, type Level } from '../contract/geography';
import {
  FLAGS,
  METRICS,
  metricOrder,
  type Flag,
  type MetricId,
  type Stage,
} from '../contract/metrics';
import { CountyYearState, CV_JUNIOR, CV_PRIMARY, F, type CvSlots } from './county-state';
import type { ReferenceList } from './reference-list';
import { REMAP_DEPTH_OF_LEVEL } from './remaps';

export interface AggregateRow {
  level: Level;
  code: string;
  name: string;
  parent: string;
  year: number;
  metric: MetricId;
  /** null for CV metrics. */
  numerator: number | null;
  denominator: number | null;
  value: number;
  flags: Flag[];
}

type RatioSlots = { num: number; den: number; leftOut: number };

const RATIO_SLOTS: Partial<Record<MetricId, RatioSlots>> = {
  inclusive_kindergarten_coverage: {
    num: F.inclusiveNum,
    den: F.inclusiveDen,
    leftOut: F.inclusiveLeftOut,
  },
  public_kindergarten_share: { num: F.publicNum, den: F.publicDen, leftOut: F.publicLeftOut },
  class_multimedia_rate: {
    num: F.multimediaNum,
    den: F.multimediaDen,
    leftOut: F.multimediaLeftOut,
  },
  after_school_school_coverage: {
    num: F.asSchoolNum,
    den: F.asSchoolDen,
    leftOut: F.asSchoolLeftOut,
  },
  after_school_student_participation: {
    num: F.asStudentNum,
    den: F.asStudentDen,
    leftOut: F.asStudentLeftOut,
  },
  after_school_teacher_participation: {
    num: F.asTeacherNum,
    den: F.asTeacherDen,
    leftOut: F.asTeacherLeftOut,
  },
};

const CV_SLOTS: Partial<Record<MetricId, CvSlots>> = {
  multimedia_balance_cv_primary: CV_PRIMARY,
  multimedia_balance_cv_junior: CV_JUNIOR,
};

const REJECTED_SLOT: Record<Stage, number> = {
  kindergarten: F.rejectedKindergarten,
  primary: F.rejectedPrimary,
  junior: F.rejectedJunior,
  senior: F.rejectedSenior,
};

export interface PopulationLookup {
  populationOf(year: number, county: number): number;
  /** 0, or the remap depth of population rows filed under old codes (remaps.ts). */
  remapDepthOf?(year: number, county: number): number;
}

const REMAPPED_SLOT: Record<Stage, number> = {
  kindergarten: F.remappedKindergarten,
  primary: F.remappedPrimary,
  junior: F.remappedJunior,
  senior: F.remappedSenior,
};

/** The largest remap depth of the rows of these stages in one county-year (0: none). */
function remapDepthFor(
  state: CountyYearState,
  year: number,
  county: number,
  stages: readonly Stage[],
): number {
  let depth = 0;
  for (const stage of stages)
    depth = Math.max(depth, state.get(year, county, REMAPPED_SLOT[stage]));
  return depth;
}

/**
 * A unit-year-metric as one number, ((year − 1900) · 16 + metric) · 10⁶ + code:
 * Arquero groups on one numeric column far faster than on three string
 * columns, and the key of the unit above is the key with the code's lower
 * digits cleared (prefix rule), so no level carries its parents' keys.
 */
const CODE_SPAN = 1_000_000;
const METRIC_INDEX = new Map(METRICS.map((m, i) => [m.id, i]));

function unitKey(year: number, metric: number, code: number): number {
  return ((year - 1900) * 16 + metric) * CODE_SPAN + code;
}

/** The key of the unit above is the key with these lower code digits cleared, by level. */
const PARENT_SPAN: Record<Exclude<Level, 'county'>, number> = {
  prefecture: 100,
  province: 10000,
  nation: 1000000,
};

/** A level's table: one row per unit-year-metric, its key in `key`, named value columns. */
interface Columns<Name extends string> {
  readonly key: Float64Array;
  readonly values: Record<Name, Float64Array>;
}

const RATIO_COLUMNS = ['numerator', 'denominator', 'incomplete', 'remap'] as const;
const MOMENT_COLUMNS = ['n', 'w', 'a', 'm2', 'incomplete', 'remap'] as const;
type RatioColumn = (typeof RATIO_COLUMNS)[number];
type MomentColumn = (typeof MOMENT_COLUMNS)[number];
type RatioTable = Columns<RatioColumn>;
type MomentTable = Columns<MomentColumn>;

/** Typed columns of a county table, filled row by row up to a known capacity. */
class CountyColumns<Name extends string> {
  readonly key: Float64Array;
  readonly values: Record<Name, Float64Array>;
  private size = 0;

  constructor(capacity: number, names: readonly Name[]) {
    this.key = new Float64Array(capacity);
    this.values = Object.fromEntries(
      names.map((name) => [name, new Float64Array(capacity)]),
    ) as Record<Name, Float64Array>;
  }

  /** Starts a row; returns its index for the value columns. */
  add(key: number): number {
    this.key[this.size] = key;
    return this.size++;
  }

  table(): Columns<Name> {
    const values = {} as Record<Name, Float64Array>;
    for (const name of Object.keys(this.values) as Name[]) {
      values[name] = this.values[name].subarray(0, this.size);
    }
    return { key: this.key.subarray(0, this.size), values };
  }
}

/** A county table to fill: its years, its county codes, and room for every metric in each. */
function countyTable<Name extends string>(
  state: CountyYearState,
  reference: ReferenceList,
  metrics: number,
  names: readonly Name[],
): { years: number[]; codes: number[]; c: CountyColumns<Name> } {
  const years = state.yearList();
  const codes = reference.countyCodes.map(Number);
  return { years, codes, c: new CountyColumns(years.length * codes.length * metrics, names) };
}

function rejectedFor(
  state: CountyYearState,
  year: number,
  county: number,
  stages: readonly Stage[],
): boolean {
  for (const stage of stages) if (state.get(year, county, REJECTED_SLOT[stage]) > 0) return true;
  return false;
}

/** A metric as the county tables need it, looked up once: its key index, stages and slots. */
interface CountyMetric<Slots> {
  index: number;
  stages: readonly Stage[];
  /** null: gross enrollment, from the kindergartens and the population. */
  slots: Slots | null;
}

const RATIO_METRICS: CountyMetric<RatioSlots>[] = METRICS.flatMap((m, index) =>
  m.kind === 'ratio'
    ? [
        {
          index,
          stages: m.stages,
          slots: m.id === 'preschool_gross_enrollment' ? null : RATIO_SLOTS[m.id]!,
        },
      ]
    : [],
);
const CV_METRICS: CountyMetric<CvSlots>[] = METRICS.flatMap((m, index) => {
  const slots = CV_SLOTS[m.id];
  return slots ? [{ index, stages: m.stages, slots }] : [];
});

/** County rows of the ratio metrics: what each county contributes, and whether it is complete. */
function countyRatioTable(
  state: CountyYearState,
  population: PopulationLookup | null,
  reference: ReferenceList,
): RatioTable {
  const { years, codes, c } = countyTable(state, reference, RATIO_METRICS.length, RATIO_COLUMNS);
  const { numerator, denominator, incomplete, remap } = c.values;
  for (const year of years) {
    for (let county = 0; county < codes.length; county++) {
      for (const metric of RATIO_METRICS) {
        const rejected = rejectedFor(state, year, county, metric.stages);
        const contribution = metric.slots
          ? ratioOf(state, year, county, metric.slots, rejected)
          : grossEnrollmentOf(state, population, year, county);
        if (!contribution) continue;
        const i = c.add(unitKey(year, metric.index, codes[county]));
        numerator[i] = contribution.num;
        denominator[i] = contribution.den;
        incomplete[i] = contribution.incomplete || rejected ? 1 : 0;
        const fromPopulation = metric.slots ? 0 : (population?.remapDepthOf?.(year, county) ?? 0);
        remap[i] = Math.max(remapDepthFor(state, year, county, metric.stages), fromPopulation);
      }
    }
  }
  return c.table();
}

type Contribution = { num: number; den: number; incomplete: boolean } | null;

function ratioOf(
  state: CountyYearState,
  year: number,
  county: number,
  slots: RatioSlots,
  rejected: boolean,
): Contribution {
  const den = state.get(year, county, slots.den);
  const leftOut = state.get(year, county, slots.leftOut) > 0;
  if (den === 0 && !leftOut && !rejected) return null;
  return { num: state.get(year, county, slots.num), den, incomplete: leftOut };
}

/**
 * A county-year contributes to gross enrollment when it has kindergartens,
 * every one with a child count, and a known population above zero.
 */
function grossEnrollmentOf(
  state: CountyYearState,
  population: PopulationLookup | null,
  year: number,
  county: number,
): Contribution {
  const kindergartens = state.get(year, county, F.kgRows);
  const rejected = state.get(year, county, F.rejectedKindergarten) > 0;
  if (kindergartens === 0) return rejected ? { num: 0, den: 0, incomplete: true } : null;
  if (!population) return null;
  const residents = population.populationOf(year, county);
  const complete = state.get(year, county, F.kgChildrenMissing) === 0 && residents > 0;
  if (!complete) return { num: 0, den: 0, incomplete: true };
  return { num: state.get(year, county, F.kgChildren), den: residents, incomplete: false };
}

/** County rows of the CV metrics: schools, Σweights, Σ(weight·x), and M2 about the mean. */
function countyCvTable(state: CountyYearState, reference: ReferenceList): MomentTable {
  const { years, codes, c } = countyTable(state, reference, CV_METRICS.length, MOMENT_COLUMNS);
  const { n, w, a, m2, incomplete, remap } = c.values;
  for (const year of years) {
    for (let county = 0; county < codes.length; county++) {
      for (const metric of CV_METRICS) {
        const slots = metric.slots!;
        const schools = state.get(year, county, slots.n);
        const leftOut = state.get(year, county, slots.leftOut) > 0;
        const rejected = rejectedFor(state, year, county, metric.stages);
        if (schools === 0 && !leftOut && !rejected) continue;
        const i = c.add(unitKey(year, metric.index, codes[county]));
        n[i] = schools;
        w[i] = state.get(year, county, slots.w);
        a[i] = state.get(year, county, slots.a);
        m2[i] = state.get(year, county, slots.m2);
        incomplete[i] = leftOut || rejected ? 1 : 0;
        remap[i] = remapDepthFor(state, year, county, metric.stages);
      }
    }
  }
  return c.table();
}

/**
 * The rows of a table grouped under their parent units: each row's group,
 * and each group's key, groups numbered in order of first appearance.
 * Sums over a group then add its rows in table order, the order Arquero's
 * groupby/rollup added them in before, so every sum is the same number.
 */
function groupByParent(
  keys: Float64Array,
  level: Exclude<Level, 'county'>,
): { groupOf: Int32Array; groupKeys: Float64Array } {
  const span = PARENT_SPAN[level];
  const groupOf = new Int32Array(keys.length);
  const index = new Map<number, number>();
  const found: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const parent = keys[i] - (keys[i] % span);
    let g = index.get(parent);
    if (g === undefined) {
      g = found.length;
      index.set(parent, g);
      found.push(parent);
    }
    groupOf[i] = g;
  }
  return { groupOf, groupKeys: Float64Array.from(found) };
}

/** Per group: Σ of `from` over its rows, in row order. */
function sumBy(groupOf: Int32Array, groups: number, from: Float64Array): Float64Array {
  const out = new Float64Array(groups);
  for (let i = 0; i < from.length; i++) out[groupOf[i]] += from[i];
  return out;
}

/** Per group: the largest of `from` over its rows. */
function maxBy(groupOf: Int32Array, groups: number, from: Float64Array): Float64Array {
  const out = new Float64Array(groups).fill(-Infinity);
  for (let i = 0; i < from.length; i++) {
    const g = groupOf[i];
    if (from[i] > out[g]) out[g] = from[i];
  }
  return out;
}

/** Σnumerator, Σdenominator and any-incomplete per unit of `level`, from the level below. */
function rollupRatios(below: RatioTable, level: Exclude<Level, 'county'>): RatioTable {
  const { groupOf, groupKeys } = groupByParent(below.key, level);
  const groups = groupKeys.length;
  const v = below.values;
  return {
    key: groupKeys,
    values: {
      numerator: sumBy(groupOf, groups, v.numerator),
      denominator: sumBy(groupOf, groups, v.denominator),
      incomplete: maxBy(groupOf, groups, v.incomplete),
      remap: maxBy(groupOf, groups, v.remap),
    },
  };
}

/**
 * Moments per unit of `level` from the level below: M2 = Σ M2ᵢ + Σ wᵢ (x̄ᵢ − x̄)²,
 * with x̄ᵢ = aᵢ/wᵢ and x̄ = Σa/Σw — the exact two-pass combination, accurate
 * even when CVs are small.
 */
function rollupMoments(below: MomentTable, level: Exclude<Level, 'county'>): MomentTable {
  const { groupOf, groupKeys } = groupByParent(below.key, level);
  const groups = groupKeys.length;
  const { n, w, a, m2, incomplete, remap } = below.values;
  const wt = sumBy(groupOf, groups, w);
  const at = sumBy(groupOf, groups, a);
  const between = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const g = groupOf[i];
    between[i] = w[i] > 0 ? w[i] * (a[i] / w[i] - at[g] / wt[g]) ** 2 : 0;
  }
  const within = sumBy(groupOf, groups, m2);
  const betweenSum = sumBy(groupOf, groups, between);
  const total = new Float64Array(groups);
  for (let g = 0; g < groups; g++) total[g] = within[g] + betweenSum[g];
  return {
    key: groupKeys,
    values: {
      n: sumBy(groupOf, groups, n),
      w: wt,
      a: at,
      m2: total,
      incomplete: maxBy(groupOf, groups, incomplete),
      remap: maxBy(groupOf, groups, remap),
    },
  };
}

const BOTTOM_UP = ['prefecture', 'province', 'nation'] as const;

/** The tables of every level, bottom-up, each rolled up from the one below; keys in `key`. */
function tablesByLevel<T>(
  counties: T,
  rollup: (below: T, level: Exclude<Level, 'county'>) => T,
): Map<Level, T> {
  const tables = new Map<Level, T>([['county', counties]]);
  let below = counties;
  for (const level of BOTTOM_UP) {
    below = rollup(below, level);
    tables.set(level, below);
  }
  return tables;
}

/** CV = S / X̄; undefined with fewer than 2 schools or X̄ = 0. */
export function balanceCv(m: { n: number; w: number; a: number; m2: number }): number | null {
  if (m.n < 2 || m.a <= 0 || m.w <= 0) return null;
  const mean = m.a / m.w;
  const variance = Math.max(0, m.m2 / m.w);
  return Math.sqrt(variance) / mean;
}

/** Units that lack some of their counties in a year (coverage.ts): keys `level:code` by year. */
export type PartialUnits = ReadonlyMap<number, ReadonlySet<string>>;

const FLAG_ORDER = new Map(FLAGS.map((flag, i) => [flag, i]));
const LEVEL_ORDER = new Map(LEVELS.map((level, i) => [level, i]));
const METRIC_ORDER = METRICS.map((m) => metricOrder(m.id));

/** One number that orders rows by year, then level top-down, then code, then catalogue order. */
function orderKey(year: number, level: number, code: number, metric: number): number {
  return (((year - 1900) * 4 + level) * CODE_SPAN + code) * 16 + METRIC_ORDER[metric];
}

/**
 * Output rows from unit keys: the unit's name and parent from the reference
 * list, the `partial` flag from coverage, and each row's place in the order.
 */
class OutputRows {
  readonly rows: AggregateRow[] = [];
  private readonly orderKeys: number[] = [];
  private readonly units: Map<number, ReferenceList['units'][number]>[];
  /** Partial units by year, as level index · 10⁶ + code. */
  private readonly partial = new Map<number, Set<number>>();

  constructor(reference: ReferenceList, partialUnits: PartialUnits) {
    this.units = LEVELS.map(() => new Map());
    for (const u of reference.units) this.units[LEVEL_ORDER.get(u.level)!].set(Number(u.code), u);
    for (const [year, units] of partialUnits) {
      const keys = new Set<number>();
      for (const unit of units) {
        const [level, code] = unit.split(':');
        keys.add(LEVEL_ORDER.get(level as Level)! * CODE_SPAN + Number(code));
      }
      this.partial.set(year, keys);
    }
  }

  add(
    level: number,
    key: number,
    numerator: number | null,
    denominator: number | null,
    value: number,
    flags: Flag[],
  ): void {
    const code = key % CODE_SPAN;
    const u = this.units[level].get(code);
    if (!u) throw new Error(`no reference unit for ${LEVELS[level]} ${code}`);
    const rest = (key - code) / CODE_SPAN;
    const year = Math.floor(rest / 16) + 1900;
    const metric = rest % 16;
    if (this.partial.get(year)?.has(level * CODE_SPAN + code)) {
      flags.push('partial');
      flags.sort((x, y) => FLAG_ORDER.get(x)! - FLAG_ORDER.get(y)!);
    }
    this.orderKeys.push(orderKey(year, level, code, metric));
    this.rows.push({
      level: LEVELS[level],
      code: u.code,
      name: u.name,
      parent: u.parent,
      year,
      metric: METRICS[metric].id,
      numerator,
      denominator,
      value,
      flags,
    });
  }

  sorted(): AggregateRow[] {
    return inOrder(this.rows, this.orderKeys);
  }
}

/** Ratio rows of one level: Σnumerator / Σdenominator where the denominator is above zero. */
function addRatioRows(out: OutputRows, table: RatioTable, level: Level): void {
  const levelIndex = LEVEL_ORDER.get(level)!;
  const keys = table.key;
  const {
    numerator: numerators,
    denominator: denominators,
    incomplete,
    remap: remapped,
  } = table.values;
  const remapDepth = REMAP_DEPTH_OF_LEVEL[level];
  for (let i = 0; i < keys.length; i++) {
    const numerator = numerators[i];
    const denominator = denominators[i];
    if (denominator <= 0) continue;
    const flags: Flag[] = [];
    if (incomplete[i]) flags.push('incomplete');
    if (numerator > denominator) flags.push('over_100');
    if (remapped[i] >= remapDepth) flags.push('remapped');
    out.add(levelIndex, keys[i], numerator, denominator, numerator / denominator, flags);
  }
}

/** Balance CV rows of one level, where a CV is defined. */
function addCvRows(out: OutputRows, table: MomentTable, level: Level): void {
  const levelIndex = LEVEL_ORDER.get(level)!;
  const keys = table.key;
  const { n, w, a, m2, incomplete, remap: remapped } = table.values;
  const remapDepth = REMAP_DEPTH_OF_LEVEL[level];
  for (let i = 0; i < keys.length; i++) {
    const cv = balanceCv({ n: n[i], w: w[i], a: a[i], m2: m2[i] });
    if (cv === null) continue;
    const flags: Flag[] = incomplete[i] ? ['incomplete'] : [];
    if (remapped[i] >= remapDepth) flags.push('remapped');
    out.add(levelIndex, keys[i], null, null, cv, flags);
  }
}

export function aggregate(
  state: CountyYearState,
  population: PopulationLookup | null,
  reference: ReferenceList,
  partialUnits: PartialUnits = new Map(),
): AggregateRow[] {
  const ratioTables = tablesByLevel(countyRatioTable(state, population, reference), rollupRatios);
  const momentTables = tablesByLevel(countyCvTable(state, reference), rollupMoments);
  const out = new OutputRows(reference, partialUnits);
  for (const level of LEVELS) {
    addRatioRows(out, ratioTables.get(level)!, level);
    addCvRows(out, momentTables.get(level)!, level);
  }
  return out.sorted();
}

/**
 * Rows in the order of their keys (one distinct integer per row). Each key is
 * packed with its row's index into one number, so that a native numeric sort
 * does the work; keys too large to pack exactly are sorted with a comparator.
 */
function inOrder(rows: readonly AggregateRow[], keys: ArrayLike<number>): AggregateRow[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < keys.length; i++) {
    min = Math.min(min, keys[i]);
    max = Math.max(max, keys[i]);
  }
  const span = 2 ** Math.ceil(Math.log2(rows.length + 1));
  if (rows.length === 0 || (max - min + 1) * span > Number.MAX_SAFE_INTEGER) {
    const order = Uint32Array.from(rows.keys()).sort((a, b) => keys[a] - keys[b]);
    return Array.from(order, (i) => rows[i]);
  }
  const packed = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) packed[i] = (keys[i] - min) * span + i;
  packed.sort();
  // A plain loop: Array.from with a mapping function costs several times as much here.
  const sorted = new Array<AggregateRow>(rows.length);
  for (let i = 0; i < packed.length; i++) sorted[i] = rows[packed[i] % span];
  return sorted;
}

/** Year, then level top-down, then code, then catalogue order. */
export function sortAggregates(rows: AggregateRow[]): AggregateRow[] {
  const keys = rows.map((r) =>
    orderKey(r.year, LEVEL_ORDER.get(r.level)!, Number(r.code), METRIC_INDEX.get(r.metric)!),
  );
  return inOrder(rows, keys);
}
