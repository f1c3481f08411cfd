// @vitest-environment jsdom
import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { reportedSection } from '../../src/components/profile/reported-list';
import type { ProfileModel } from '../../src/components/profile/model';
import type { ReportedFigure } from '../../src/contract';
import type { Locale } from '../../src/format';

const base: ReportedFigure = {
  code: '410600',
  year: 2021,
  metric: 'after_school_school_coverage',
  value: 1,
  unit: 'fraction',
  source: '鹤壁市教育体育局：在2022年全市教育体育暨全面从严治党工作会议上的讲话（2022年）',
  quote: '学校覆盖率%',
  caveat: '原文只剩“%”，按100%复原。',
  caveatEn: 'Only “%” is left; restored as 100 %.',
  reading: 'restored',
  origin: 'data/reported.csv',
};

function shown(figures: ReportedFigure[], locale: Locale): HTMLElement {
  const model = {
    unit: { level: 'prefecture', code: '410600', name: '鹤壁市' },
    reported: figures,
  } as unknown as ProfileModel;
  const host = document.createElement('div');
  render(reportedSection(model, undefined, locale), host);
  return host;
}

const text = (node: Element | null): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('reported figures in the profile', () => {
  it('marks a restored reading as restored, never as a clean figure', () => {
    const zh = shown([base], 'zh');
    expect(text(zh.querySelector('.reported-value'))).toBe('100%？· 原文数字缺失');
    expect(zh.querySelector('.reported-value')?.classList.contains('restored')).toBe(true);
    expect(zh.querySelector('strong.reported-value')).toBeNull();
    const en = shown([base], 'en');
    expect(text(en.querySelector('.reported-value'))).toBe('100%? · digits lost in the source');
  });

  it('shows a printed figure as printed, with its digits', () => {
    const printed = {
      ...base,
      value: 0.8799,
      reading: undefined,
      metric: 'after_school_student_participation',
    };
    const zh = shown([printed], 'zh');
    expect(text(zh.querySelector('strong.reported-value'))).toBe('87.99%');
  });

  it('gives the source, the quote and the caveat in the reader’s language', () => {
    const zh = shown([base], 'zh');
    expect(text(zh.querySelector('blockquote'))).toBe('学校覆盖率%');
    expect(text(zh.querySelector('.reported-figure p.small'))).toContain(
      '鹤壁市教育体育局：在2022年',
    );
    expect(text(zh.querySelector('.caveat'))).toBe('说明：原文只剩“%”，按100%复原。');
    const en = shown([base], 'en');
    expect(text(en.querySelector('.caveat'))).toBe('Caveat: Only “%” is left; restored as 100 %.');
    // Without an English caveat, the Chinese one is shown and marked as Chinese.
    const noEnglish = shown([{ ...base, caveatEn: undefined }], 'en');
    expect(noEnglish.querySelector('.caveat')?.getAttribute('lang')).toBe('zh-CN');
  });
});
