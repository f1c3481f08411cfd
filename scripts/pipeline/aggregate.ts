// From county-year sums to every level of the hierarchy. Ratios are sums of
// numerators over sums of denominators at every level; balance CVs combine the
// counties' weighted moments exactly (Chan et al.'s parallel formula). The
// roll-ups are Arquero verbs over small tables (one row per county, year and
// metric), never over school rows.

import * as aq from 'arquero';
import { LEVELS, type Level } from '../../src/contract/geography';
import {
  FLAGS,
  METRICS,
  metricOrder,
  type Flag,
  type MetricId,
  type Stage,
} from '../../src/contract/metrics';
import { CountyYearState, CV_JUNIOR, CV_PRIMARY, F, type CvSlots } from './county-state';
import type { ReferenceList } from './reference';
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
 * Group keys as single numbers, one column per level: year, metric and the
 * unit's code packed as ((year − 1900) · 16 + metric) · 10⁶ + code. Arquero
 * groups on one numeric column far faster than on three string columns.
 */
interface CountyColumns {
  county: number[];
  prefecture: number[];
  province: number[];
  nation: number[];
}

const CODE_SPAN = 1_000_000;
const METRIC_INDEX = new Map(METRICS.map((m, i) => [m.id, i]));

function emptyColumns(): CountyColumns {
  return { county: [], prefecture: [], province: [], nation: [] };
}

/** Keys of one county-year-metric at every level (prefix rule on the numeric code). */
function pushKey(c: CountyColumns, year: number, metric: MetricId, code: string): void {
  const base = ((year - 1900) * 16 + METRIC_INDEX.get(metric)!) * CODE_SPAN;
  const county = Number(code);
  c.county.push(base + county);
  c.prefecture.push(base + Math.floor(county / 100) * 100);
  c.province.push(base + Math.floor(county / 10_000) * 10_000);
  c.nation.push(base);
}

function rejectedFor(
  state: CountyYearState,
  year: number,
  county: number,
  stages: readonly Stage[],
): boolean {
  return stages.some((stage) => state.get(year, county, REJECTED_SLOT[stage]) > 0);
}

