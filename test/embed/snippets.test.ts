import { describe, expect, it } from 'vitest';
import { frameParams } from '../../src/embed/frame-params';
import {
  atlasViewUrl,
  embedFrameUrl,
  staticFallbackFor,
  type ViewState,
} from '../../src/embed/links';
import {
  escapeHtml,
  frameId,
  iframeSnippet,
  imageSnippet,
  scriptSnippet,
} from '../../src/embed/snippets';

const SITE = 'https://atlas.example.org/edu/';
const RANKING: ViewState = {
  metric: 'preschool_gross_enrollment',
  year: 2024,
  region: '410000',
  level: null,
  select: ['410600', '410700'],
  chart: 'ranking',
  lang: 'zh',
};

describe('links', () => {
  it('atlas view URL uses the atlas parameter names, commas unescaped', () => {
    expect(atlasViewUrl(SITE, RANKING)).toBe(
      'https://atlas.example.org/edu/?metric=preschool_gross_enrollment&year=2024&region=410000&select=410600,410700&chart=ranking&lang=zh',
    );
  });

  it('iframe URL adds the id; the nation is the default region', () => {
    expect(embedFrameUrl('https://a.org', { ...RANKING, region: '000000', select: [] }, 'f1')).toBe(
      'https://a.org/embed/?metric=preschool_gross_enrollment&year=2024&chart=ranking&lang=zh&id=f1',
    );
  });

  it('static fallbacks exist for latest-year rankings and maps of the nation and provinces only', () => {
    expect(staticFallbackFor(RANKING, 2024)).toEqual({
      metric: 'preschool_gross_enrollment',
      region: '410000',
      type: 'ranking',
    });
    expect(staticFallbackFor({ ...RANKING, year: null }, 2024)).not.toBeNull();
    expect(staticFallbackFor({ ...RANKING, year: 2023 }, 2024)).toBeNull();
    expect(staticFallbackFor({ ...RANKING, region: '410600' }, 2024)).toBeNull();
    expect(staticFallbackFor({ ...RANKING, chart: 'trend' }, 2024)).toBeNull();
  });
});

describe('snippets', () => {
  it('iframe code: escaped src, title, and the resize script', () => {
    const code = iframeSnippet(SITE, RANKING);
    const id = frameId(RANKING);
    expect(code).toBe(
      `<iframe id="${id}" src="https://atlas.example.org/edu/embed/?metric=preschool_gross_enrollment&amp;year=2024&amp;region=410000&amp;select=410600,410700&amp;chart=ranking&amp;lang=zh&amp;id=${id}" title="学前三年毛入园率 · 教育地图"\n` +
        '  style="width:100%;height:520px;border:0" loading="lazy"></iframe>\n' +
        '<script src="https://atlas.example.org/edu/embed-resize.js" async></script>',
    );
  });

  it('script code: one module script and the element with attributes', () => {
    expect(scriptSnippet(SITE, RANKING)).toBe(
      '<script type="module" src="https://atlas.example.org/edu/embed.js"></script>\n' +
        '<edu-chart type="ranking" metric="preschool_gross_enrollment" year="2024" region="410000" codes="410600,410700" lang="zh"></edu-chart>',
    );
    expect(
      scriptSnippet(SITE, { ...RANKING, chart: 'map', select: [], theme: 'dark' }).split('\n')[1],
    ).toBe(
      '<edu-embed-map metric="preschool_gross_enrollment" year="2024" region="410000" lang="zh" theme="dark"></edu-embed-map>',
    );
  });

  it('image code only for views with a static image', () => {
    expect(imageSnippet(SITE, RANKING, 2024)?.png).toBe(
      'https://atlas.example.org/edu/embed/preschool_gross_enrollment/410000/ranking/figure.png',
    );
    expect(imageSnippet(SITE, { ...RANKING, chart: 'scatter' }, 2024)).toBeNull();
  });

  it('escapes a hostile site URL', () => {
    expect(escapeHtml(`"><script>alert('x')</script>`)).toBe(
      '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;',
    );
    expect(scriptSnippet('https://x.org/"><b>', RANKING)).not.toContain('"><b>');
  });

  it('different views get different iframe ids', () => {
    expect(frameId(RANKING)).not.toBe(frameId({ ...RANKING, chart: 'map' }));
    expect(frameId(RANKING)).toMatch(/^edu-atlas-[0-9a-z]+$/);
  });
});

describe('frameParams', () => {
  it('maps the atlas URL names to attributes (chart → type, select → codes)', () => {
    expect(
      frameParams(
        '?metric=class_multimedia_rate&chart=trend&select=410600,410700&lang=en&theme=dark&id=f1&evil=1',
      ),
    ).toEqual({
      attributes: {
        metric: 'class_multimedia_rate',
        lang: 'en',
        theme: 'dark',
        type: 'trend',
        codes: '410600,410700',
      },
      id: 'f1',
      theme: 'dark',
    });
    expect(frameParams('?type=map').attributes.type).toBe('map');
    expect(frameParams(`?id=${'x'.repeat(100)}`).id).toHaveLength(64);
  });
});
