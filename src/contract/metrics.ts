// The metric catalogue: the single definition of every metric, imported by the
// build scripts and by the client, so that both agree by construction.
// Source of truth for the definitions: docs/data-contract.md ("Metrics"). The
// texts only some views show (formula, how to read, numerator and
// denominator, what closing a gap counts, the reference values' source, the
// policy's note) are in metric-texts.ts, so that a ranking embed does not
// carry them.

export type Stage = 'kindergarten' | 'primary' | 'junior' | 'senior';
export const STAGES: readonly Stage[] = ['kindergarten', 'primary', 'junior', 'senior'];

export interface Localized {
  zh: string;
  en: string;
}

export type MetricId =
  | 'preschool_gross_enrollment'
  | 'inclusive_kindergarten_coverage'
  | 'public_kindergarten_share'
  | 'class_multimedia_rate'
  | 'after_school_school_coverage'
  | 'after_school_student_participation'
  | 'after_school_teacher_participation'
  | 'multimedia_balance_cv_primary'
  | 'multimedia_balance_cv_junior';

export type MetricGroupId = 'preschool' | 'ict' | 'after_school' | 'balance';

export interface MetricGroup {
  id: MetricGroupId;
  name: Localized;
}

export const METRIC_GROUPS: readonly MetricGroup[] = [
  { id: 'preschool', name: { zh: '学前教育', en: 'Preschool' } },
  { id: 'ict', name: { zh: '信息化', en: 'Digital classrooms' } },
  { id: 'after_school', name: { zh: '课后服务', en: 'After-school service' } },
  { id: 'balance', name: { zh: '均衡', en: 'Balance' } },
];

/** A ratio is Σnumerator / Σdenominator at every level; a CV is the weighted balance coefficient. */
export type MetricKind = 'ratio' | 'cv';

export interface MetricTarget {
  /** The unit meets the target when value >= (or <=) this. */
  value: number;
  comparison: '>=' | '<=';
  /** Year the target applies to (national plan); null for standing thresholds. */
  year: number | null;
}

export interface MetricDefinition {
  id: MetricId;
  group: MetricGroupId;
  kind: MetricKind;
  name: Localized;
  shortName: Localized;
  stages: readonly Stage[];
  /** `fraction` values are shown as percentages; `cv` values as plain decimals. */
  unit: 'fraction' | 'cv';
  higherIsBetter: boolean;
  target: MetricTarget | null;
  /** National reference values by year (published bulletins), fractions. */
  reference: Readonly<Record<number, number>>;
  /**
   * `change`: the values are differences between two years (a derived view,
   * never in the catalogue), shown as 百分点 / plain differences.
   */
  valueKind?: 'level' | 'change';
  /**
   * A policy that started what the metric counts (after-school service: 双减,
   * 2021). Earlier years hold little or none of it: charts mark the year, and
   * a change is never measured from before it.
   */
  policy?: MetricPolicy;
  /**
   * Rounded class breaks for the map's fixed classes (the same every year);
   * absent: ten-point bins for rates. Metrics with a target default to it.
   */
  bins?: readonly number[];
}

/** The policy's note for a chart's footer is in metric-texts.ts (`policyNote`). */
export interface MetricPolicy {
  year: number;
  name: Localized;
}

const DOUBLE_REDUCTION: MetricPolicy = {
  year: 2021,
  name: { zh: '“双减”', en: '“Double reduction”' },
};

/** The first year a change may be measured from: the policy's year, if any. */
export function changeBaseYear(metric: Pick<MetricDefinition, 'policy'>, year: number): number {
  return metric.policy ? Math.max(year, metric.policy.year) : year;
}

/** What the catalogue's ratios share: fractions, shown as percentages, better higher. */
const RATE = { kind: 'ratio', unit: 'fraction', higherIsBetter: true } as const;

/** What the preschool rates share: they count kindergartens. */
const PRESCHOOL = { ...RATE, group: 'preschool', stages: ['kindergarten'] } as const;

/** A preschool target of the 14th Five-Year plan: at least `value` by 2025. */
function target2025(value: number): MetricTarget {
  return { value, comparison: '>=', year: 2025 };
}

/** What the after-school rates share: primary and junior schools, counted since 2021 (双减). */
const AFTER_SCHOOL = {
  ...RATE,
  group: 'after_school',
  stages: ['primary', 'junior'],
  target: null,
  reference: {},
  policy: DOUBLE_REDUCTION,
  bins: [0.2, 0.4, 0.6, 0.8],
} as const;

/** What the balance coefficients share: plain decimals, better lower. */
const BALANCE = {
  group: 'balance',
  kind: 'cv',
  unit: 'cv',
  higherIsBetter: false,
  reference: {},
} as const;

/** A balance standard: at most `value`, whatever the year. */
function threshold(value: number): MetricTarget {
  return { value, comparison: '<=', year: null };
}

