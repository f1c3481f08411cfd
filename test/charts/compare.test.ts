import { describe, expect, it } from 'vitest';
import { layoutCompare, sections } from '../../src/charts/compare/layout';
import { renderSvgString } from '../../src/charts/render-svg-string';
import type { CircleMark, Mark, TextMark } from '../../src/charts/scene';
import { METRICS } from '../../src/contract';
import { SERIES } from '../../src/charts/colors';
import { compareInput } from './fixtures';

const dots = (marks: Mark[]) =>
  marks.filter((m): m is CircleMark => m.kind === 'circle' && m.role === 'dot');
const text = (marks: Mark[], role: string) =>
  marks.filter((m): m is TextMark => m.kind === 'text' && m.role === role);

describe('compare layout', () => {
  it('puts rates and CVs in separate sections with their own scales', () => {
    const parts = sections(METRICS, 'zh');
    expect(parts.map((s) => [s.unit, s.metrics.length])).toEqual([
      ['fraction', 7],
      ['cv', 2],
    ]);
    const scene = layoutCompare(compareInput('zh'));
    expect(text(scene.marks, 'section-heading').map((t) => t.text)).toEqual([
      '比例指标',
      '差异系数（越低越均衡）',
    ]);
    const ticks = text(scene.marks, 'axis-tick').map((t) => t.text);
    expect(ticks.filter((t) => t.endsWith('%')).length).toBeGreaterThan(2);
    expect(ticks.filter((t) => /^0\.\d+$/.test(t)).length).toBeGreaterThan(2);
  });

  it('draws one row per metric and one dot per district and known value', () => {
    const scene = layoutCompare(compareInput('en'));
    expect(text(scene.marks, 'row-name').map((t) => t.text)).toEqual(
      METRICS.map((m) => m.shortName.en),
    );
    expect(dots(scene.marks)).toHaveLength(3 * 9 - 1);
    const colours = new Map(dots(scene.marks).map((d) => [d.code, d.fill]));
    expect([...colours.values()]).toEqual([SERIES[0], SERIES[1], SERIES[2]]);
  });

  it('names a district without a value in the row instead of drawing it', () => {
    const scene = layoutCompare(compareInput('zh'));
    expect(text(scene.marks, 'missing-label').map((t) => t.text)).toEqual(['无数据：淇滨区']);
    const junior = dots(scene.marks).filter((d) => d.description?.includes('初中差异系数'));
    expect(junior.map((d) => d.code)).toEqual(['410602', '410622']);
  });

  it('orders dots in a row by value along x, on one scale for all rates', () => {
    const scene = layoutCompare(compareInput('en'));
    const row = (name: string) =>
      dots(scene.marks).filter((d) => d.description?.includes(`· ${name}:`));
    const gross = row('Gross enrollment'); // 0.85, 1.05, 0.90
    expect(gross[1].cx).toBeGreaterThan(gross[2].cx);
    expect(gross[2].cx).toBeGreaterThan(gross[0].cx);
    const schools = row('Schools offering'); // 1, 1, 0.96: the same x for the same value across rows
    expect(schools[0].cx).toBeCloseTo(schools[1].cx, 6);
    expect(schools[0].cy).not.toBe(schools[1].cy);
    expect(row('Student participation')[1].description).toBe(
      'Qibin District · Student participation: 88.0%',
    );
  });

  it('has a legend with every district', () => {
    const scene = layoutCompare(compareInput('zh'));
    expect(text(scene.marks, 'legend-label').map((t) => t.text)).toEqual([
      '鹤山区',
      '淇滨区',
      '淇县',
    ]);
    expect(scene.title).toBe('鹤山区、淇滨区、淇县');
  });

  it('matches the SVG snapshots', async () => {
    await expect(renderSvgString(layoutCompare(compareInput('zh')))).toMatchFileSnapshot(
      './__snapshots__/compare-zh.svg',
    );
    await expect(renderSvgString(layoutCompare(compareInput('en')))).toMatchFileSnapshot(
      './__snapshots__/compare-en.svg',
    );
  });
});
