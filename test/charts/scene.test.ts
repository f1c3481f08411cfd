import { describe, expect, it } from 'vitest';
import { escapeXml, renderSvgString, round3 } from '../../src/charts/render-svg-string';
import type { ChartScene } from '../../src/charts/scene';
import { measureText, truncateText, wrapText } from '../../src/charts/text';
import { dodge } from '../../src/charts/dodge';
import {
  BAR,
  contrastRatio,
  IMPROVED,
  NATIONAL_LINE,
  readableText,
  SERIES,
  TARGET_LINE,
  TEXT,
  TEXT_MUTED,
  WORSENED,
} from '../../src/charts/colors';
import { footer, header } from '../../src/charts/frame';

const scene: ChartScene = {
  width: 100.12345,
  height: 50,
  title: 'A <b>&</b> "title"',
  subtitle: '',
  description: "It's",
  lang: 'en',
  marks: [
    {
      kind: 'rect',
      role: 'bar',
      class: 'selected',
      code: '410602',
      x: 1.23456,
      y: 2,
      width: 3.0004,
      height: 4,
      fill: '#000',
    },
    {
      kind: 'text',
      role: 'label',
      x: 0.1 + 0.2,
      y: -0.0001,
      text: '<script>alert(1)</script> 鹤山区',
      fill: '#111',
      fontSize: 12,
      anchor: 'end',
      halo: true,
    },
    {
      kind: 'line',
      role: 'ref',
      x1: 0,
      y1: 0,
      x2: 1,
      y2: 1,
      stroke: '#222',
      dash: '4 2',
      description: 'a & b',
    },
  ],
};

describe('renderSvgString', () => {
  it('rounds numbers to 3 decimals without negative zero', () => {
    expect(round3(1.23456)).toBe('1.235');
    expect(round3(0.1 + 0.2)).toBe('0.3');
    expect(round3(-0.0001)).toBe('0');
    expect(round3(3.0004)).toBe('3');
  });

  it('escapes text and attributes', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
    const out = renderSvgString(scene);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 鹤山区');
    expect(out).toContain('<title id="edu-chart-');
    expect(out).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;title&quot;');
  });

  it('writes a standalone document with classes, codes and tooltips', () => {
    const out = renderSvgString(scene);
    expect(
      out.startsWith(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100.123" height="50" viewBox="0 0 100.123 50" role="img"',
      ),
    ).toBe(true);
    expect(out).toContain(
      '<rect class="bar selected" data-code="410602" x="1.235" y="2" width="3" height="4" fill="#000"/>',
    );
    expect(out).toContain(
      '<text class="label" x="0.3" y="0" fill="#111" font-size="12" text-anchor="end" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">',
    );
    expect(out).toContain(
      '<line class="ref" x1="0" y1="0" x2="1" y2="1" stroke="#222" stroke-dasharray="4 2"><title>a &amp; b</title></line>',
    );
    expect(out.trimEnd().endsWith('</svg>')).toBe(true);
  });
});

describe('text measurement', () => {
  it('counts CJK as one em and Latin narrower', () => {
    expect(measureText('鹤壁市', 12)).toBe(36);
    expect(measureText('abc', 10)).toBeCloseTo(17.4, 6);
    expect(measureText('', 12)).toBe(0);
  });

  it('truncates with an ellipsis only when needed', () => {
    expect(truncateText('鹤壁市', 36, 12)).toBe('鹤壁市');
    expect(truncateText('鹤壁经济技术开发区', 48, 12)).toBe('鹤壁经…');
    expect(measureText(truncateText('Heshan District', 60, 12), 12)).toBeLessThanOrEqual(60);
  });

  it('wraps between words and between CJK characters', () => {
    expect(wrapText('one two three', 50, 10)).toEqual(['one two', 'three']);
    expect(wrapText('学前三年毛入园率', 48, 12)).toEqual(['学前三年', '毛入园率']);
    expect(wrapText('', 100, 12)).toEqual([]);
  });
});

describe('dodge', () => {
  it('pushes close labels apart keeping their order', () => {
    expect(dodge([10, 12, 30], 10)).toEqual([10, 20, 30]);
    expect(dodge([12, 10], 10)).toEqual([20, 10]);
  });

  it('stays within bounds when there is room', () => {
    expect(dodge([98, 99, 100], 10, 0, 100)).toEqual([80, 90, 100]);
    expect(dodge([], 10)).toEqual([]);
  });
});

describe('colours', () => {
  it('meet WCAG AA for text and 3:1 for marks on white', () => {
    for (const text of [TEXT, TEXT_MUTED, TARGET_LINE])
      expect(contrastRatio(text, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    for (const mark of [BAR, IMPROVED, WORSENED, NATIONAL_LINE, ...SERIES.slice(0, 4)])
      expect(contrastRatio(mark, '#ffffff')).toBeGreaterThanOrEqual(3);
    for (const series of SERIES)
      expect(contrastRatio(readableText(series), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('frame', () => {
  it('wraps a long title and leaves room under it', () => {
    const short = header('Title', 'Subtitle', 320);
    const long = header(
      'Preschool gross enrollment ratio (3 years) in every county of Henan',
      'Subtitle',
      320,
    );
    expect(long.height).toBeGreaterThan(short.height);
    expect(long.marks.filter((m) => m.role === 'title').length).toBeGreaterThan(1);
  });

  it('writes source, date and the synthetic label', () => {
    const block = footer(
      { locale: 'en', width: 640, synthetic: true, source: 'Demo', date: '2024-05-01T08:00:00Z' },
      ['Note'],
      100,
    );
    const lines = block.marks.map((m) => (m.kind === 'text' ? `${m.role}: ${m.text}` : ''));
    expect(lines).toEqual([
      'footer-note: Note',
      'footer-source: Source: Demo · Built 2024-05-01',
      'footer-synthetic: Synthetic data (demo, not real statistics)',
    ]);
    expect(
      footer({ locale: 'zh', width: 640, synthetic: false, source: '', date: undefined }, [], 0)
        .marks,
    ).toEqual([]);
  });
});
