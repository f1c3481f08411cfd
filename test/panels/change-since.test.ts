import { describe, expect, it } from 'vitest';
import { changeSince } from '../../src/components/profile/trends';
import type { MetricLine } from '../../src/components/profile/model';
import { changeBaseYear, metricById, type MetricId } from '../../src/contract';

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

function line(metric: MetricId, history: (number | null)[]): MetricLine {
  return { metric: metricById(metric), history, value: history.at(-1) ?? null } as MetricLine;
}

describe('the profile’s change line', () => {
  // The demo's after-school figures: about 0 % before 双减, then near 100 %.
  const afterSchool = [0, 0, 0, 0, 0, 0, 0.72, 0.9, 0.97, 1];

  it('never measures an after-school change from before 2021 (no “+100 points since 2015”)', () => {
    const result = changeSince(line('after_school_school_coverage', afterSchool), YEARS, 2024);
    expect(result.firstYear).toBe(2021);
    expect(result.firstValue).toBe(0.72);
    expect(result.change).toBeCloseTo(0.28, 12);
  });

  it('has no change line for an after-school year before the policy', () => {
    const result = changeSince(line('after_school_school_coverage', afterSchool), YEARS, 2019);
    expect(result).toEqual({ firstYear: null, firstValue: null, change: null });
  });

  it('measures other metrics from their first year with a value', () => {
    const history = [null, 0.8, 0.82, 0.83, 0.85, 0.86, 0.88, 0.9, 0.91, 0.93];
    const result = changeSince(line('inclusive_kindergarten_coverage', history), YEARS, 2024);
    expect(result.firstYear).toBe(2016);
    expect(result.change).toBeCloseTo(0.13, 12);
  });

  it('the catalogue dates after-school service from 双减 (2021) and nothing else', () => {
    expect(changeBaseYear(metricById('after_school_student_participation'), 2015)).toBe(2021);
    expect(changeBaseYear(metricById('after_school_teacher_participation'), 2023)).toBe(2023);
    expect(changeBaseYear(metricById('class_multimedia_rate'), 2015)).toBe(2015);
  });
});
