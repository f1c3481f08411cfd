// From county-year sums to every level of the hierarchy. Ratios are sums of
// numerators over sums of denominators at every level; balance CVs combine the
// counties' weighted moments exactly (Chan et al.'s parallel formula). The
// roll-ups are Arquero verbs over small tables (one row per county, year and
// metric), never over school rows.

import * as aq from 'arquero';
import { LEVELS, NATION_CODE, prefectureCodeOf, provinceCodeOf, type Level } from '../../src/contract/geography';
import { METRICS, metricOrder, type Flag, type MetricId, type Stage } from '../../src/contract/metrics';
import { CountyYearState, CV_JUNIOR, CV_PRIMARY, F, type CvSlots } from './county-state';
import type { ReferenceList } from './reference';

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
  inclusive_kindergarten_coverage: { num: F.inclusiveNum, den: F.inclusiveDen, leftOut: F.inclusiveLeftOut },
  public_kindergarten_share: { num: F.publicNum, den: F.publicDen, leftOut: F.publicLeftOut },
  class_multimedia_rate: { num: F.multimediaNum, den: F.multimediaDen, leftOut: F.multimediaLeftOut },
  after_school_school_coverage: { num: F.asSchoolNum, den: F.asSchoolDen, leftOut: F.asSchoolLeftOut },
  after_school_student_participation: { num: F.asStudentNum, den: F.asStudentDen, leftOut: F.asStudentLeftOut },
  after_school_teacher_participation: { num: F.asTeacherNum, den: F.asTeacherDen, leftOut: F.asTeacherLeftOut },
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
}

interface CountyColumns {
  year: number[];
  metric: string[];
  code: string[];
  prefecture: string[];
  province: string[];
  nation: string[];
}

function emptyColumns(): CountyColumns {
  return { year: [], metric: [], code: [], prefecture: [], province: [], nation: [] };
}

function pushKey(c: CountyColumns, year: number, metric: MetricId, code: string): void {
  c.year.push(year);
  c.metric.push(metric);
  c.code.push(code);
  c.prefecture.push(prefectureCodeOf(code));
  c.province.push(provinceCodeOf(code));
  c.nation.push(NATION_CODE);
}

function rejectedFor(state: CountyYearState, year: number, county: number, stages: readonly Stage[]): boolean {
  return stages.some((stage) => state.get(year, county, REJECTED_SLOT[stage]) > 0);
}

/** County rows of the ratio metrics: what each county contributes, and whether it is complete. */
function countyRatioTable(state: CountyYearState, population: PopulationLookup | null, reference: ReferenceList) {
  const c = emptyColumns();
  const numerator: number[] = [];
  const denominator: number[] = [];
  const incomplete: number[] = [];
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
      }
    });
  }
  return aq.table({ ...c, numerator, denominator, incomplete });
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
      }
    });
  }
  return aq.table({ ...c, n, w, a, m2, incomplete });
}

type Table = ReturnType<typeof aq.table>;

const ROLLUP_KEYS: Record<Exclude<Level, 'county'>, string> = {
  prefecture: 'prefecture',
  province: 'province',
  nation: 'nation',
};

/** Σnumerator, Σdenominator and any-incomplete per unit of `level`. */
function rollupRatios(counties: Table, level: Level): Table {
  const key = level === 'county' ? 'code' : ROLLUP_KEYS[level];
  return counties
    .groupby('year', 'metric', key)
    .rollup({
      numerator: aq.op.sum('numerator'),
      denominator: aq.op.sum('denominator'),
      incomplete: aq.op.max('incomplete'),
    })
    .rename({ [key]: 'code' })
    .params({ level })
    .derive({ level: (_d: unknown, $: { level: string }) => $.level });
}

/**
 * Moments per unit of `level`: M2 = Σ M2ᵢ + Σ wᵢ (x̄ᵢ − x̄)², with x̄ᵢ = aᵢ/wᵢ and
 * x̄ = Σa/Σw, the two-pass form that stays accurate when CVs are small.
 */
