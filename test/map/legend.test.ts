import { describe, expect, it } from 'vitest';
import { metricById } from '../../src/contract';
import { classify } from '../../src/map/classify/classify';
import { NO_DATA_COLOUR } from '../../src/map/colour';
import { buildLegend } from '../../src/map/legend';

describe('buildLegend', () => {
  const coverage = metricById('inclusive_kindergarten_coverage');

  it('labels policy classes with the target and counts every class and no data', () => {
    const c = classify([0.7, 0.8, 0.9, 0.95, null], 'threshold', 3, {
      target: coverage.target,
      bandWidth: 0.1,
    });
    const legend = buildLegend(c, coverage, 'zh');
    expect(legend.entries.map((e) => [e.label, e.count, e.meetsTarget])).toEqual([
      ['未达标 < 75%', 1, false],
      ['未达标 75% – 85%', 1, false],
      ['达标 ≥ 85%', 2, true],
      ['无数据', 1, null],
    ]);
    expect(legend.entries[3].colour).toBe(NO_DATA_COLOUR);
    expect(legend.title).toBe('普惠性幼儿园覆盖率');
  });

  it('labels CV thresholds as plain decimals, closed above', () => {
    const cv = metricById('multimedia_balance_cv_junior');
    const c = classify([0.3, 0.45, 0.6], 'threshold', 2, { target: cv.target });
    expect(buildLegend(c, cv, 'en').entries.map((e) => `${e.label} (${e.count})`)).toEqual([
      'Meets target ≤ 0.45 (2)',
      'Below target > 0.45 (1)',
      'No data (0)',
    ]);
  });

  it('labels data classes from the smallest to the largest value', () => {
    const c = classify([0.8, 0.85, 0.9, 0.95], 'equal-interval', 3);
    const labels = buildLegend(c, coverage, 'en').entries.map((e) => e.label);
    expect(labels).toEqual(['80.0% – 85.0%', '85.0% – 90.0%', '90.0% – 95.0%', 'No data']);
  });
});

describe('break labels tell neighbouring classes apart', () => {
  it('uses as many decimals as neighbouring edges need, and the default otherwise', async () => {
    const { breakDigits, formatBreak } = await import('../../src/map/break-format');
    // 河南 2024, class multimedia rate, quantiles: edges 98.86%, 98.94%, 98.96%, 99.03%.
    const edges = [0.9886, 0.9894, 0.9896, 0.9903, 0.9951];
    const digits = breakDigits('fraction', edges);
    expect(digits).toBe(2);
    const labels = edges.map((v) => formatBreak('fraction', v, 'zh', false, false, digits));
    expect(new Set(labels).size).toBe(edges.length);
    expect(labels[1]).toBe('98.94%');
    expect(breakDigits('fraction', [0.85, 0.9, 0.95])).toBeUndefined();
    expect(breakDigits('cv', [0.301, 0.305, 0.41])).toBe(3);
  });
});
