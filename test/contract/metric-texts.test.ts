// The panels' texts about each metric live beside the catalogue (src/contract/metric-texts.ts):
// every catalogue metric has them, and a ratio names what it counts above and below the line.

import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/contract';
import { metricTexts } from '../../src/contract/metric-texts';

describe('metric texts', () => {
  it.each(METRICS.map((m) => [m.id, m] as const))(
    '%s has its texts in both languages',
    (_, metric) => {
      const texts = metricTexts(metric.id);
      for (const text of [texts.formula, texts.howToRead]) {
        expect(text.zh.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      if (metric.kind === 'ratio') {
        expect(texts.numerator?.zh).toBeTruthy();
        expect(texts.denominator?.en).toBeTruthy();
        expect(texts.countNoun?.zh).toBeTruthy();
      } else {
        expect([texts.numerator, texts.denominator, texts.countNoun]).toEqual([null, null, null]);
      }
    },
  );

  it('notes a policy exactly for the metrics that have one, and a reference source for reference values', () => {
    for (const metric of METRICS) {
      const texts = metricTexts(metric.id);
      expect(texts.policyNote !== null, metric.id).toBe(metric.policy !== undefined);
      expect(texts.targetSource !== null, metric.id).toBe(metric.target !== null);
      if (Object.keys(metric.reference).length)
        expect(texts.referenceSource, metric.id).not.toBeNull();
    }
  });

  it('gives the texts of the metric asked for', () => {
    expect(metricTexts('preschool_gross_enrollment').denominator?.zh).toBe('3—5岁常住人口');
    expect(metricTexts('class_multimedia_rate').countNoun?.en).toBe('classes');
  });
});
