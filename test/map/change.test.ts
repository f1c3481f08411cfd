// The diverging change map: classes split at zero in bands each side,
// improved / worsened respecting higherIsBetter, differences formatted as
// 百分点 (plain for CVs), and no target line in the tooltip.

import { describe, expect, it } from 'vitest';
import { changeMetric, metricById } from '../../src/contract';
import { thresholdBreaks } from '../../src/map/classify/threshold';
import { colourPlan } from '../../src/map/colour-plan';
import { tooltipFor } from '../../src/map/tooltip';

const inclusive = changeMetric(metricById('inclusive_kindergarten_coverage'), 2020, 2024);
const cv = changeMetric(metricById('multimedia_balance_cv_primary'), 2015, 2024);

describe('change metric', () => {
  it('is the metric with a zero line and a change value kind', () => {
    expect(inclusive.target).toMatchObject({ value: 0, comparison: '>=' });
    expect(cv.target).toMatchObject({ value: 0, comparison: '<=' });
    expect(inclusive.valueKind).toBe('change');
    expect(inclusive.name.zh).toBe('普惠性幼儿园覆盖率变化（2020→2024）');
  });

  it('splits into two bands each side of zero', () => {
    expect(thresholdBreaks(inclusive.target!, 0.03, true)).toEqual({
      breaks: [-0.06, -0.03, 0, 0.03, 0.06],
      closure: 'lower',
      targetClass: 3,
    });
    expect(thresholdBreaks(cv.target!, 0.1, true).closure).toBe('upper');
  });

  it('labels the legend in 百分点 as improved or worsened, and counts each class', () => {
    const values = new Map([
      ['a', { value: -0.04, flags: [] }],
      ['b', { value: 0.01, flags: [] }],
      ['c', { value: 0.07, flags: [] }],
      ['d', { value: null, flags: [] }],
    ]);
    const plan = colourPlan(
      ['a', 'b', 'c', 'd'],
      values,
      inclusive,
      { method: 'threshold', k: 6, bandWidth: 0.03, symmetric: true },
      'zh',
    );
    const labels = plan.legend.entries.map((e) => `${e.label} ${e.count}`);
    expect(labels).toEqual([
      '退步 < -6.0个百分点 0',
      '退步 -6.0个百分点 – -3.0个百分点 1',
      '退步 -3.0个百分点 – 0.0个百分点 0',
      '改善 0.0个百分点 – +3.0个百分点 1',
      '改善 +3.0个百分点 – +6.0个百分点 0',
      '改善 ≥ +6.0个百分点 1',
      '无数据 1',
    ]);
    expect(plan.fills.get('d')).toBeNull();
  });

  it('shows a CV change as a plain difference, with lower as improved', () => {
    const values = new Map([['x', { value: -0.12, flags: [] }]]);
    const plan = colourPlan(
      ['x'],
      values,
      cv,
      { method: 'threshold', k: 6, bandWidth: 0.1, symmetric: true },
      'en',
    );
    expect(plan.legend.entries.find((e) => e.count === 1)?.label).toBe('Improved -0.20 – -0.10');
    const tip = tooltipFor({ code: 'x', name: 'X' }, values.get('x'), {
      metric: cv,
      locale: 'en',
      peers: values,
      parentName: 'China',
      reference: null,
    });
    expect(tip.value).toBe('-0.12');
    expect(tip.lines).toEqual([]);
  });
});
