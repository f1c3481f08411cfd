// The metric catalogue: the single definition of every metric, imported by the
// build scripts and by the client, so that both agree by construction.
// Source of truth for the definitions: docs/data-contract.md ("Metrics").

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
  source: Localized;
}

export interface MetricDefinition {
  id: MetricId;
  group: MetricGroupId;
  kind: MetricKind;
  name: Localized;
  shortName: Localized;
  /** What is counted above and below the line; null for CVs. */
  numerator: Localized | null;
  denominator: Localized | null;
  formula: Localized;
  stages: readonly Stage[];
  /** `fraction` values are shown as percentages; `cv` values as plain decimals. */
  unit: 'fraction' | 'cv';
  higherIsBetter: boolean;
  target: MetricTarget | null;
  /** National reference values by year (published bulletins), fractions. */
  reference: Readonly<Record<number, number>>;
  referenceSource: Localized | null;
  /** What people bringing counts to close a gap are counting (children, classes, ...). */
  countNoun: Localized | null;
  howToRead: Localized;
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

export interface MetricPolicy {
  year: number;
  name: Localized;
  note: Localized;
}

const DOUBLE_REDUCTION: MetricPolicy = {
  year: 2021,
  name: { zh: '“双减”', en: '“Double reduction”' },
  note: {
    zh: '2021年“双减”政策后课后服务全面推开，此前很少开展；变化从2021年算起',
    en: 'After-school service became general with the 2021 “double reduction” policy and was rare before; changes are counted from 2021',
  },
};

/** The first year a change may be measured from: the policy's year, if any. */
export function changeBaseYear(metric: Pick<MetricDefinition, 'policy'>, year: number): number {
  return metric.policy ? Math.max(year, metric.policy.year) : year;
}

const BULLETIN: Localized = {
  zh: '全国教育事业发展统计公报（教育部，各年）',
  en: 'Statistical Bulletin on National Educational Development (Ministry of Education, annual)',
};

const PRESCHOOL_PLAN: Localized = {
  zh: '《“十四五”学前教育发展提升行动计划》（2021）',
  en: '14th Five-Year Action Plan for Preschool Education (2021)',
};

const BALANCE_STANDARD: Localized = {
  zh: '县域义务教育优质均衡发展督导评估办法（2017）',
  en: 'Assessment standard for high-quality balanced compulsory education in counties (2017)',
};

export const METRICS: readonly MetricDefinition[] = [
  {
    id: 'preschool_gross_enrollment',
    group: 'preschool',
    kind: 'ratio',
    name: { zh: '学前三年毛入园率', en: 'Preschool gross enrollment ratio (3 years)' },
    shortName: { zh: '毛入园率', en: 'Gross enrollment' },
    numerator: { zh: '在园幼儿数', en: 'children enrolled in kindergartens' },
    denominator: { zh: '3—5岁常住人口', en: 'resident population aged 3–5' },
    formula: {
      zh: 'Σ在园幼儿数 ÷ Σ3—5岁常住人口',
      en: 'Σ children enrolled ÷ Σ resident population aged 3–5',
    },
    stages: ['kindergarten'],
    unit: 'fraction',
    higherIsBetter: true,
    target: { value: 0.9, comparison: '>=', year: 2025, source: PRESCHOOL_PLAN },
    reference: { 2019: 0.834, 2020: 0.852, 2021: 0.881, 2022: 0.897, 2023: 0.911 },
    referenceSource: BULLETIN,
    countNoun: { zh: '名幼儿', en: 'children' },
    howToRead: {
      zh: '在园幼儿占3—5岁常住人口的比例。可超过100%：外地或超龄幼儿在本地入园。',
      en: 'Children enrolled as a share of resident children aged 3–5. It can exceed 100 % when children from elsewhere, or older children, attend local kindergartens.',
    },
  },
  {
    id: 'inclusive_kindergarten_coverage',
    group: 'preschool',
    kind: 'ratio',
    name: { zh: '普惠性幼儿园覆盖率', en: 'Inclusive kindergarten coverage' },
    shortName: { zh: '普惠覆盖率', en: 'Inclusive coverage' },
    numerator: {
      zh: '公办园和普惠性民办园在园幼儿数',
      en: 'children in public or inclusive private kindergartens',
    },
    denominator: { zh: '在园幼儿数', en: 'children enrolled in kindergartens' },
    formula: {
      zh: 'Σ普惠性幼儿园（公办园及普惠性民办园）在园幼儿数 ÷ Σ在园幼儿数',
      en: 'Σ children in inclusive kindergartens (public ones, and private ones recognised as inclusive) ÷ Σ children enrolled',
    },
    stages: ['kindergarten'],
    unit: 'fraction',
    higherIsBetter: true,
    target: { value: 0.85, comparison: '>=', year: 2025, source: PRESCHOOL_PLAN },
    reference: { 2020: 0.8474, 2021: 0.8778, 2022: 0.8955, 2023: 0.908 },
    referenceSource: BULLETIN,
    countNoun: { zh: '个普惠性学位', en: 'inclusive places' },
    howToRead: {
      zh: '在公办园或普惠性民办园就读的幼儿占全部在园幼儿的比例。',
      en: 'Share of enrolled children who attend a public or an inclusive (price-capped) private kindergarten.',
    },
  },
  {
    id: 'public_kindergarten_share',
    group: 'preschool',
    kind: 'ratio',
    name: { zh: '公办园在园幼儿占比', en: 'Share of children in public kindergartens' },
    shortName: { zh: '公办园占比', en: 'Public share' },
    numerator: { zh: '公办园在园幼儿数', en: 'children in public kindergartens' },
    denominator: { zh: '在园幼儿数', en: 'children enrolled in kindergartens' },
    formula: {
      zh: 'Σ公办园在园幼儿数 ÷ Σ在园幼儿数',
      en: 'Σ children in public kindergartens ÷ Σ children enrolled',
    },
    stages: ['kindergarten'],
    unit: 'fraction',
    higherIsBetter: true,
    target: { value: 0.5, comparison: '>=', year: 2025, source: PRESCHOOL_PLAN },
    reference: {},
    referenceSource: null,
    countNoun: { zh: '个公办学位', en: 'public places' },
    howToRead: {
      zh: '在公办幼儿园就读的幼儿占全部在园幼儿的比例。',
      en: 'Share of enrolled children who attend a public kindergarten.',
    },
  },
  {
    id: 'class_multimedia_rate',
    group: 'ict',
    kind: 'ratio',
    name: { zh: '班级多媒体教学设备覆盖率', en: 'Classes with multimedia equipment' },
    shortName: { zh: '多媒体覆盖率', en: 'Multimedia classes' },
    numerator: { zh: '配备多媒体教学设备的班级数', en: 'classes with multimedia equipment' },
    denominator: { zh: '班级数', en: 'classes' },
    formula: {
      zh: 'Σ多媒体班级数 ÷ Σ班级数（小学、初中、高中）',
      en: 'Σ classes with multimedia ÷ Σ classes (primary, junior and senior secondary)',
    },
    stages: ['primary', 'junior', 'senior'],
    unit: 'fraction',
    higherIsBetter: true,
    target: null,
    reference: {},
    referenceSource: null,
    bins: [0.8, 0.85, 0.9, 0.95],
    countNoun: { zh: '个班级', en: 'classes' },
    howToRead: {
      zh: '配备多媒体教学设备的班级占全部班级的比例（中小学）。',
      en: 'Share of primary and secondary classes that have multimedia teaching equipment.',
    },
  },
  {
    id: 'after_school_school_coverage',
    group: 'after_school',
    kind: 'ratio',
    name: { zh: '课后服务学校覆盖率', en: 'Schools offering after-school service' },
    shortName: { zh: '课后服务学校', en: 'Schools offering' },
    numerator: { zh: '开展课后服务的学校数', en: 'schools offering after-school service' },
    denominator: { zh: '学校数（小学、初中）', en: 'schools (primary and junior)' },
    formula: {
      zh: '开展课后服务的学校数 ÷ 学校数（小学、初中）',
      en: 'schools offering after-school service ÷ schools (primary and junior)',
    },
    stages: ['primary', 'junior'],
    unit: 'fraction',
    higherIsBetter: true,
    target: null,
    reference: {},
    referenceSource: null,
    policy: DOUBLE_REDUCTION,
    bins: [0.2, 0.4, 0.6, 0.8],
    countNoun: { zh: '所学校', en: 'schools' },
    howToRead: {
      zh: '开展课后服务的义务教育学校占比。2021年“双减”后课后服务全面推开，此前很少。',
      en: 'Share of compulsory-education schools that offer after-school service. It became general with the 2021 “double reduction” policy; earlier years have little.',
    },
  },
  {
    id: 'after_school_student_participation',
    group: 'after_school',
    kind: 'ratio',
    name: { zh: '课后服务学生参与率', en: 'Students in after-school service' },
    shortName: { zh: '学生参与率', en: 'Student participation' },
    numerator: { zh: '参加课后服务学生数', en: 'students taking part' },
    denominator: { zh: '在校生数（小学、初中）', en: 'students (primary and junior)' },
    formula: {
      zh: 'Σ参加课后服务学生数 ÷ Σ在校生数',
      en: 'Σ students taking part ÷ Σ students',
    },
    stages: ['primary', 'junior'],
    unit: 'fraction',
    higherIsBetter: true,
    target: null,
    reference: {},
    referenceSource: null,
    policy: DOUBLE_REDUCTION,
    bins: [0.2, 0.4, 0.6, 0.8],
    countNoun: { zh: '名学生', en: 'students' },
    howToRead: {
      zh: '参加课后服务的学生占在校生的比例（小学、初中）。',
      en: 'Share of primary and junior secondary students who take part in after-school service.',
    },
  },
  {
    id: 'after_school_teacher_participation',
    group: 'after_school',
    kind: 'ratio',
    name: { zh: '课后服务教师参与率', en: 'Teachers in after-school service' },
    shortName: { zh: '教师参与率', en: 'Teacher participation' },
    numerator: { zh: '参与课后服务教师数', en: 'teachers taking part' },
    denominator: { zh: '专任教师数（小学、初中）', en: 'full-time teachers (primary and junior)' },
    formula: {
      zh: 'Σ参与课后服务教师数 ÷ Σ专任教师数',
      en: 'Σ teachers taking part ÷ Σ full-time teachers',
    },
    stages: ['primary', 'junior'],
    unit: 'fraction',
    higherIsBetter: true,
    target: null,
    reference: {},
    referenceSource: null,
    policy: DOUBLE_REDUCTION,
    bins: [0.2, 0.4, 0.6, 0.8],
    countNoun: { zh: '名教师', en: 'teachers' },
    howToRead: {
      zh: '参与课后服务的专任教师占专任教师总数的比例（小学、初中）。',
      en: 'Share of full-time primary and junior secondary teachers who take part in after-school service.',
    },
  },
  {
    id: 'multimedia_balance_cv_primary',
    group: 'balance',
    kind: 'cv',
    name: {
      zh: '小学校际差异系数（每百名学生多媒体班级数）',
      en: 'Primary schools: balance coefficient (multimedia classes per 100 students)',
    },
    shortName: { zh: '小学差异系数', en: 'Primary CV' },
    numerator: null,
    denominator: null,
    formula: {
      zh: 'CV = S ÷ X̄，Xi = 多媒体班级数 ÷ 在校生数 × 100，以在校生数加权',
      en: 'CV = S ÷ X̄ with Xi = multimedia classes ÷ students × 100, weighted by students',
    },
    stages: ['primary'],
    unit: 'cv',
    higherIsBetter: false,
    target: { value: 0.5, comparison: '<=', year: null, source: BALANCE_STANDARD },
    reference: {},
    referenceSource: null,
    countNoun: null,
    howToRead: {
      zh: '衡量区域内各小学之间每百名学生多媒体班级数的差异，越小越均衡；不高于0.50为达标。',
      en: 'How unequal primary schools in the area are in multimedia classes per 100 students: lower is more balanced; at most 0.50 meets the national standard.',
    },
  },
  {
    id: 'multimedia_balance_cv_junior',
    group: 'balance',
    kind: 'cv',
    name: {
      zh: '初中校际差异系数（每百名学生多媒体班级数）',
      en: 'Junior secondary schools: balance coefficient (multimedia classes per 100 students)',
    },
    shortName: { zh: '初中差异系数', en: 'Junior CV' },
    numerator: null,
    denominator: null,
    formula: {
      zh: 'CV = S ÷ X̄，Xi = 多媒体班级数 ÷ 在校生数 × 100，以在校生数加权',
      en: 'CV = S ÷ X̄ with Xi = multimedia classes ÷ students × 100, weighted by students',
    },
    stages: ['junior'],
    unit: 'cv',
    higherIsBetter: false,
    target: { value: 0.45, comparison: '<=', year: null, source: BALANCE_STANDARD },
    reference: {},
    referenceSource: null,
    countNoun: null,
    howToRead: {
      zh: '衡量区域内各初中之间每百名学生多媒体班级数的差异，越小越均衡；不高于0.45为达标。',
      en: 'How unequal junior secondary schools in the area are in multimedia classes per 100 students: lower is more balanced; at most 0.45 meets the national standard.',
    },
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
      source: { zh: '与起始年份相比', en: 'compared with the first year' },
    },
    valueKind: 'change',
  };
}
