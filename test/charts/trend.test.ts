import { metricById } from '../../src/contract';
import { describe, expect, it } from 'vitest';
import { dodgeBlocks, endLabel, layoutTrend, seriesSegments } from '../../src/charts/trend/layout';
import { boxesOverlap, segmentCrossesBox, textBox } from '../../src/charts/text';
import { renderSvgString } from '../../src/charts/render-svg-string';
import type { CircleMark, LineMark, Mark, PathMark, TextMark } from '../../src/charts/scene';
import { trendInput } from './fixtures';

const paths = (marks: Mark[]) =>
  marks.filter((m): m is PathMark => m.kind === 'path' && m.role === 'series-line');
const points = (marks: Mark[], code?: string) =>
  marks.filter(
    (m): m is CircleMark => m.kind === 'circle' && m.role === 'series-point' && m.code === code,
  );
const endLabels = (marks: Mark[]) =>
  marks.filter((m): m is TextMark => m.kind === 'text' && m.role === 'end-label');

describe('trend layout', () => {
  it('draws one line per unit and the national reported series dashed', () => {
    const scene = layoutTrend(trendInput('zh'));
    const lines = paths(scene.marks);
    expect(lines.map((l) => l.code)).toEqual(['410622', '410602', '410603', undefined]);
    const national = lines[3];
    expect(national.class).toBe('national');
    expect(national.dash).toBe('5 4');
    expect(lines.slice(0, 3).every((l) => l.dash === undefined)).toBe(true);
    expect(points(scene.marks, undefined)).toHaveLength(5);
  });

  it('leaves missing years as gaps, never zero', () => {
    const scene = layoutTrend(trendInput('en'));
    const [, heshan, shancheng] = paths(scene.marks);
    // Two runs (2019–2020 and 2022–2023): two move-to commands.
    expect(heshan.d.match(/M/g)).toHaveLength(2);
    expect(points(scene.marks, '410602')).toHaveLength(4);
    // Two isolated years: each still has a dot.
    expect(points(scene.marks, '410603')).toHaveLength(2);
    expect(shancheng.d.match(/M/g)).toHaveLength(2);
    const bottomOfPlot = Math.max(
      ...scene.marks
        .filter((m): m is LineMark => m.kind === 'line' && m.role === 'grid')
        .map((m) => m.y1),
    );
    for (const p of points(scene.marks, '410602')) expect(p.cy).toBeLessThan(bottomOfPlot);
  });

  it('puts years on an even grid and the target at its value', () => {
    const scene = layoutTrend(trendInput('zh'));
    const qixian = points(scene.marks, '410622');
    const steps = qixian.slice(1).map((p, i) => p.cx - qixian[i].cx);
    for (const step of steps) expect(step).toBeCloseTo(steps[0], 6);
    // Qi county is 0.90 in 2023, exactly the target.
    const target = scene.marks.find(
      (m): m is LineMark => m.kind === 'line' && m.class === 'target',
    )!;
    expect(target.y1).toBeCloseTo(qixian[4].cy, 6);
  });

  it('keeps end labels at least 14 px apart, value always whole', () => {
    const scene = layoutTrend(trendInput('en', { width: 320 }));
    const lines = scene.marks.filter(
      (m): m is TextMark =>
        m.kind === 'text' && (m.role === 'end-label' || m.role === 'end-label-value'),
    );
    const ys = lines.map((t) => t.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(14 - 1e-9);
    // Each label's last line ends in its value, whole.
    const lastLine = endLabels(scene.marks).map(
      (first) =>
        lines.find((l) => l.role === 'end-label-value' && l.y === first.y + 14)?.text ?? first.text,
    );
    expect(lastLine.map((t) => t.split(' ').at(-1))).toEqual(['90.0%', '85.0%', '97.0%', '91.1%']);
  });

  it('labels the national series as the real bulletin and names it', () => {
    const scene = layoutTrend(trendInput('zh'));
    expect(endLabels(scene.marks).at(-1)?.text).toBe('全国公报（真实） 91.1%');
    expect(
      scene.marks.some(
        (m) =>
          m.kind === 'text' &&
          m.role === 'footer-note' &&
          m.text.startsWith('全国公报（真实）：全国教育事业发展统计公报'),
      ),
    ).toBe(true);
  });

  it('gives the year of a line that ends before the chart does (the bulletin has no 2024)', () => {
    const base = trendInput('en');
    const series = base.series.map((s) => ({ ...s, values: { ...s.values, 2024: 0.9 } }));
    const scene = layoutTrend({ ...base, years: [...base.years, 2024], series });
    const labels = endLabels(scene.marks).map((t) => t.text);
    expect(labels.at(-1)).toBe('National bulletin (real) 91.1% (2023)');
    expect(labels.slice(0, -1).every((t) => t.endsWith(' 90.0%'))).toBe(true);
  });

  it('marks 2021 (双减) on after-school trends and says why earlier years are low', () => {
    const scene = layoutTrend(afterSchoolTrend('zh'));
    const policy = scene.marks.filter((m) => m.class === 'policy');
    expect(policy.map((m) => m.kind)).toEqual(['line', 'text']);
    const label = policy.find((m) => m.kind === 'text');
    expect(label?.kind === 'text' && label.text).toBe('2021 “双减”');
    const ruleX = policy[0].kind === 'line' ? policy[0].x1 : NaN;
    const point2021 = scene.marks.find(
      (m) => m.kind === 'circle' && m.code === '410611' && Math.abs(m.cx - ruleX) < 1e-9,
    );
    expect(point2021).toBeDefined();
    expect(
      scene.marks.some(
        (m) =>
          m.kind === 'text' && m.role === 'footer-note' && m.text.startsWith('2021年“双减”政策后'),
      ),
    ).toBe(true);
    // Not on a metric without such a policy, nor on a chart that starts at 2021.
    expect(layoutTrend(trendInput('zh')).marks.some((m) => m.class === 'policy')).toBe(false);
    const late = afterSchoolTrend('en', [2021, 2022, 2023, 2024]);
    expect(layoutTrend(late).marks.some((m) => m.class === 'policy')).toBe(false);
  });

  it('can leave out the national series, and cuts to five units', () => {
    const base = trendInput('en');
    const many = [...base.series, ...base.series].map((s, i) => ({ ...s, code: `${s.code}-${i}` }));
    const scene = layoutTrend({ ...base, series: many, showNational: false });
    expect(paths(scene.marks)).toHaveLength(5);
    expect(scene.subtitle).toBe('');
  });

  it('makes end labels of units interactive, not the national one', () => {
    const scene = layoutTrend(trendInput('en'));
    const interactive = scene.marks.filter((m) => m.interactive);
    expect(interactive.map((m) => m.code)).toEqual(['410622', '410602', '410603']);
    expect(interactive[1].description).toBe(
      'Heshan District: 2019 75.0%, 2020 78.0%, 2021 No data, 2022 84.0%, 2023 85.0%',
    );
  });

  it('matches the SVG snapshots', async () => {
    await expect(renderSvgString(layoutTrend(trendInput('zh')))).toMatchFileSnapshot(
      './__snapshots__/trend-zh.svg',
    );
    await expect(renderSvgString(layoutTrend(trendInput('en')))).toMatchFileSnapshot(
      './__snapshots__/trend-en.svg',
    );
  });
});

function afterSchoolTrend(locale: 'zh' | 'en', years = [2018, 2019, 2020, 2021, 2022, 2023, 2024]) {
  const values = {
    2018: 0.01,
    2019: 0.01,
    2020: 0.02,
    2021: 0.62,
    2022: 0.78,
    2023: 0.84,
    2024: 0.88,
  };
  return trendInput(locale, {
    metric: metricById('after_school_student_participation'),
    years,
    series: [{ code: '410611', name: '淇滨区', values }],
  });
}

describe('trend target label', () => {
  const targetLabel = (scene: ReturnType<typeof layoutTrend>) => {
    const label = scene.marks.find(
      (m): m is TextMark =>
        m.kind === 'text' && m.role === 'reference-label' && m.class === 'target',
    )!;
    const box = textBox(label.x, label.y, label.text, label.fontSize, label.anchor);
    const dots = scene.marks.filter(
      (m): m is CircleMark => m.kind === 'circle' && m.role === 'series-point',
    );
    return { label, box, dots };
  };

  it('moves off a line that runs along the target at the left, and no line or dot crosses it', () => {
    // 毛入园率 target 90 %: a unit sitting at 89–91 % from 2019 crosses the default spot.
    const flat = {
      code: '410611',
      name: '淇滨区',
      values: { 2019: 0.9, 2020: 0.91, 2021: 0.89, 2022: 0.9, 2023: 0.9 },
    };
    for (const width of [320, 375, 640]) {
      const scene = layoutTrend(
        trendInput('en', { width, series: [flat, ...trendInput('en').series] }),
      );
      const { label, box, dots } = targetLabel(scene);
      expect(label.text).toBe('Target ≥90%');
      for (const d of dots)
        expect(
          boxesOverlap(box, { x0: d.cx - d.r, y0: d.cy - d.r, x1: d.cx + d.r, y1: d.cy + d.r }),
          `${width}`,
        ).toBe(false);
      // The flat line (every year known) is one piece from dot to dot: none crosses the label.
      const flatDots = dots.filter((d) => d.code === '410611');
      for (let i = 1; i < flatDots.length; i++) {
        const [a, b] = [flatDots[i - 1], flatDots[i]];
        expect(segmentCrossesBox(a.cx, a.cy, b.cx, b.cy, box), `${width}`).toBe(false);
      }
      const target = scene.marks.find(
        (m): m is LineMark => m.kind === 'line' && m.class === 'target',
      )!;
      // Still beside its own line: at most a row above or below it.
      expect(Math.abs(label.y - target.y1)).toBeLessThan(32);
    }
  });

  it('keeps the default spot, above the line at the left, when it is clear', () => {
    const scene = layoutTrend(trendInput('zh'));
    const { label } = targetLabel(scene);
    const target = scene.marks.find(
      (m): m is LineMark => m.kind === 'line' && m.class === 'target',
    )!;
    expect(label.anchor).toBeUndefined();
    expect(label.x).toBeCloseTo(target.x1 + 4, 6);
    expect(label.y).toBeCloseTo(target.y1 - 5, 6);
  });

  it('cuts a series line into pieces between known years, a lone year a piece of no length', () => {
    const px = (year: number) => (year - 2019) * 10;
    const y = (v: number) => v * 100;
    expect(
      seriesSegments([0.5, 0.6, null, 0.7, null], [2019, 2020, 2021, 2022, 2023], px, y),
    ).toEqual([
      { x1: 0, y1: 50, x2: 10, y2: 60 },
      { x1: 30, y1: 70, x2: 30, y2: 70 },
    ]);
  });
});

describe('trend end labels', () => {
  it('puts the value on a second line rather than cutting the name, the short name first', () => {
    expect(endLabel('全国公报（真实）', '91.1%（2023）', 400, '公报（真实）')).toEqual([
      '全国公报（真实） 91.1%（2023）',
    ]);
    // 公报（真实） 91.1%（2023） is 66 + 3.52 + 84.12 = 153.64 px at 11 px.
    expect(endLabel('全国公报（真实）', '91.1%（2023）', 154, '公报（真实）')).toEqual([
      '公报（真实） 91.1%（2023）',
    ]);
    expect(endLabel('全国公报（真实）', '91.1%（2023）', 110, '公报（真实）')).toEqual([
      '全国公报（真实）',
      '91.1%（2023）',
    ]);
    expect(endLabel('全国公报（真实）', '91.1%（2023）', 80, '公报（真实）')).toEqual([
      '公报（真实）',
      '91.1%（2023）',
    ]);
    const [name, value] = endLabel('Heshan District Development Zone', '85.0%', 80);
    expect(name).toMatch(/^Heshan.*…$/);
    expect(value).toBe('85.0%');
  });

  it('keeps two-row labels apart from their neighbours, in order, inside the plot', () => {
    // Three labels aiming at 100, 104 and 190; the first takes two rows (28 px).
    expect(dodgeBlocks([100, 104, 190], [2, 1, 1], 0, 300)).toEqual([100, 128, 190]);
    // Near the bottom (max 200), the blocks are pulled back up: the last row's top is at most 200.
    expect(dodgeBlocks([195, 199], [1, 2], 0, 200)).toEqual([172, 186]);
  });

  it('draws the second line under the first at a phone width', () => {
    const scene = layoutTrend(trendInput('en', { width: 320 }));
    const firsts = endLabels(scene.marks);
    const seconds = scene.marks.filter(
      (m): m is TextMark => m.kind === 'text' && m.role === 'end-label-value',
    );
    expect(seconds.length).toBeGreaterThan(0);
    for (const v of seconds) {
      const first = firsts.find((f) => f.code === v.code && f.class === v.class)!;
      expect(v.y - first.y).toBe(14);
    }
    const tops = [...firsts, ...seconds].map((t) => t.y).sort((a, b) => a - b);
    for (let i = 1; i < tops.length; i++) expect(tops[i] - tops[i - 1]).toBeGreaterThanOrEqual(14);
  });
});