function rollupMoments(counties: Table, level: Level): Table {
  if (level === 'county') {
    return counties
      .select('year', 'metric', 'code', 'n', 'w', 'a', 'm2', 'incomplete')
      .params({ level })
      .derive({ level: (_d: unknown, $: { level: string }) => $.level });
  }
  const key = ROLLUP_KEYS[level];
  const totals = counties
    .groupby('year', 'metric', key)
    .rollup({ wt: aq.op.sum('w'), at: aq.op.sum('a') });
  return counties
    .join(totals, [['year', 'metric', key], ['year', 'metric', key]])
    .derive({
      between: (d: { w: number; a: number; wt: number; at: number }) =>
        d.w > 0 ? d.w * (d.a / d.w - d.at / d.wt) ** 2 : 0,
    })
    .groupby('year', 'metric', key)
    .rollup({
      n: aq.op.sum('n'),
      w: aq.op.sum('w'),
      a: aq.op.sum('a'),
      within: aq.op.sum('m2'),
      between: aq.op.sum('between'),
      incomplete: aq.op.max('incomplete'),
    })
    .derive({ m2: (d: { within: number; between: number }) => d.within + d.between })
    .rename({ [key]: 'code' })
    .params({ level })
    .derive({ level: (_d: unknown, $: { level: string }) => $.level });
}

interface RatioRecord {
  year: number;
  metric: MetricId;
  code: string;
  level: Level;
  numerator: number;
  denominator: number;
  incomplete: number;
}

interface MomentRecord {
  year: number;
  metric: MetricId;
  code: string;
  level: Level;
  n: number;
  w: number;
  a: number;
  m2: number;
  incomplete: number;
}

/** CV = S / X̄; undefined with fewer than 2 schools or X̄ = 0. */
export function balanceCv(m: { n: number; w: number; a: number; m2: number }): number | null {
  if (m.n < 2 || m.a <= 0 || m.w <= 0) return null;
  const mean = m.a / m.w;
  const variance = Math.max(0, m.m2 / m.w);
  return Math.sqrt(variance) / mean;
}

export function aggregate(
  state: CountyYearState,
  population: PopulationLookup | null,
  reference: ReferenceList,
): AggregateRow[] {
  const ratios = countyRatioTable(state, population, reference);
  const moments = countyCvTable(state, reference);
  const rows: AggregateRow[] = [];
  const unit = (level: Level, code: string) => {
    const name = reference.nameOf(level, code);
    if (name === undefined) throw new Error(`no reference name for ${level} ${code}`);
    return { name, parent: level === 'nation' ? '' : level === 'province' ? NATION_CODE : level === 'prefecture' ? provinceCodeOf(code) : prefectureCodeOf(code) };
  };
  for (const level of LEVELS) {
    for (const r of rollupRatios(ratios, level).objects() as RatioRecord[]) {
      if (r.denominator <= 0) continue;
      const flags: Flag[] = [];
      if (r.incomplete) flags.push('incomplete');
      if (r.numerator > r.denominator) flags.push('over_100');
      rows.push({ ...r, ...unit(level, r.code), value: r.numerator / r.denominator, flags });
    }
    for (const m of rollupMoments(moments, level).objects() as MomentRecord[]) {
      const cv = balanceCv(m);
      if (cv === null) continue;
      rows.push({
        level,
        code: m.code,
        ...unit(level, m.code),
        year: m.year,
        metric: m.metric,
        numerator: null,
        denominator: null,
        value: cv,
        flags: m.incomplete ? ['incomplete'] : [],
      });
    }
  }
  return sortAggregates(rows);
}

const LEVEL_ORDER = new Map(LEVELS.map((level, i) => [level, i]));

/** Year, then level top-down, then code, then catalogue order. */
export function sortAggregates(rows: AggregateRow[]): AggregateRow[] {
  return rows.sort(
    (x, y) =>
      x.year - y.year ||
      LEVEL_ORDER.get(x.level)! - LEVEL_ORDER.get(y.level)! ||
      (x.code < y.code ? -1 : x.code > y.code ? 1 : 0) ||
      metricOrder(x.metric) - metricOrder(y.metric),
  );
}
