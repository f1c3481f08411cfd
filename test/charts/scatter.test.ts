import { describe, expect, it } from 'vitest';
import { layoutScatter, plottedUnits } from '../../src/charts/scatter/layout';
import { renderSvgString } from '../../src/charts/render-svg-string';
import type { CircleMark, LineMark, Mark, TextMark } from '../../src/charts/scene';
import { metricById } from '../../src/contract';
import { scatterInput } from './fixtures';

const dots = (marks: Mark[]) =>
  marks.filter((m): m is CircleMark => m.kind === 'circle' && m.role === 'dot');
const text = (marks: Mark[], role: string) =>
  marks.filter((m): m is TextMark => m.kind === 'text' && m.role === role);

describe('scatter layout', () => {
  it('plots only units with both values, and names the others', () => {
    const input = scatterInput('zh');
    expect(plottedUnits(input.units).map((u) => u.code)).toEqual([
      '410602',
      '410603',
      '410611',
      '410622',
      '410671',
    ]);
    const scene = layoutScatter(input);
    expect(dots(scene.marks)).toHaveLength(5);
    expect(scene.subtitle).toBe('鹤壁市，2023年，5个单位（另有1个缺少数据未显示）');
    expect(layoutScatter({ ...input, level: 'county' }).subtitle).toBe(
      '鹤壁市，2023年，5个区县（另有1个缺少数据未显示）',
    );
    expect(layoutScatter({ ...scatterInput('en'), level: 'province' }).subtitle).toBe(
      'Hebi, 2023: 5 provinces (1 more without data not shown)',
    );
    expect(text(scene.marks, 'footer-note').map((t) => t.text)).toEqual(['无数据：浚县']);
  });

  it('places dots linearly and target lines at the targets', () => {
    const scene = layoutScatter(scatterInput('en'));
    const byCode = new Map(dots(scene.marks).map((d) => [d.code, d]));
    const a = byCode.get('410602')!; // x 0.85, y 0.80
    const b = byCode.get('410603')!; // x 0.95, y 0.88
    const c = byCode.get('410611')!; // x 1.05, y 0.92
    expect(c.cx - b.cx).toBeCloseTo(b.cx - a.cx, 6);
    expect((b.cy - a.cy) / 0.08).toBeCloseTo((c.cy - b.cy) / 0.04, 6);
    const targets = scene.marks.filter(
      (m): m is LineMark => m.kind === 'line' && m.role === 'reference-line',
    );
    const vertical = targets.find((t) => t.class === 'target x')!;
    const horizontal = targets.find((t) => t.class === 'target y')!;
    // x target 0.90 is halfway between 0.85 and 0.95; y target 0.85 is 5/8 of the way from 0.80 to 0.88.
    expect(vertical.x1).toBeCloseTo((a.cx + b.cx) / 2, 6);
    expect(horizontal.y1).toBeCloseTo(a.cy + (b.cy - a.cy) * (5 / 8), 6);
    expect(text(scene.marks, 'reference-label').map((t) => t.text)).toEqual([
      'Target ≥90%',
      'Target ≥85%',
    ]);
  });

  it('draws no target line for a metric without one', () => {
    const scene = layoutScatter(
      scatterInput('en', { yMetric: metricById('class_multimedia_rate') }),
    );
    expect(scene.marks.filter((m) => m.role === 'reference-line')).toHaveLength(1);
  });

  it('highlights and names the selected unit, drawn on top', () => {
    const scene = layoutScatter(scatterInput('zh'));
    const drawn = dots(scene.marks);
    expect(drawn.at(-1)?.code).toBe('410622');
    expect(drawn.at(-1)?.class).toBe('selected');
    const labels = text(scene.marks, 'dot-label');
    // The selected first and in bold; the other four (few units) named beside them.
    expect(labels[0]).toMatchObject({ text: '淇县', class: 'selected', fontWeight: 'bold' });
    expect(labels.slice(1).every((l) => l.class === undefined)).toBe(true);
    expect(drawn.every((d) => d.interactive)).toBe(true);
    expect(drawn.at(-1)?.description).toBe('淇县: 毛入园率 90.0%, 普惠覆盖率 86.0%');
  });

  it('uses the metrics short names on the axes', () => {
    const scene = layoutScatter(scatterInput('en'));
    expect(text(scene.marks, 'axis-title').map((t) => t.text)).toEqual([
      '↑ Inclusive coverage (%)',
      'Gross enrollment (%) →',
    ]);
  });

  it('matches the SVG snapshots', async () => {
    await expect(renderSvgString(layoutScatter(scatterInput('zh')))).toMatchFileSnapshot(
      './__snapshots__/scatter-zh.svg',
    );
    await expect(renderSvgString(layoutScatter(scatterInput('en')))).toMatchFileSnapshot(
      './__snapshots__/scatter-en.svg',
    );
  });
});
