// What the atlas's panels say about each metric (the about note, the profile's
// "how each number was computed", the gap table): how to read it, its formula,
// what is counted above and below the line, and what people closing a gap are
// counting; and the notes under a trend or change chart (the national
// reference values' source, the policy that started what is counted). Kept
// beside the catalogue (metrics.ts), not in it, so that a ranking embed, which
// shows none of them, does not carry them (nor is it re-exported by index.ts:
// a re-export would put it in every bundle that imports the contract).
// Source of truth: docs/data-contract.md ("Metrics").

import type { Localized, MetricId } from './metrics';

export interface MetricTexts {
  /** What is counted above and below the line; null for CVs. */
  numerator: Localized | null;
  denominator: Localized | null;
  formula: Localized;
  /** What people bringing counts to close a gap are counting (children, classes, ...). */
  countNoun: Localized | null;
  howToRead: Localized;
  /** Source of the catalogue's national reference values; null without any. */
  referenceSource: Localized | null;
  /** Why earlier years hold little (the metric's policy); null without a policy. */
  policyNote: Localized | null;
  /** The plan or standard the target comes from; null without a target. */
  targetSource: Localized | null;
}

const PRESCHOOL_PLAN: Localized = {
  zh: '《“十四五”学前教育发展提升行动计划》（2021）',
  en: '14th Five-Year Action Plan for Preschool Education (2021)',
};

const BALANCE_STANDARD: Localized = {
  zh: '县域义务教育优质均衡发展督导评估办法（2017）',
  en: 'Assessment standard for high-quality balanced compulsory education in counties (2017)',
};

const BULLETIN: Localized = {
  zh: '全国教育事业发展统计公报（教育部，各年）',
  en: 'Statistical Bulletin on National Educational Development (Ministry of Education, annual)',
};

const DOUBLE_REDUCTION_NOTE: Localized = {
  zh: '2021年“双减”政策后课后服务全面推开，此前很少开展；变化从2021年算起',
  en: 'After-school service became general with the 2021 “double reduction” policy and was rare before; changes are counted from 2021',
};

type Sources = 'referenceSource' | 'policyNote' | 'targetSource';

/** A ratio's texts as written: a reference source, policy note or plan only where it has one. */
type RatioTexts = Omit<MetricTexts, Sources> & Partial<Pick<MetricTexts, Sources>>;

function ratioTexts(texts: RatioTexts): MetricTexts {
  return { referenceSource: null, policyNote: null, targetSource: null, ...texts };
}

/** An after-school ratio's texts: counted since the 2021 “double reduction” policy. */
function afterSchoolTexts(texts: RatioTexts): MetricTexts {
  return ratioTexts({ ...texts, policyNote: DOUBLE_REDUCTION_NOTE });
}

/** A balance coefficient's texts, for one stage's schools and the standard's threshold. */
function balanceTexts(schools: Localized, threshold: string): MetricTexts {
  return {
    numerator: null,
    denominator: null,
    formula: {
      zh: 'CV = S ÷ X̄，Xi = 多媒体班级数 ÷ 在校生数 × 100，以在校生数加权',
      en: 'CV = S ÷ X̄ with Xi = multimedia classes ÷ students × 100, weighted by students',
    },
    countNoun: null,
    howToRead: {
      zh: `衡量区域内各${schools.zh}之间每百名学生多媒体班级数的差异，越小越均衡；不高于${threshold}为达标。`,
      en: `How unequal ${schools.en} in the area are in multimedia classes per 100 students: lower is more balanced; at most ${threshold} meets the national standard.`,
    },
    referenceSource: null,
    policyNote: null,
    targetSource: BALANCE_STANDARD,
  };
}

