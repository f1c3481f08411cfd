import { describe, expect, it } from 'vitest';
import { atlasDescription, brandAtlasPage } from '../../scripts/embeds/atlas-page';
import type { SiteIdentity } from '../../src/contract';

const hebi: SiteIdentity = {
  title: { zh: '鹤壁市教育地图', en: 'Hebi Education Atlas' },
  subtitle: { zh: '区县教育指标', en: 'district indicators' },
  publisher: '鹤壁市教育局',
  contact: null,
  defaultMetric: null,
  origin: 'scope',
};

const page = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta
      name="description"
      content="教育地图 Education Atlas：全国区县学前教育、信息化、课后服务与均衡指标（合成演示数据）。"
    />
    <title>教育地图 Education Atlas</title>
  </head>
</html>`;

describe('brandAtlasPage', () => {
  it('names the page after the site, with Open Graph tags and the data status', () => {
    const html = brandAtlasPage(
      page.replace(/\n\s+content/, ' content').replace(/\n\s+\/>/, ' />'),
      hebi,
      false,
    );
    expect(html).toContain('<title>鹤壁市教育地图 Hebi Education Atlas</title>');
    expect(html).toContain('<meta property="og:site_name" content="鹤壁市教育地图" />');
    expect(html).toContain(
      '<meta name="description" content="鹤壁市教育地图 · 区县教育指标 — 鹤壁市教育局 / Hebi Education Atlas · district indicators" />',
    );
    expect(html).not.toContain('全国区县');
  });

  it('keeps one set of tags when run twice, and says synthetic when it is', () => {
    const once = brandAtlasPage(page, hebi, true);
    const twice = brandAtlasPage(once, hebi, true);
    expect(twice.match(/og:title/g)).toHaveLength(1);
    expect(once).not.toContain('全国区县');
    expect(atlasDescription(hebi, true)).toContain('合成数据（演示用，非真实统计）');
  });

  it('escapes what site.json says', () => {
    const html = brandAtlasPage(page, { ...hebi, title: { zh: '<b>"x"', en: '<b>"x"' } }, false);
    expect(html).toContain('<title>&lt;b&gt;&quot;x&quot;</title>');
    expect(html).not.toContain('<b>"x"');
  });
});

describe('static embed pages', () => {
  it('carry the site name in the title, og:site_name and the oEmbed provider', async () => {
    const { oembedJson, staticPageHtml } = await import('../../scripts/embeds/page');
    const page = {
      title: '普惠性幼儿园覆盖率 · 鹤壁市',
      description: '2024',
      png: 'figure.png',
      svg: 'figure.svg',
      atlas: '../../../../',
      oembed: 'oembed.json',
      iframeHtml: '<iframe></iframe>',
      width: 640,
      height: 400,
      pngWidth: 1280,
      pngHeight: 800,
      synthetic: false,
      siteName: '鹤壁市教育地图',
    };
    const html = staticPageHtml(page);
    expect(html).toContain('<title>普惠性幼儿园覆盖率 · 鹤壁市 · 鹤壁市教育地图</title>');
    expect(html).toContain('<meta property="og:site_name" content="鹤壁市教育地图">');
    expect(JSON.parse(oembedJson(page, '/')).provider_name).toBe('鹤壁市教育地图');
  });
});
