// Partial values and units outside the data's scope on the map: never in the
// class breaks, drawn apart, with legend entries and tooltips of their own.

import type { Flag } from '../../src/contract';
import { describe, expect, it } from 'vitest';
import { metricById } from '../../src/contract';
import { colourPlan, coverageMarkOf } from '../../src/map/colour-plan';
import { tooltipFor } from '../../src/map/tooltip';
import type { UnitValue } from '../../src/map/values';

const v = (value: number | null, flags: Flag[] = []): UnitValue => ({ value, flags });
const metric = metricById('inclusive_kindergarten_coverage');

describe('coverageMarkOf', () => {
  it('marks context first, then partial values; a missing value is just missing', () => {
    const outside = new Set(['440000']);
    expect(coverageMarkOf('440000', v(0.9), outside)).toBe('outside');
    expect(coverageMarkOf('410000', v(0.9, ['partial']), outside)).toBe('partial');
    expect(coverageMarkOf('410000', v(null, ['partial']), outside)).toBeNull();
    expect(coverageMarkOf('420000', v(0.9, ['incomplete']), outside)).toBeNull();
  });
});

describe('colourPlan with coverage', () => {
  const codes = ['410000', '420000', '430000', '440000'];
  const values = new Map([
    ['410000', v(0.99, ['partial'])],
    ['420000', v(0.8)],
    ['430000', v(0.9)],
  ]);
  const plan = colourPlan(
    codes,
    values,
    metric,
    { method: 'equal-interval', k: 2 },
    'zh',
    {},
    new Set(['440000']),
  );

  it('leaves partial and outside units out of the class breaks and colours', () => {
    expect(plan.classification.domain).toEqual([0.8, 0.9]);
    expect(plan.fills.get('410000')).toBeNull();
    expect(plan.fills.get('440000')).toBeNull();
    expect(typeof plan.fills.get('420000')).toBe('string');
    expect(plan.marks).toEqual(
      new Map([
        ['410000', 'partial'],
        ['440000', 'outside'],
      ]),
    );
    expect(plan.classification.missing).toBe(0);
  });

  it('gives partial and outside units legend entries of their own', () => {
    const extra = plan.legend.entries.filter((e) => e.kind === 'partial' || e.kind === 'outside');
    expect(extra.map((e) => [e.kind, e.label, e.count])).toEqual([
      ['partial', '仅部分覆盖（不分级）', 1],
      ['outside', '不在数据范围内', 1],
    ]);
  });

  it('shows no empty class when every unit with a value is partial', () => {
    const onlyPartial = colourPlan(
      ['410000', '440000'],
      values,
      metric,
      { method: 'quantile', k: 5 },
      'zh',
      {},
      new Set(['440000']),
    );
    expect(onlyPartial.legend.entries.map((e) => e.kind)).toEqual([
      'no-data',
      'partial',
      'outside',
    ]);
  });

  it('adds no such entries when every unit is complete and in scope', () => {
    const plain = colourPlan(codes.slice(1, 3), values, metric, { method: 'quantile', k: 2 }, 'en');
    expect(plain.legend.entries.map((e) => e.kind)).toEqual(['class', 'class', 'no-data']);
  });
});

describe('tooltip with coverage', () => {
  const peers = new Map([
    ['410000', v(0.99, ['partial'])],
    ['420000', v(0.8)],
  ]);
  const context = {
    metric,
    locale: 'zh' as const,
    peers,
    parentName: '全国',
    reference: null,
  };

  it('says how much a partial value covers and gives it no rank', () => {
    const t = tooltipFor({ code: '410000', name: '河南省' }, peers.get('410000'), {
      ...context,
      coverageNote: '数据覆盖18个地级单位中的1个',
    });
    expect(t.rank).toBeNull();
    expect(t.lines[0]).toEqual({
      label: '仅部分覆盖',
      text: '数据覆盖18个地级单位中的1个',
      difference: null,
    });
  });

  it('ranks complete units without the partial one', () => {
    const t = tooltipFor({ code: '420000', name: '湖北省' }, peers.get('420000'), context);
    expect(t.rank).toBe('全国第1名（共1个）');
  });

  it('calls a unit outside the scope what it is, not missing data', () => {
    const t = tooltipFor({ code: '440000', name: '广东省' }, undefined, {
      ...context,
      outsideScope: true,
    });
    expect(t.value).toBe('不在数据范围内');
    expect(t.rank).toBeNull();
  });
});