const METRIC_TEXTS: Readonly<Record<MetricId, MetricTexts>> = {
  preschool_gross_enrollment: ratioTexts({
    numerator: { zh: '在园幼儿数', en: 'children enrolled in kindergartens' },
    denominator: { zh: '3—5岁常住人口', en: 'resident population aged 3–5' },
    formula: {
      zh: 'Σ在园幼儿数 ÷ Σ3—5岁常住人口',
      en: 'Σ children enrolled ÷ Σ resident population aged 3–5',
    },
    countNoun: { zh: '名幼儿', en: 'children' },
    howToRead: {
      zh: '在园幼儿占3—5岁常住人口的比例。可超过100%：外地或超龄幼儿在本地入园。',
      en: 'Children enrolled as a share of resident children aged 3–5. It can exceed 100 % when children from elsewhere, or older children, attend local kindergartens.',
    },
    referenceSource: BULLETIN,
    targetSource: PRESCHOOL_PLAN,
  }),
  inclusive_kindergarten_coverage: ratioTexts({
    numerator: {
      zh: '公办园和普惠性民办园在园幼儿数',
      en: 'children in public or inclusive private kindergartens',
    },
    denominator: { zh: '在园幼儿数', en: 'children enrolled in kindergartens' },
    formula: {
      zh: 'Σ普惠性幼儿园（公办园及普惠性民办园）在园幼儿数 ÷ Σ在园幼儿数',
      en: 'Σ children in inclusive kindergartens (public ones, and private ones recognised as inclusive) ÷ Σ children enrolled',
    },
    countNoun: { zh: '个普惠性学位', en: 'inclusive places' },
    howToRead: {
      zh: '在公办园或普惠性民办园就读的幼儿占全部在园幼儿的比例。',
      en: 'Share of enrolled children who attend a public or an inclusive (price-capped) private kindergarten.',
    },
    referenceSource: BULLETIN,
    targetSource: PRESCHOOL_PLAN,
  }),
  public_kindergarten_share: ratioTexts({
    numerator: { zh: '公办园在园幼儿数', en: 'children in public kindergartens' },
    denominator: { zh: '在园幼儿数', en: 'children enrolled in kindergartens' },
    formula: {
      zh: 'Σ公办园在园幼儿数 ÷ Σ在园幼儿数',
      en: 'Σ children in public kindergartens ÷ Σ children enrolled',
    },
    countNoun: { zh: '个公办学位', en: 'public places' },
    howToRead: {
      zh: '在公办幼儿园就读的幼儿占全部在园幼儿的比例。',
      en: 'Share of enrolled children who attend a public kindergarten.',
    },
    targetSource: PRESCHOOL_PLAN,
  }),
  class_multimedia_rate: ratioTexts({
    numerator: { zh: '配备多媒体教学设备的班级数', en: 'classes with multimedia equipment' },
    denominator: { zh: '班级数', en: 'classes' },
    formula: {
      zh: 'Σ多媒体班级数 ÷ Σ班级数（小学、初中、高中）',
      en: 'Σ classes with multimedia ÷ Σ classes (primary, junior and senior secondary)',
    },
    countNoun: { zh: '个班级', en: 'classes' },
    howToRead: {
      zh: '配备多媒体教学设备的班级占全部班级的比例（中小学）。',
      en: 'Share of primary and secondary classes that have multimedia teaching equipment.',
    },
  }),
  after_school_school_coverage: afterSchoolTexts({
    numerator: { zh: '开展课后服务的学校数', en: 'schools offering after-school service' },
    denominator: { zh: '学校数（小学、初中）', en: 'schools (primary and junior)' },
    formula: {
      zh: '开展课后服务的学校数 ÷ 学校数（小学、初中）',
      en: 'schools offering after-school service ÷ schools (primary and junior)',
    },
    countNoun: { zh: '所学校', en: 'schools' },
    howToRead: {
      zh: '开展课后服务的义务教育学校占比。2021年“双减”后课后服务全面推开，此前很少。',
      en: 'Share of compulsory-education schools that offer after-school service. It became general with the 2021 “double reduction” policy; earlier years have little.',
    },
  }),
  after_school_student_participation: afterSchoolTexts({
    numerator: { zh: '参加课后服务学生数', en: 'students taking part' },
    denominator: { zh: '在校生数（小学、初中）', en: 'students (primary and junior)' },
    formula: { zh: 'Σ参加课后服务学生数 ÷ Σ在校生数', en: 'Σ students taking part ÷ Σ students' },
    countNoun: { zh: '名学生', en: 'students' },
    howToRead: {
      zh: '参加课后服务的学生占在校生的比例（小学、初中）。',
      en: 'Share of primary and junior secondary students who take part in after-school service.',
    },
  }),
  after_school_teacher_participation: afterSchoolTexts({
    numerator: { zh: '参与课后服务教师数', en: 'teachers taking part' },
    denominator: { zh: '专任教师数（小学、初中）', en: 'full-time teachers (primary and junior)' },
    formula: {
      zh: 'Σ参与课后服务教师数 ÷ Σ专任教师数',
      en: 'Σ teachers taking part ÷ Σ full-time teachers',
    },
    countNoun: { zh: '名教师', en: 'teachers' },
    howToRead: {
      zh: '参与课后服务的专任教师占专任教师总数的比例（小学、初中）。',
      en: 'Share of full-time primary and junior secondary teachers who take part in after-school service.',
    },
  }),
  multimedia_balance_cv_primary: balanceTexts({ zh: '小学', en: 'primary schools' }, '0.50'),
  multimedia_balance_cv_junior: balanceTexts(
    { zh: '初中', en: 'junior secondary schools' },
    '0.45',
  ),
};

export function metricTexts(id: MetricId): MetricTexts {
  return METRIC_TEXTS[id];
}
