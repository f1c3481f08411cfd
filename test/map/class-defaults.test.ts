import { describe, expect, it } from 'vitest';
import { classParamOf, defaultClassParam } from '../../src/app/class-default';
import { metricById } from '../../src/contract';
import { buildLegend, classify, defaultClassification, fixedBreaks } from '../../src/map';

const inclusive = metricById('inclusive_kindergarten_coverage'); // target ≥ 85 %
const cv = metricById('multimedia_balance_cv_primary'); // threshold ≤ 0.50
const multimedia = metricById('class_multimedia_rate'); // no target
const afterSchool = metricById('after_school_school_coverage'); // no target

describe('default classes', () => {
  it('are the target classes for a metric with a policy target, fixed bins otherwise', () => {
    expect(defaultClassParam(inclusive)).toBe('threshold');
    expect(defaultClassParam(cv)).toBe('threshold');
    expect(defaultClassParam(multimedia)).toBe('fixed');
    expect(defaultClassParam(afterSchool)).toBe('fixed');
    expect(defaultClassification(multimedia)).toEqual({ method: 'fixed', k: 5 });
    // A chosen method wins; quantiles stay one choice among others.
    expect(classParamOf('quantile', inclusive)).toBe('quantile');
    expect(classParamOf(null, inclusive)).toBe('threshold');
  });

  it('fixed bins are rounded and the same in every year, so the legend does not move', () => {
    const bins = fixedBreaks(multimedia);
    expect(bins).toEqual([0.8, 0.85, 0.9, 0.95]);
    const year2016 = classify([0.71, 0.83, 0.86, 0.88], 'fixed', 5, { bins });
    const year2024 = classify([0.93, 0.96, 0.97, 0.99], 'fixed', 5, { bins });
    expect(year2016.breaks).toEqual(year2024.breaks);
    expect(year2016.counts).toEqual([1, 1, 2, 0, 0]);
    expect(year2024.counts).toEqual([0, 0, 0, 1, 3]);
    const labels = buildLegend(year2024, multimedia, 'zh').entries.map((e) => e.label);
    expect(labels.slice(0, 5)).toEqual(['< 80%', '80% – 85%', '85% – 90%', '90% – 95%', '≥ 95%']);
  });

  it('after-school bins span 0–100 % in 20-point steps; rates default to ten-point bins', () => {
    expect(fixedBreaks(afterSchool)).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(fixedBreaks({ unit: 'fraction' })).toEqual([0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(fixedBreaks({ unit: 'cv' })).toEqual([0.3, 0.4, 0.5, 0.6]);
  });

  it('fixed without bins falls back to quantiles (and says so)', () => {
    expect(classify([0.1, 0.2, 0.3], 'fixed', 3).method).toBe('quantile');
  });
});