export const METRICS: readonly MetricDefinition[] = [
  {
    ...PRESCHOOL,
    id: 'preschool_gross_enrollment',
    name: { zh: '学前三年毛入园率', en: 'Preschool gross enrollment ratio (3 years)' },
    shortName: { zh: '毛入园率', en: 'Gross enrollment' },
    target: target2025(0.9),
    reference: { 2019: 0.834, 2020: 0.852, 2021: 0.881, 2022: 0.897, 2023: 0.911 },
  },
  {
    ...PRESCHOOL,
    id: 'inclusive_kindergarten_coverage',
    name: { zh: '普惠性幼儿园覆盖率', en: 'Inclusive kindergarten coverage' },
    shortName: { zh: '普惠覆盖率', en: 'Inclusive coverage' },
    target: target2025(0.85),
    reference: { 2020: 0.8474, 2021: 0.8778, 2022: 0.8955, 2023: 0.908 },
  },
  {
    ...PRESCHOOL,
    id: 'public_kindergarten_share',
    name: { zh: '公办园在园幼儿占比', en: 'Share of children in public kindergartens' },
    shortName: { zh: '公办园占比', en: 'Public share' },
    target: target2025(0.5),
    reference: {},
  },
  {
    ...RATE,
    id: 'class_multimedia_rate',
    group: 'ict',
    name: { zh: '班级多媒体教学设备覆盖率', en: 'Classes with multimedia equipment' },
    shortName: { zh: '多媒体覆盖率', en: 'Multimedia classes' },
    stages: ['primary', 'junior', 'senior'],
    target: null,
    reference: {},
    bins: [0.8, 0.85, 0.9, 0.95],
  },
  {
    ...AFTER_SCHOOL,
    id: 'after_school_school_coverage',
    name: { zh: '课后服务学校覆盖率', en: 'Schools offering after-school service' },
    shortName: { zh: '课后服务学校', en: 'Schools offering' },
  },
  {
    ...AFTER_SCHOOL,
    id: 'after_school_student_participation',
    name: { zh: '课后服务学生参与率', en: 'Students in after-school service' },
    shortName: { zh: '学生参与率', en: 'Student participation' },
  },
  {
    ...AFTER_SCHOOL,
    id: 'after_school_teacher_participation',
    name: { zh: '课后服务教师参与率', en: 'Teachers in after-school service' },
    shortName: { zh: '教师参与率', en: 'Teacher participation' },
  },
  {
    ...BALANCE,
    id: 'multimedia_balance_cv_primary',
    name: {
      zh: '小学校际差异系数（每百名学生多媒体班级数）',
      en: 'Primary schools: balance coefficient (multimedia classes per 100 students)',
    },
    shortName: { zh: '小学差异系数', en: 'Primary CV' },
    stages: ['primary'],
    target: threshold(0.5),
  },
  {
    ...BALANCE,
    id: 'multimedia_balance_cv_junior',
    name: {
      zh: '初中校际差异系数（每百名学生多媒体班级数）',
      en: 'Junior secondary schools: balance coefficient (multimedia classes per 100 students)',
    },
    shortName: { zh: '初中差异系数', en: 'Junior CV' },
    stages: ['junior'],
    target: threshold(0.45),
  },
];

export const METRIC_IDS: readonly MetricId[] = METRICS.map((m) => m.id);

const METRIC_BY_ID = new Map<string, MetricDefinition>(METRICS.map((m) => [m.id, m]));

export function isMetricId(id: string): id is MetricId {
  return METRIC_BY_ID.has(id);
}

export function metricById(id: MetricId): MetricDefinition {
  const metric = METRIC_BY_ID.get(id);
  if (!metric) throw new Error(`unknown metric ${id}`);
  return metric;
}

/** Catalogue position, the sort order of `aggregates.csv`. */
export function metricOrder(id: MetricId): number {
  return METRIC_IDS.indexOf(id);
}

/** True when `value` meets the metric's target or threshold (targets read "以上" / "不高于"). */
export function meetsTarget(metric: MetricDefinition, value: number): boolean | null {
  if (!metric.target) return null;
  return metric.target.comparison === '>='
    ? value >= metric.target.value
    : value <= metric.target.value;
}

export type Flag = 'incomplete' | 'over_100' | 'partial' | 'remapped';
export const FLAGS: readonly Flag[] = ['incomplete', 'over_100', 'partial', 'remapped'];

/**
 * The metric's change between two years as a metric of its own, for the
 * diverging change map: classes split at zero (improved / worsened, respecting
 * higherIsBetter), values formatted as differences.
 */
export function changeMetric(metric: MetricDefinition, from: number, to: number): MetricDefinition {
  const span = `${from}→${to}`;
  return {
    ...metric,
    name: { zh: `${metric.name.zh}变化（${span}）`, en: `Change in ${metric.name.en} (${span})` },
    shortName: { zh: `${metric.shortName.zh}变化`, en: `${metric.shortName.en}, change` },
    target: {
      value: 0,
      comparison: metric.higherIsBetter ? '>=' : '<=',
      year: null,
    },
    valueKind: 'change',
  };
}
