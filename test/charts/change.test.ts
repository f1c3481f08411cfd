import { describe, expect, it } from 'vitest';
import {
  changeDomain,
  dumbbellRows,
  layoutChange,
  startBeforePolicy,
} from '../../src/charts/change/layout';
import { renderSvgString } from '../../src/charts/render-svg-string';
import { BAR, IMPROVED, UNCHANGED, WORSENED } from '../../src/charts/colors';
import type { CircleMark, LineMark, Mark, TextMark } from '../../src/charts/scene';
import { textBox } from '../../src/charts/text';
import { metricById } from '../../src/contract';
import { changeInput } from './fixtures';

const circles = (marks: Mark[], role: string) =>
  marks.filter((m): m is CircleMark => m.kind === 'circle' && m.role === role);
const lines = (marks: Mark[], role: string) =>
  marks.filter((m): m is LineMark => m.kind === 'line' && m.role === role);
const text = (marks: Mark[], role: string) =>
  marks.filter((m): m is TextMark => m.kind === 'text' && m.role === role);

const GROSS = metricById('preschool_gross_enrollment');
const CV = metricById('multimedia_balance_cv_primary');
const AFTER_SCHOOL = metricById('after_school_student_participation');

describe('dumbbell rows', () => {
  it('puts the furthest behind at the start on top, rows without a start after them', () => {
    // Starts 0.80, 0.82, 0.88, 0.96, 1.00; 410671 has only its end (0.70).
    const rows = dumbbellRows(changeInput('zh').units, GROSS, 2021);
    expect(rows.map((r) => r.code)).toEqual([
      '410602',
      '410621',
      '410622',
      '410603',
      '410611',
      '410671',
    ]);
    expect(rows.map((r) => r.direction)).toEqual([1, -1, 1, -1, 1, null]);
    expect(rows[5]).toMatchObject({ from: null, to: 0.7, difference: null });
  });

  it('sorts a lower-is-better CV highest start first, and a falling CV is an improvement', () => {
    const units = [
      { code: 'a', name: 'A', from: 0.3, to: 0.2 },
      { code: 'b', name: 'B', from: 0.4, to: 0.5 },
      { code: 'c', name: 'C', from: 0.35, to: 0.35 },
    ];
    const rows = dumbbellRows(units, CV, 2021);
    expect(rows.map((r) => [r.code, r.direction])).toEqual([
      ['b', -1],
      ['c', 0],
      ['a', 1],
    ]);
  });

  it('keeps a unit with one end, and leaves out a unit with neither', () => {
    const units = [
      { code: 'a', name: 'A', from: 0.5, to: null },
      { code: 'b', name: 'B', from: null, to: null },
      { code: 'c', name: 'C', from: 0.6, to: 0.7 },
    ];
    expect(dumbbellRows(units, GROSS, 2021).map((r) => [r.code, r.from, r.to])).toEqual([
      ['a', 0.5, null],
      ['c', 0.6, 0.7],
    ]);
  });

  it('never starts an after-school change before 双减 (2021)', () => {
    expect(startBeforePolicy(AFTER_SCHOOL, 2015)).toBe(true);
    expect(startBeforePolicy(AFTER_SCHOOL, 2021)).toBe(false);
    expect(startBeforePolicy(GROSS, 2015)).toBe(false);
    const units = [
      { code: 'a', name: 'A', from: 0.01, to: 0.9 },
      { code: 'b', name: 'B', from: 0, to: 0.8 },
    ];
    const rows = dumbbellRows(units, AFTER_SCHOOL, 2015);
    expect(rows.map((r) => [r.code, r.from, r.difference])).toEqual([
      ['b', null, null],
      ['a', null, null],
    ]);
  });

  it('fits the domain to both ends and the target, a rate axis ending at 100 %', () => {
    const rows = dumbbellRows(changeInput('zh').units, GROSS, 2021);
    // Gross enrollment reaches 105 %: the axis goes past 100 %.
    const [lo, hi] = changeDomain(rows, GROSS);
    expect(lo).toBeGreaterThan(0.5);
    expect(lo).toBeLessThanOrEqual(0.7);
    expect(hi).toBeGreaterThanOrEqual(1.05);
    const rates = dumbbellRows(
      [
        { code: 'a', name: 'A', from: 0.86, to: 0.95 },
        { code: 'b', name: 'B', from: 0.88, to: 0.97 },
      ],
      metricById('inclusive_kindergarten_coverage'),
      2021,
    );
    const domain = changeDomain(rates, metricById('inclusive_kindergarten_coverage'));
    expect(domain[1]).toBe(1);
    expect(domain[0]).toBeLessThanOrEqual(0.85);
  });
});

