import { describe, expect, it } from 'vitest';
import { metricById, type Level } from '../../src/contract';
import type { Locale } from '../../src/format';
import {
  clearOfLines,
  layoutRanking,
  placeReferenceLabels,
  sortUnits,
  usesDotPlot,
} from '../../src/charts/ranking/layout';
import { renderSvgString } from '../../src/charts/render-svg-string';
import type { LineMark, Mark, RectMark, TextMark } from '../../src/charts/scene';
import { measureText, textBox } from '../../src/charts/text';
import { manyUnits, rankingInput } from './fixtures';

const bars = (marks: Mark[]) =>
  marks.filter((m): m is RectMark => m.kind === 'rect' && m.role === 'bar');
const texts = (marks: Mark[], role: string) =>
  marks.filter((m): m is TextMark => m.kind === 'text' && m.role === role);
const refLine = (marks: Mark[], cls: string) =>
  marks.find(
    (m): m is LineMark => m.kind === 'line' && m.role === 'reference-line' && m.class === cls,
  );

describe('ranking layout', () => {
  // Worked by hand for width 640: the name column is 鹤壁经济技术开发区 (9 × 12 px) + 8 = 116 px,
  // so the plot starts at 12 + 116 = 128; the widest value label "105.0%" is 41.04 px + 6,
  // so it ends at 640 − 12 − 47.04 = 580.96. Domain [0, 1.05] nices to [0, 1.2].
  const left = 128;
  const perUnit = (580.96 - 128) / 1.2;

  it('sorts best first, respecting higherIsBetter, ties by code', () => {
    const units = [
      { code: 'b', name: 'B', value: 0.5, flags: [] },
      { code: 'a', name: 'A', value: 0.5, flags: [] },
      { code: 'c', name: 'C', value: 0.7, flags: [] },
      { code: 'd', name: 'D', value: null, flags: [] },
    ];
    expect(sortUnits(units, true).map((u) => u.code)).toEqual(['c', 'a', 'b']);
    expect(sortUnits(units, false).map((u) => u.code)).toEqual(['a', 'b', 'c']);
  });

  it('draws one bar per unit with a value, best first, from zero', () => {
    const scene = layoutRanking(rankingInput('zh'));
    const drawn = bars(scene.marks);
    expect(drawn.map((b) => b.code)).toEqual(['410611', '410603', '410622', '410602', '410621']);
    for (const bar of drawn) expect(bar.x).toBeCloseTo(left, 6);
    expect(drawn[0].width).toBeCloseTo(1.05 * perUnit, 6);
    expect(drawn[4].width).toBeCloseTo(0.8 * perUnit, 6);
    expect(drawn.map((b) => b.height)).toEqual([14, 14, 14, 14, 14]);
    expect(drawn[1].y - drawn[0].y).toBe(22);
  });

  it('draws close values (86–95 %) as dots on a fitted axis with the target, not identical bars', () => {
    expect(usesDotPlot([0.86, 0.9, 0.95])).toBe(true);
    expect(usesDotPlot([0.8, 0.9, 1.05])).toBe(false); // the fixture: bars from zero
    expect(usesDotPlot([0.2, 0.9])).toBe(false);
    expect(usesDotPlot([0.9])).toBe(false);
    const units = rankingInput('zh').units.map((u, i) => ({
      ...u,
      value: u.value === null ? null : 0.86 + i * 0.02,
    }));
    const scene = layoutRanking(
      rankingInput('zh', {
        metric: metricById('inclusive_kindergarten_coverage'),
        units,
        width: 375,
      }),
    );
    expect(bars(scene.marks)).toHaveLength(0);
    const dots = scene.marks.filter((m) => m.kind === 'circle' && m.role === 'dot');
    expect(dots).toHaveLength(5);
    expect(scene.marks.some((m) => m.role === 'axis-baseline')).toBe(false);
    // The axis starts near the data, not at 0 %, and the target (85 %) is on it.
    const ticks = texts(scene.marks, 'axis-tick').map((t) => t.text);
    expect(ticks[0]).not.toBe('0%');
    expect(ticks.at(-1)).toBe('100%');
    const target = refLine(scene.marks, 'target')!;
    const xs = dots.map((d) => (d.kind === 'circle' ? d.cx : 0));
    expect(target.x1).toBeLessThan(Math.min(...xs));
    // The spread of the dots is several times what it would be on a 0–100 % axis (about 18 px).
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(50);
  });

  it('never lets a reference line cross a value label', () => {
    // A label 40 px wide from 100: a line at 120 moves it to 124; a second at 150 then to 154.
    expect(clearOfLines(100, 40, [150, 120])).toBe(154);
    expect(clearOfLines(100, 40, [90, 200])).toBe(100);
    for (const width of [320, 375, 640]) {
      for (const units of [rankingInput('zh').units, manyUnits('zh').slice(0, 18)]) {
        const scene = layoutRanking(rankingInput('zh', { width, units }));
        const lines = scene.marks.filter(
          (m): m is LineMark => m.kind === 'line' && m.role === 'reference-line',
        );
        for (const label of texts(scene.marks, 'value-label')) {
          const w = measureText(label.text, 12);
          const [left, right] =
            label.anchor === 'end' ? [label.x - w, label.x] : [label.x, label.x + w];
          for (const line of lines)
            expect(line.x1 < left - 1 || line.x1 > right + 1, `${width} ${label.text}`).toBe(true);
        }
      }
    }
  });

  it('orders the reference label rows so that no line runs through another label', () => {
    // A line runs down from its own row. With A (x 150) on top, B's label (x 104–204) would be
    // cut by A's line and has no room on its left; with B on top, A's label (154–234) is clear.
    expect(placeReferenceLabels([150, 100], [80, 100], 0, 260)).toEqual({
      order: [1, 0],
      right: [true, true],
    });
    // No room on the right: the label goes left of its line.
    expect(placeReferenceLabels([240], [60], 0, 260)).toEqual({ order: [0], right: [false] });
    for (const width of [320, 375, 640]) {
      for (const parentValue of [0.86, 0.91, 0.99]) {
        const scene = layoutRanking(
          rankingInput('zh', { width, parentValue, units: manyUnits('zh').slice(0, 18) }),
        );
        const lines = scene.marks.filter(
          (m): m is LineMark => m.kind === 'line' && m.role === 'reference-line',
        );
        for (const label of [
          ...texts(scene.marks, 'reference-label'),
          ...texts(scene.marks, 'axis-tick'),
        ]) {
          const box = textBox(label.x, label.y, label.text, label.fontSize, label.anchor);
          for (const line of lines)
            expect(
              line.x1 < box.x0 - 1 || line.x1 > box.x1 + 1 || line.y1 > box.y1,
              `${width} ${label.text}`,
            ).toBe(true);
        }
      }
    }
  });

  it('places the target, parent and national lines at their values, each with its own label row', () => {
    const scene = layoutRanking(rankingInput('zh'));
    expect(refLine(scene.marks, 'target')?.x1).toBeCloseTo(left + 0.9 * perUnit, 6);
    expect(refLine(scene.marks, 'parent')?.x1).toBeCloseTo(left + 0.91 * perUnit, 6);
    expect(refLine(scene.marks, 'national')?.x1).toBeCloseTo(left + 0.911 * perUnit, 6);
    const labels = texts(scene.marks, 'reference-label');
    expect(labels.map((l) => l.text)).toEqual(['目标 ≥90%', '鹤壁市 91.0%', '全国 91.1%']);
    expect(new Set(labels.map((l) => l.y)).size).toBe(3);
  });

  it('lists units without a value under the bars as 无数据 / No data, never as a zero bar', () => {
    for (const locale of ['zh', 'en'] as const) {
      const scene = layoutRanking(rankingInput(locale));
      expect(bars(scene.marks).some((b) => b.code === '410671')).toBe(false);
      const missing = texts(scene.marks, 'missing-label');
      expect(missing.map((m) => [m.code, m.text])).toEqual([
        ['410671', locale === 'zh' ? '无数据' : 'No data'],
      ]);
      const lastBar = bars(scene.marks).at(-1)!;
      expect(missing[0].y).toBeGreaterThan(lastBar.y + lastBar.height);
    }
  });

  it('labels values, marks incomplete ones with * and explains it in the footer', () => {
    const scene = layoutRanking(rankingInput('zh'));
    expect(texts(scene.marks, 'value-label').map((t) => t.text)).toEqual([
      '105.0%',
      '95.0%',
      '90.0%',
      '85.0%',
      '80.0%*',
    ]);
    expect(texts(scene.marks, 'footer-note').map((t) => t.text)).toContain(
      '* 数据不完整：部分学校或人口数据缺失',
    );
  });

  it('highlights the selected unit', () => {
    const scene = layoutRanking(rankingInput('en'));
    const selected = bars(scene.marks).filter((b) => b.class === 'selected');
    expect(selected.map((b) => b.code)).toEqual(['410622']);
    expect(texts(scene.marks, 'row-name').find((t) => t.code === '410622')?.fontWeight).toBe(
      'bold',
    );
  });

  it('sorts a CV ascending (lower is better) and says so', () => {
    const scene = layoutRanking(
      rankingInput('en', {
        metric: metricById('multimedia_balance_cv_junior'),
        parentValue: 0.41,
        nationalValue: null,
      }),
    );
    expect(bars(scene.marks).map((b) => b.code)).toEqual([
      '410621',
      '410602',
      '410622',
      '410603',
      '410611',
    ]);
    expect(texts(scene.marks, 'value-label')[0].text).toBe('0.80*');
    expect(scene.subtitle).toContain('lower is better');
    expect(refLine(scene.marks, 'national')).toBeUndefined();
  });

  it('names the level of the ranked units in the subtitle', () => {
    const cases: [Locale, Level, string, number, string][] = [
      ['zh', 'province', '全国', 31, '全国31个省份，2023年'],
      ['zh', 'prefecture', '河南省', 18, '河南省下辖18个地级单位，2023年'],
      ['zh', 'county', '鹤壁市', 6, '鹤壁市下辖6个区县，2023年'],
      ['en', 'province', 'China', 31, '31 provinces in China, 2023'],
      ['en', 'prefecture', 'Henan', 18, '18 prefectures in Henan, 2023'],
      ['en', 'county', 'Hebi', 6, '6 districts/counties in Hebi, 2023'],
      ['en', 'county', 'Hebi', 1, '1 district/county in Hebi, 2023'],
    ];
    for (const [locale, level, parentName, count, subtitle] of cases) {
      const base = rankingInput(locale);
      const units = Array.from({ length: count }, (_, i) => ({
        ...base.units[i % 5],
        code: String(100000 + i),
      }));
      const scene = layoutRanking({ ...base, level, parentName, units });
      expect(scene.subtitle).toBe(subtitle);
    }
    // Without a level the count stays neutral rather than guessing.
    expect(layoutRanking(rankingInput('en')).subtitle).toBe('6 units in Hebi, 2023');
  });

  it('fits names into the name column at 320 px', () => {
    const scene = layoutRanking(rankingInput('en', { width: 320 }));
    const names = texts(scene.marks, 'row-name');
    for (const name of names)
      expect(measureText(name.text, name.fontSize)).toBeLessThanOrEqual(0.3 * 320);
    expect(names.some((n) => n.text.endsWith('…'))).toBe(true);
    for (const mark of scene.marks)
      if (mark.kind === 'text' && mark.anchor === undefined)
        expect(mark.x + measureText(mark.text, mark.fontSize)).toBeLessThanOrEqual(320);
  });

  it('grows in height with 150+ units and keeps bars 14 px thick', () => {
    const units = manyUnits('zh', 160);
    const scene = layoutRanking(rankingInput('zh', { units, parentName: '河南省' }));
    const drawn = bars(scene.marks);
    expect(drawn).toHaveLength(units.filter((u) => u.value !== null).length);
    expect(drawn.every((b) => b.height === 14)).toBe(true);
    expect(scene.height).toBeGreaterThan(160 * 22);
  });

  it('carries source, date and the synthetic label in the footer; none when real', () => {
    const synthetic = layoutRanking(rankingInput('zh'));
    expect(
      texts(synthetic.marks, 'footer-synthetic')
        .map((t) => t.text)
        .join(''),
    ).toBe('合成数据（演示用，非真实统计）');
    expect(texts(synthetic.marks, 'footer-source')[0].text).toBe(
      '来源：教育地图演示数据　数据生成于 2024-05-01',
    );
    const real = layoutRanking(rankingInput('en', { synthetic: false }));
    expect(texts(real.marks, 'footer-synthetic')).toHaveLength(0);
  });

  it('matches the SVG snapshots', async () => {
    await expect(renderSvgString(layoutRanking(rankingInput('zh')))).toMatchFileSnapshot(
      './__snapshots__/ranking-zh.svg',
    );
    await expect(renderSvgString(layoutRanking(rankingInput('en')))).toMatchFileSnapshot(
      './__snapshots__/ranking-en.svg',
    );
    await expect(
      renderSvgString(layoutRanking(rankingInput('en', { width: 320 }))),
    ).toMatchFileSnapshot('./__snapshots__/ranking-en-320.svg');
  });
});
