// The static map (SVG/PNG downloads, static embeds) draws coverage as the
// screen does: a partial value pale with a dashed edge, never a class colour;
// a unit outside the data's scope as grey context.

import { describe, expect, it } from 'vitest';
import { layoutStaticMap } from '../../src/map/static-layout';
import type { PathMark } from '../../src/charts/scene';
import { metricById } from '../../src/contract';
import { PARTIAL_COLOUR, PARTIAL_HATCH } from '../../src/map/colour';
import { LIGHT_THEME } from '../../src/map/theme';
import type { UnitFeature } from '../../src/map/topology';

function square(code: string, name: string, x: number): UnitFeature {
  const ring: [number, number][] = [
    [x, 30],
    [x + 2, 30],
    [x + 2, 32],
    [x, 32],
    [x, 30],
  ];
  return {
    type: 'Feature',
    properties: { code, name, parent: '000000', label: [x + 1, 31] },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

describe('layoutStaticMap with coverage', () => {
  const scene = layoutStaticMap({
    metric: metricById('inclusive_kindergarten_coverage'),
    level: 'province',
    title: 'T',
    subtitle: 'S',
    shown: [
      square('410000', '河南', 110),
      square('420000', '湖北', 113),
      square('440000', '广东', 116),
    ],
    context: [],
    values: new Map([
      ['410000', { value: 0.9, flags: ['partial'] }],
      ['420000', { value: 0.8, flags: [] }],
    ]),
    locale: 'zh',
    width: 640,
    mapHeight: 300,
    synthetic: true,
    source: '鹤壁市教育地图 · 合成演示数据',
    outside: new Set(['440000']),
  });
  const unit = (code: string) =>
    scene.marks.find(
      (m): m is PathMark => m.kind === 'path' && m.role === 'unit' && m.code === code,
    )!;

  it('draws a partial value pale with a dashed edge', () => {
    expect(unit('410000')).toMatchObject({
      fill: PARTIAL_COLOUR,
      stroke: PARTIAL_HATCH,
      dash: '3 2',
    });
  });

  it('draws a unit outside the scope as context', () => {
    expect(unit('440000').fill).toBe(LIGHT_THEME.context);
    expect(unit('440000').dash).toBeUndefined();
  });

  it('classes the complete unit alone and lists partial and outside in the legend', () => {
    expect(unit('420000').fill).not.toBe(PARTIAL_COLOUR);
    const texts = scene.marks
      .filter((m) => m.kind === 'text')
      .map((m) => ('text' in m ? m.text : ''));
    expect(texts.some((t) => t.startsWith('仅部分覆盖（不分级）'))).toBe(true);
    expect(texts.some((t) => t.startsWith('不在数据范围内'))).toBe(true);
  });
});