describe('change layout', () => {
  it('draws a start dot, an end dot and the line between them for each unit with both', () => {
    const scene = layoutChange(changeInput('zh'));
    expect(circles(scene.marks, 'start-dot').map((c) => c.code)).toEqual([
      '410602',
      '410621',
      '410622',
      '410603',
      '410611',
    ]);
    expect(circles(scene.marks, 'end-dot').map((c) => c.code)).toEqual([
      '410602',
      '410621',
      '410622',
      '410603',
      '410611',
      '410671',
    ]);
    const bells = lines(scene.marks, 'change-line');
    expect(bells.map((l) => l.stroke)).toEqual([IMPROVED, WORSENED, IMPROVED, WORSENED, IMPROVED]);
    // Rows go down the page in order; the line joins its row's two dots.
    const starts = circles(scene.marks, 'start-dot');
    const ends = circles(scene.marks, 'end-dot');
    bells.forEach((l, i) => {
      expect(l.x1).toBeCloseTo(starts[i].cx, 6);
      expect(l.x2).toBeCloseTo(ends[i].cx, 6);
      expect(l.y1).toBeCloseTo(starts[i].cy, 6);
    });
    expect(starts[1].cy).toBeGreaterThan(starts[0].cy);
    // +5 pp is drawn 2.5 times as long as -2 pp (0.80→0.85 against 0.82→0.80).
    expect((bells[0].x2 - bells[0].x1) / (bells[1].x1 - bells[1].x2)).toBeCloseTo(2.5, 6);
  });

  it('shows a missing start as missing: only the end dot, and the column says which year', () => {
    const zh = layoutChange(changeInput('zh'));
    expect(lines(zh.marks, 'change-line').some((l) => l.code === '410671')).toBe(false);
    const end = circles(zh.marks, 'end-dot').find((c) => c.code === '410671')!;
    expect(end.fill).toBe(BAR);
    expect(text(zh.marks, 'missing-label').map((t) => [t.code, t.text])).toEqual([
      ['410671', '无2021年数据'],
    ]);
    const en = layoutChange(
      changeInput('en', {
        units: [
          { code: 'a', name: 'A', from: 0.8, to: null },
          { code: 'b', name: 'B', from: 0.7, to: 0.9 },
          { code: 'c', name: 'C', from: null, to: null },
        ],
      }),
    );
    expect(circles(en.marks, 'end-dot').map((c) => c.code)).toEqual(['b']);
    expect(circles(en.marks, 'start-dot').map((c) => c.code)).toEqual(['b', 'a']);
    expect(text(en.marks, 'missing-label').map((t) => [t.code, t.text])).toEqual([
      ['a', 'no 2023 data'],
      ['c', 'No data'],
    ]);
  });

  it('labels the change in its own column, in 百分点 / pp, clear of the target line', () => {
    for (const width of [320, 375, 640]) {
      const scene = layoutChange(changeInput('zh', { width }));
      const labels = text(scene.marks, 'value-label');
      expect(labels.map((t) => t.text)).toEqual(['+5.0', '-2.0', '+2.0', '-1.0', '+5.0']);
      const target = lines(scene.marks, 'reference-line')[0];
      for (const label of labels) {
        const box = textBox(label.x, label.y, label.text, label.fontSize, label.anchor);
        expect(target.x1 < box.x0 || target.x1 > box.x1).toBe(true);
        // Every dot is left of the column.
        for (const dot of circles(scene.marks, 'end-dot'))
          expect(dot.cx + dot.r).toBeLessThan(box.x0);
      }
      // The target label sits inside the plot, above the ticks, with nothing over it.
      const targetLabel = text(scene.marks, 'reference-label')[0];
      for (const tick of text(scene.marks, 'axis-tick')) {
        const box = textBox(tick.x, tick.y, tick.text, tick.fontSize, tick.anchor);
        expect(target.x1 < box.x0 - 2 || target.x1 > box.x1 + 2).toBe(true);
        expect(tick.y).toBeGreaterThan(targetLabel.y);
      }
    }
    const zh = layoutChange(changeInput('zh'));
    expect(text(zh.marks, 'column-head').map((t) => t.text)).toEqual(['变化', '百分点']);
    const en = layoutChange(changeInput('en'));
    expect(text(en.marks, 'column-head').map((t) => t.text)).toEqual(['Change', 'pp']);
    expect(en.subtitle).toBe('Hebi; sorted by the 2021 level, furthest behind at the top');
    const rowHits = en.marks.filter((m) => m.role === 'row-hit');
    expect(rowHits[0].description).toBe(
      '1. Heshan District: 2021 80.0% → 2023 85.0%, +5.0\u00a0pp',
    );
  });

  it('has a legend naming exactly the dots drawn, no empty classes', () => {
    const en = layoutChange(changeInput('en'));
    expect(text(en.marks, 'legend-label').map((t) => t.text)).toEqual([
      '2021',
      '2023: improved',
      '2023: worsened',
      '2023 (no start)',
    ]);
    const swatches = en.marks.filter((m): m is CircleMark => m.role === 'legend-swatch');
    expect(swatches.map((s) => s.fill)).toEqual(['#ffffff', IMPROVED, WORSENED, BAR]);
    const flat = layoutChange(
      changeInput('zh', {
        units: [
          { code: 'a', name: 'A', from: 0.8, to: 0.8 },
          { code: 'b', name: 'B', from: 0.7, to: 0.9 },
        ],
      }),
    );
    expect(text(flat.marks, 'legend-label').map((t) => t.text)).toEqual([
      '2021年',
      '2023年：改善',
      '2023年：不变',
    ]);
    expect(circles(flat.marks, 'end-dot').map((c) => c.fill)).toEqual([IMPROVED, UNCHANGED]);
  });

  it('wraps the legend at a phone width instead of running off the chart', () => {
    const scene = layoutChange(changeInput('zh', { width: 280 }));
    for (const label of text(scene.marks, 'legend-label')) {
      const box = textBox(label.x, label.y, label.text, label.fontSize, label.anchor);
      expect(box.x1).toBeLessThanOrEqual(280 - 12);
    }
  });

  it('draws only end dots, annotated, when the start year is before 双减', () => {
    const scene = layoutChange(
      changeInput('zh', {
        metric: AFTER_SCHOOL,
        yearFrom: 2015,
        units: [
          { code: 'a', name: 'A', from: 0, to: 0.9 },
          { code: 'b', name: 'B', from: 0.02, to: 0.8 },
        ],
      }),
    );
    expect(circles(scene.marks, 'start-dot')).toEqual([]);
    expect(lines(scene.marks, 'change-line')).toEqual([]);
    expect(text(scene.marks, 'value-label')).toEqual([]);
    expect(text(scene.marks, 'missing-label').map((t) => t.text)).toEqual([
      '2015年不计',
      '2015年不计',
    ]);
    const notes = text(scene.marks, 'footer-note')
      .map((t) => t.text)
      .join('');
    expect(notes).toContain('2015年早于2021年');
    expect(notes).toContain('双减');
  });

  it('adds a decimal when a real change would read as zero', () => {
    const units = [
      { code: 'a', name: 'A', from: 0.3, to: 0.3024 },
      { code: 'b', name: 'B', from: 0.3, to: 0.3 },
      { code: 'c', name: 'C', from: 0.35, to: 0.3 },
    ];
    const scene = layoutChange(changeInput('en', { metric: CV, units }));
    expect(text(scene.marks, 'value-label').map((t) => t.text)).toEqual([
      '-0.050',
      '+0.002',
      '0.000',
    ]);
    const rates = layoutChange(
      changeInput('zh', { units: [{ code: 'a', name: 'A', from: 0.9, to: 0.9004 }] }),
    );
    expect(text(rates.marks, 'value-label').map((t) => t.text)).toEqual(['+0.04']);
  });

  it('matches the SVG snapshots', async () => {
    await expect(renderSvgString(layoutChange(changeInput('zh')))).toMatchFileSnapshot(
      './__snapshots__/change-zh.svg',
    );
    await expect(renderSvgString(layoutChange(changeInput('en')))).toMatchFileSnapshot(
      './__snapshots__/change-en.svg',
    );
  });
});
