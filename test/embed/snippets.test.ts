import { describe, expect, it } from 'vitest';
import { frameParams } from '../../src/embed/frame-params';
import { atlasViewUrl, embedFrameUrl, staticFallbackFor } from '../../src/embed/links';
import {
  escapeHtml,
  frameId,
  iframeSnippet,
  imageSnippet,
  scriptSnippet,
} from '../../src/embed/snippets';
import { DEFAULT_VIEW, type ViewSpec } from '../../src/view/spec';

const SITE = 'https://atlas.example.org/edu/';
const RANKING: ViewSpec = {
  ...DEFAULT_VIEW,
  metric: 'preschool_gross_enrollment',
  year: 2024,
  region: '410000',
  select: ['410600', '410700'],
  view: 'chart',
  chart: 'ranking',
};
const MAP: ViewSpec = { ...RANKING, view: 'map', select: [] };

describe('links', () => {
  it('atlas view URL: the view codec, defaults left out, commas unescaped', () => {
    expect(atlasViewUrl(SITE, RANKING)).toBe(
      'https://atlas.example.org/edu/?metric=preschool_gross_enrollment&year=2024&region=410000&view=chart&select=410600,410700',
    );
    // The map is the atlas's default view; a theme is an embed's, never the atlas's.
    expect(atlasViewUrl(SITE, { ...MAP, theme: 'dark' })).toBe(
      'https://atlas.example.org/edu/?metric=preschool_gross_enrollment&year=2024&region=410000',
    );
  });

  it('iframe URL names metric and region, adds the id; a ranking is the embeds default, a map says so', () => {
    expect(embedFrameUrl('https://a.org', { ...RANKING, region: '000000', select: [] }, 'f1')).toBe(
      'https://a.org/embed/?metric=preschool_gross_enrollment&year=2024&region=000000&id=f1',
    );
    expect(embedFrameUrl('https://a.org', MAP, 'f2')).toBe(
      'https://a.org/embed/?metric=preschool_gross_enrollment&year=2024&region=410000&view=map&id=f2',
    );
    // A table, profile or gap table embeds as its map.
    expect(embedFrameUrl('https://a.org', { ...MAP, view: 'gap' }, 'f3')).toContain('view=map');
  });

  it('static fallbacks exist for latest-year rankings and maps of the nation and provinces only', () => {
    expect(staticFallbackFor(RANKING, 2024)).toEqual({
      metric: 'preschool_gross_enrollment',
      region: '410000',
      type: 'ranking',
    });
    expect(staticFallbackFor(MAP, 2024)?.type).toBe('map');
    expect(staticFallbackFor({ ...RANKING, year: null }, 2024)).not.toBeNull();
    expect(staticFallbackFor({ ...RANKING, year: 2023 }, 2024)).toBeNull();
    expect(staticFallbackFor({ ...RANKING, region: '410600' }, 2024)).toBeNull();
    expect(staticFallbackFor({ ...RANKING, level: 'county' }, 2024)).toBeNull();
    expect(staticFallbackFor({ ...RANKING, chart: 'trend' }, 2024)).toBeNull();
  });
});

describe('snippets', () => {
  it('iframe code: escaped src, title, and the resize script', () => {
    const code = iframeSnippet(SITE, RANKING, '河南省');
    const id = frameId(RANKING);
    expect(code).toBe(
      `<iframe id="${id}" src="https://atlas.example.org/edu/embed/?metric=preschool_gross_enrollment&amp;year=2024&amp;region=410000&amp;select=410600,410700&amp;id=${id}" title="学前三年毛入园率 · 河南省 · 2024 · 教育地图"\n` +
        '  style="width:100%;height:520px;border:0" loading="lazy"></iframe>\n' +
        '<script src="https://atlas.example.org/edu/embed-resize.js" async></script>',
    );
  });

  it('script code: one module script and the element with attributes', () => {
    expect(scriptSnippet(SITE, RANKING)).toBe(
      '<script type="module" src="https://atlas.example.org/edu/embed.js"></script>\n' +
        '<edu-chart metric="preschool_gross_enrollment" year="2024" region="410000" select="410600,410700"></edu-chart>',
    );
    expect(
      scriptSnippet(SITE, {
        ...RANKING,
        chart: 'scatter',
        xMetric: 'class_multimedia_rate',
        lang: 'en',
      }).split('\n')[1],
    ).toBe(
      '<edu-chart metric="preschool_gross_enrollment" year="2024" region="410000" chart="scatter" select="410600,410700" lang="en" x="class_multimedia_rate"></edu-chart>',
    );
    expect(scriptSnippet(SITE, { ...MAP, chart: 'trend', theme: 'dark' }).split('\n')[1]).toBe(
      '<edu-embed-map metric="preschool_gross_enrollment" year="2024" region="410000" theme="dark"></edu-embed-map>',
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
    expect(frameId(RANKING)).not.toBe(frameId(MAP));
    expect(frameId(RANKING)).not.toBe(frameId({ ...RANKING, xMetric: 'class_multimedia_rate' }));
    expect(frameId(RANKING)).toMatch(/^edu-atlas-[0-9a-z]+$/);
  });
});

describe('frameParams', () => {
  it('passes the view parameters through under their own names, and nothing else', () => {
    expect(
      frameParams(
        '?metric=class_multimedia_rate&chart=trend&select=410600,410700&lang=en&theme=dark&id=f1&evil=1&class=x',
      ),
    ).toEqual({
      attributes: {
        metric: 'class_multimedia_rate',
        chart: 'trend',
        select: '410600,410700',
        lang: 'en',
        theme: 'dark',
      },
      id: 'f1',
      theme: 'dark',
    });
    expect(frameParams('?type=map').attributes.type).toBe('map');
    expect(frameParams(`?id=${'x'.repeat(100)}`).id).toHaveLength(64);
  });
});
