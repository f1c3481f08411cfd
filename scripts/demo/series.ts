// National series the synthetic data is tuned to. Values for 2019–2023 (gross
// enrollment) and 2020–2023 (inclusive coverage) are the published bulletin
// figures; the rest are plausible interpolations, labelled as such in SYNTHETIC.md.
import type { Stage } from '../../src/contract/metrics';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;
export const YEARS: readonly number[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => FIRST_YEAR + i,
);

/** One value per year, 2015..2024. */
export type YearSeries = readonly number[];

export function valueIn(series: YearSeries, year: number): number {
  return series[year - FIRST_YEAR];
}

/** 学前三年毛入园率. */
export const GROSS_ENROLLMENT: YearSeries = [
  0.75, 0.774, 0.796, 0.817, 0.834, 0.852, 0.881, 0.897, 0.911, 0.92,
];
/** 普惠性幼儿园覆盖率 (public + inclusive private children / all children). */
export const INCLUSIVE_COVERAGE: YearSeries = [
  0.65, 0.68, 0.72, 0.76, 0.8, 0.8474, 0.8778, 0.8955, 0.908, 0.915,
];
/** 公办园在园幼儿占比. */
export const PUBLIC_SHARE: YearSeries = [
  0.45, 0.455, 0.46, 0.47, 0.485, 0.5, 0.515, 0.53, 0.54, 0.55,
];
/** 班级多媒体教学设备覆盖率 (primary, junior, senior classes). */
export const MULTIMEDIA_RATE: YearSeries = [
  0.75, 0.79, 0.83, 0.87, 0.9, 0.93, 0.955, 0.97, 0.982, 0.99,
];
/** Share of primary and junior schools offering after-school service (双减 from 2021). */
export const AFTER_SCHOOL_COVERAGE: YearSeries = [
  0.01, 0.015, 0.02, 0.03, 0.04, 0.06, 0.96, 0.985, 0.993, 0.996,
];
/** Σ students_after_school / Σ students over all primary and junior schools. */
export const AFTER_SCHOOL_STUDENTS: YearSeries = [
  0.003, 0.005, 0.007, 0.01, 0.014, 0.02, 0.86, 0.885, 0.905, 0.915,
];
/** Σ teachers_after_school / Σ teachers over all primary and junior schools. */
export const AFTER_SCHOOL_TEACHERS: YearSeries = [
  0.004, 0.006, 0.008, 0.012, 0.016, 0.024, 0.885, 0.91, 0.925, 0.935,
];

/** Resident population aged 3–5, nation, persons (birth cohorts 2010–2021). */
export const POPULATION_3_5: YearSeries = [
  49.0e6, 49.5e6, 50.0e6, 50.5e6, 51.0e6, 51.5e6, 50.5e6, 48.0e6, 44.5e6, 40.5e6,
];

/** Number of school units at scale 1, by stage. */
export const SCHOOL_COUNTS: Readonly<Record<Stage, YearSeries>> = {
  kindergarten: [224e3, 240e3, 255e3, 267e3, 281e3, 291e3, 295e3, 289e3, 274e3, 254e3],
  primary: [176e3, 170e3, 165e3, 161e3, 158e3, 156e3, 153e3, 149e3, 145e3, 141e3],
  junior: [52.4e3, 52.1e3, 51.9e3, 51.9e3, 52.2e3, 52.8e3, 52.9e3, 52.7e3, 52.3e3, 52.0e3],
  senior: [13.2e3, 13.4e3, 13.6e3, 13.7e3, 14.0e3, 14.2e3, 14.6e3, 15.0e3, 15.4e3, 15.6e3],
};

/** Students (children for kindergartens come from gross enrollment × population). */
export const STUDENTS: Readonly<Record<Exclude<Stage, 'kindergarten'>, YearSeries>> = {
  primary: [96.9e6, 99.1e6, 100.9e6, 103.4e6, 105.6e6, 107.3e6, 107.8e6, 107.3e6, 107.7e6, 106.0e6],
  junior: [43.1e6, 43.3e6, 44.4e6, 46.5e6, 48.3e6, 49.1e6, 50.2e6, 51.2e6, 52.4e6, 53.0e6],
  senior: [23.7e6, 23.7e6, 23.7e6, 23.8e6, 24.1e6, 24.9e6, 26.1e6, 27.1e6, 28.0e6, 29.0e6],
};
