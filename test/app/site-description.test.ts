// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applySiteIdentity, siteDescription } from '../../src/app/site-identity';
import type { SiteIdentity } from '../../src/contract';

const site: SiteIdentity = {
  title: { zh: '教育地图', en: 'Education Atlas' },
  subtitle: { zh: '全国区县教育指标', en: 'county indicators' },
  publisher: null,
  contact: null,
  defaultMetric: null,
  origin: 'scope',
};

describe('the preview of a shared atlas link', () => {
  it('carries the synthetic label in og:description, in the reader’s language', () => {
    applySiteIdentity(document, site, 'zh', '普惠性幼儿园覆盖率 · 全国 · 2024 — 教育地图', true);
    const og = document.head
      .querySelector('meta[property="og:description"]')
      ?.getAttribute('content');
    expect(og).toBe('教育地图 · 全国区县教育指标　合成数据（演示用，非真实统计）');
    expect(siteDescription(site, 'en', true)).toBe(
      'Education Atlas · county indicators · Synthetic data (demo, not real statistics)',
    );
  });

  it('says nothing of the kind for real data', () => {
    expect(siteDescription(site, 'zh', false)).toBe('教育地图 · 全国区县教育指标');
  });
});
