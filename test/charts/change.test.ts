import { describe, expect, it } from 'vitest';
import { changeRows, layoutChange } from '../../src/charts/change/layout';
import { renderSvgString } from '../../src/charts/render-svg-string';
import { IMPROVED, WORSENED } from '../../src/charts/colors';
import type { LineMark, Mark, RectMark, TextMark } from '../../src/charts/scene';
import { metricById } from '../../src/contract';
import { changeInput } from './fixtures';

const bars = (marks: Mark[]) =>
  marks.filter((m): m is RectMark => m.kind === 'rect' && m.role === 'bar');
const text = (marks: Mark[], role: string) =>
  marks.filter((m): m is TextMark => m.kind === 'text' && m.role === role);

describe('change layout', () => {
  it('sorts by improvement, ties by code despite floating-point noise', () => {
    const rows = changeRows(changeInput('zh').units, true);
    expect(rows.map((r) => r.code)).toEqual(['410602', '410611', '410622', '410603', '410621']);
    expect(rows.map((r) => r.direction)).toEqual([1, 1, 1, -1, -1]);
  });

  it('treats a falling CV as an improvement', () => {
    const units = [
      { code: 'a', name: 'A', from: 0.4, to: 0.3 },
      { code: 'b', name: 'B', from: 0.4, to: 0.5 },
    ];
    expect(changeRows(units, false).map((r) => [r.code, r.direction])).toEqual([
      ['a', 1],
      ['b', -1],
    ]);
    const scene = layoutChange(
      changeInput('en', { metric: metricById('multimedia_balance_cv_primary'), units }),
    );
    expect(text(scene.marks, 'value-label').map((t) => t.text)).toEqual(['-0.10', '+0.10']);
    expect(bars(scene.marks).map((b) => b.fill)).toEqual([IMPROVED, WORSENED]);
  });

  it('draws diverging bars from a zero line in the middle, in 百分点 / pp', () => {
    const scene = layoutChange(changeInput('zh'));
    const zero = scene.marks.find((m): m is LineMark => m.role === 'zero-line')!;
    const drawn = bars(scene.marks);
    // +5 pp bars start at zero and go right; -2 pp bars end at zero.
    expect(drawn[0].x).toBeCloseTo(zero.x1, 6);
    expect(drawn[4].x + drawn[4].width).toBeCloseTo(zero.x1, 6);
    expect(drawn[4].width / drawn[0].width).toBeCloseTo(2 / 5, 6);
    expect(text(scene.marks, 'value-label').map((t) => t.text)).toEqual([
      '+5.0个百分点',
      '+5.0个百分点',
      '+2.0个百分点',
      '-1.0个百分点',
      '-2.0个百分点',
    ]);
    const en = layoutChange(changeInput('en'));
    expect(text(en.marks, 'value-label')[0].text).toBe('+5.0\u00a0pp');
    expect(en.subtitle).toBe('Hebi; Change (percentage points)');
    expect(text(en.marks, 'axis-tick').every((t) => !t.text.includes('%'))).toBe(true);
  });

  it('colours improvement and deterioration and has a legend', () => {
    const scene = layoutChange(changeInput('en'));
    expect(bars(scene.marks).map((b) => b.fill)).toEqual([
      IMPROVED,
      IMPROVED,
      IMPROVED,
      WORSENED,
      WORSENED,
    ]);
    expect(text(scene.marks, 'legend-label').map((t) => t.text)).toEqual(['Improved', 'Worsened']);
  });

  it('lists units missing either year as No data', () => {
    const scene = layoutChange(changeInput('en'));
    expect(bars(scene.marks).some((b) => b.code === '410671')).toBe(false);
    expect(text(scene.marks, 'missing-label').map((t) => [t.code, t.text])).toEqual([
      ['410671', 'No data'],
    ]);
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

describe('change labels', () => {
  it('adds a decimal when a real change would read as zero', () => {
    const units = [
      { code: 'a', name: 'A', from: 0.3, to: 0.3024 },
      { code: 'b', name: 'B', from: 0.3, to: 0.3 },
      { code: 'c', name: 'C', from: 0.3, to: 0.25 },
    ];
    const scene = layoutChange(
      changeInput('en', { metric: metricById('multimedia_balance_cv_primary'), units }),
    );
    expect(text(scene.marks, 'value-label').map((t) => t.text)).toEqual([
      '-0.050',
      '0.000',
      '+0.002',
    ]);
    const rates = layoutChange(
      changeInput('zh', { units: [{ code: 'a', name: 'A', from: 0.9, to: 0.9004 }] }),
    );
    expect(text(rates.marks, 'value-label').map((t) => t.text)).toEqual(['+0.04个百分点']);
  });
});