/** County rows of the ratio metrics: what each county contributes, and whether it is complete. */
function countyRatioTable(
  state: CountyYearState,
  population: PopulationLookup | null,
  reference: ReferenceList,
) {
  const c = emptyColumns();
  const numerator: number[] = [];
  const denominator: number[] = [];
  const incomplete: number[] = [];
  const remap: number[] = [];
  for (const year of state.yearList()) {
    reference.countyCodes.forEach((code, county) => {
      for (const metric of METRICS) {
        if (metric.kind !== 'ratio') continue;
        const rejected = rejectedFor(state, year, county, metric.stages);
        const contribution =
          metric.id === 'preschool_gross_enrollment'
            ? grossEnrollmentOf(state, population, year, county)
            : ratioOf(state, year, county, RATIO_SLOTS[metric.id]!, rejected);
        if (!contribution) continue;
        pushKey(c, year, metric.id, code);
        numerator.push(contribution.num);
        denominator.push(contribution.den);
        incomplete.push(contribution.incomplete || rejected ? 1 : 0);
        const fromPopulation =
          metric.id === 'preschool_gross_enrollment'
            ? (population?.remapDepthOf?.(year, county) ?? 0)
            : 0;
        remap.push(Math.max(remapDepthFor(state, year, county, metric.stages), fromPopulation));
      }
    });
  }
  return aq.table({ ...c, numerator, denominator, incomplete, remap });
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
function countyCvTable(state: CountyYearState, reference: ReferenceList) {
  const c = emptyColumns();
  const n: number[] = [];
  const w: number[] = [];
  const a: number[] = [];
  const m2: number[] = [];
  const incomplete: number[] = [];
  const remap: number[] = [];
  for (const year of state.yearList()) {
    reference.countyCodes.forEach((code, county) => {
      for (const metric of METRICS) {
        const slots = CV_SLOTS[metric.id];
        if (!slots) continue;
        const schools = state.get(year, county, slots.n);
        const leftOut = state.get(year, county, slots.leftOut) > 0;
        const rejected = rejectedFor(state, year, county, metric.stages);
        if (schools === 0 && !leftOut && !rejected) continue;
        pushKey(c, year, metric.id, code);
        n.push(schools);
        w.push(state.get(year, county, slots.w));
        a.push(state.get(year, county, slots.a));
        m2.push(state.get(year, county, slots.m2));
        incomplete.push(leftOut || rejected ? 1 : 0);
        remap.push(remapDepthFor(state, year, county, metric.stages));
      }
    });
  }
  return aq.table({ ...c, n, w, a, m2, incomplete, remap });
}

type Table = ReturnType<typeof aq.table>;

/**
 * The key column of each level, and the columns a level's rows carry so the
 * next level up can roll them up in turn: county → prefecture → province →
 * nation, each step over the (much smaller) table of the level below.
 */
const KEY_OF: Record<Level, keyof CountyColumns> = {
  county: 'county',
  prefecture: 'prefecture',
  province: 'province',
  nation: 'nation',
};
const CARRIED: Record<Level, (keyof CountyColumns)[]> = {
  county: ['prefecture', 'province', 'nation'],
  prefecture: ['province', 'nation'],
  province: ['nation'],
  nation: [],
};
const BOTTOM_UP: readonly Level[] = ['county', 'prefecture', 'province', 'nation'];

function carried(level: Level) {
  return Object.fromEntries(CARRIED[level].map((column) => [column, aq.op.any(column)]));
}

/** Σnumerator, Σdenominator and any-incomplete per unit of `level`, from the level below. */
function rollupRatios(below: Table, level: Level): Table {
  return below.groupby(KEY_OF[level]).rollup({
    numerator: aq.op.sum('numerator'),
    denominator: aq.op.sum('denominator'),
    incomplete: aq.op.max('incomplete'),
    remap: aq.op.max('remap'),
    ...carried(level),
  });
}

/**
 * Moments per unit of `level` from the level below: M2 = Σ M2ᵢ + Σ wᵢ (x̄ᵢ − x̄)²,
 * with x̄ᵢ = aᵢ/wᵢ and x̄ = Σa/Σw — the exact two-pass combination, accurate
 * even when CVs are small.
 */
function rollupMoments(below: Table, level: Level): Table {
  const key = KEY_OF[level];
  const totals = below.groupby(key).rollup({ wt: aq.op.sum('w'), at: aq.op.sum('a') });
  return below
    .join(totals, [key, key])
    .derive({
      between: (d: { w: number; a: number; wt: number; at: number }) =>
        d.w > 0 ? d.w * (d.a / d.w - d.at / d.wt) ** 2 : 0,
    })
    .groupby(key)
    .rollup({
      n: aq.op.sum('n'),
      w: aq.op.sum('w'),
      a: aq.op.sum('a'),
      within: aq.op.sum('m2'),
      between: aq.op.sum('between'),
      incomplete: aq.op.max('incomplete'),
      remap: aq.op.max('remap'),
      ...carried(level),
    })
    .derive({ m2: (d: { within: number; between: number }) => d.within + d.between });
}

/** The tables of every level, bottom-up; each row's unit key is in the level's key column. */
function tablesByLevel(
  counties: Table,
  rollup: (below: Table, level: Level) => Table,
): Map<Level, Table> {
  const tables = new Map<Level, Table>([['county', counties]]);
  let below = counties;
  for (const level of BOTTOM_UP.slice(1)) {
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

export function aggregate(
  state: CountyYearState,
  population: PopulationLookup | null,
  reference: ReferenceList,
  partialUnits: PartialUnits = new Map(),
): AggregateRow[] {
  const ratios = countyRatioTable(state, population, reference);
  const moments = countyCvTable(state, reference);
  // Units by level and numeric code: no string keys per row.
  // Units by level and numeric code: no string keys per row.
  const unitsByLevel = new Map<Level, Map<number, ReferenceList['units'][number]>>(
    LEVELS.map((level) => [level, new Map()]),
  );
  for (const u of reference.units) unitsByLevel.get(u.level)!.set(Number(u.code), u);
  const rows: AggregateRow[] = [];
  const ratioTables = tablesByLevel(ratios, rollupRatios);
  const momentTables = tablesByLevel(moments, rollupMoments);
  /** One output row: the unit's name and parent from the reference list. */
  const row = (
    level: Level,
    key: number,
    numerator: number | null,
    denominator: number | null,
    value: number,
    flags: Flag[],
  ): AggregateRow => {
    const codeNumber = key % CODE_SPAN;
    const u = unitsByLevel.get(level)!.get(codeNumber);
    if (!u) throw new Error(`no reference unit for ${level} ${codeNumber}`);
    const rest = (key - codeNumber) / CODE_SPAN;
    const year = Math.floor(rest / 16) + 1900;
    const metric = METRICS[rest % 16].id;
    if (partialUnits.get(year)?.has(`${level}:${u.code}`)) {
      flags.push('partial');
      flags.sort((x, y) => FLAG_ORDER.get(x)! - FLAG_ORDER.get(y)!);
    }
    return {
      level,
      code: u.code,
      name: u.name,
      parent: u.parent,
      year,
      metric,
      numerator,
      denominator,
      value,
      flags,
    };
  };
  /** A column of a level's table, read as an array (no row objects). */
  const column = (tables: Map<Level, Table>, level: Level, name: string) =>
    tables.get(level)!.array(name === 'key' ? KEY_OF[level] : name) as ArrayLike<number>;
  for (const level of LEVELS) {
    const keys = column(ratioTables, level, 'key');
    const numerators = column(ratioTables, level, 'numerator');
    const denominators = column(ratioTables, level, 'denominator');
    const incomplete = column(ratioTables, level, 'incomplete');
    const remapped = column(ratioTables, level, 'remap');
    const remapDepth = REMAP_DEPTH_OF_LEVEL[level];
    for (let i = 0; i < keys.length; i++) {
      const numerator = numerators[i];
      const denominator = denominators[i];
      if (denominator <= 0) continue;
      const flags: Flag[] = [];
      if (incomplete[i]) flags.push('incomplete');
      if (numerator > denominator) flags.push('over_100');
      if (remapped[i] >= remapDepth) flags.push('remapped');
      const value = numerator / denominator;
      rows.push(row(level, keys[i], numerator, denominator, value, flags));
    }
    const momentKeys = column(momentTables, level, 'key');
    const [n, w, a, m2, momentIncomplete, momentRemapped] = [
      'n',
      'w',
      'a',
      'm2',
      'incomplete',
      'remap',
    ].map((name) => column(momentTables, level, name));
    for (let i = 0; i < momentKeys.length; i++) {
      const cv = balanceCv({ n: n[i], w: w[i], a: a[i], m2: m2[i] });
      if (cv === null) continue;
      const flags: Flag[] = momentIncomplete[i] ? ['incomplete'] : [];
      if (momentRemapped[i] >= remapDepth) flags.push('remapped');
      rows.push(row(level, momentKeys[i], null, null, cv, flags));
    }
  }
  return sortAggregates(rows);
}

const LEVEL_ORDER = new Map(LEVELS.map((level, i) => [level, i]));
const METRIC_ORDER = new Map(METRICS.map((m) => [m.id, metricOrder(m.id)]));

/** One number that orders rows by year, then level top-down, then code, then catalogue order. */
function sortKey(r: AggregateRow): number {
  return (
    (((r.year - 1000) * 4 + LEVEL_ORDER.get(r.level)!) * 1_000_000 + Number(r.code)) * 16 +
    METRIC_ORDER.get(r.metric)!
  );
}

/** Year, then level top-down, then code, then catalogue order. */
export function sortAggregates(rows: AggregateRow[]): AggregateRow[] {
  const keys = new Float64Array(rows.length);
  rows.forEach((r, i) => (keys[i] = sortKey(r)));
  const order = Uint32Array.from(rows.keys()).sort((a, b) => keys[a] - keys[b]);
  return Array.from(order, (i) => rows[i]);
}
