import type { Flag } from '../../src/contract';
import { describe, expect, it } from 'vitest';
import { metricById } from '../../src/contract';
import { tooltipFor, type TooltipContext } from '../../src/map/tooltip';
import type { UnitValue } from '../../src/map/values';

const v = (value: number | null, flags: Flag[] = []): UnitValue => ({ value, flags });

describe('tooltipFor', () => {
  const coverage = metricById('inclusive_kindergarten_coverage');
  const peers = new Map([
    ['410602', v(0.8)],
    ['410603', v(0.9)],
    ['410611', v(null)],
  ]);
  const context: TooltipContext = {
    metric: coverage,
    locale: 'zh',
    peers,
    parentName: '鹤壁市',
    reference: { name: '河南省', value: 0.87 },
  };

  it('gives value, rank in the parent and differences in 百分点', () => {
    const t = tooltipFor({ code: '410602', name: '鹤山区' }, peers.get('410602'), context);
    expect(t.value).toBe('80.0%');
    expect(t.rank).toBe('鹤壁市第2名（共2个）');
    expect(t.lines.map((l) => `${l.label} ${l.text}`)).toEqual([
      '比河南省 -7.0个百分点',
      '比目标 ≥ 85% -5.0个百分点',
    ]);
  });

  it('ranks among every unit of the list, a functional zone without an area included', () => {
    const withZone = new Map([...peers, ['410671', v(0.95)]]);
    const t = tooltipFor({ code: '410603', name: '山城区' }, peers.get('410603'), {
      ...context,
      peers: withZone,
    });
    expect(t.rank).toBe('鹤壁市第2名（共3个）');
  });

  it('shows no data for missing, never 0', () => {
    const t = tooltipFor({ code: '410611', name: '淇滨区' }, peers.get('410611'), {
      ...context,
      locale: 'en',
    });
    expect(t).toMatchObject({ value: 'No data', missing: true, rank: null, lines: [] });
  });

  it('gives CV differences as plain decimals', () => {
    const cv = metricById('multimedia_balance_cv_primary');
    const t = tooltipFor({ code: '410000', name: 'Henan' }, v(0.42, ['incomplete']), {
      metric: cv,
      locale: 'en',
      peers: new Map([
        ['410000', v(0.42)],
        ['420000', v(0.38)],
      ]),
      parentName: 'China',
      reference: { name: 'China', value: 0.4 },
    });
    expect(t.value).toBe('0.42');
    expect(t.rank).toBe('Rank 2 of 2 in China');
    expect(t.lines.map((l) => l.text)).toEqual(['+0.02', '-0.08']);
    expect(t.flags).toEqual(['Incomplete data']);
  });

  it('says "not covered" for units outside the reference list', () => {
    const t = tooltipFor({ code: '710000', name: '台湾省' }, undefined, {
      ...context,
      inReferenceList: false,
    });
    expect(t.value).toBe('不在数据范围内');
  });
});
