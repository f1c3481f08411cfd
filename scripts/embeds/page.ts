// The static embed page of one figure (no script: it works with JavaScript
// off, in feed readers and in link previews) and its oEmbed response.

import { escapeHtml } from '../../src/embed/snippets';
import { embedStrings } from '../../src/i18n/embed';
import { SYNTHETIC_LABEL as LABEL } from '../../src/i18n/synthetic';

export const PROVIDER = '教育地图 Education Atlas';

export interface StaticPage {
  title: string;
  description: string;
  /** URLs: absolute when the build knows the site URL, else relative to the page. */
  png: string;
  svg: string;
  atlas: string;
  oembed: string;
  iframeHtml: string;
  /** CSS pixels of the figure, and device pixels of its PNG. */
  width: number;
  height: number;
  pngWidth: number;
  pngHeight: number;
  synthetic: boolean;
  /** The site's title (index.json `site`): 鹤壁市教育地图 for 鹤壁's returns. */
  siteName?: string;
}

export const SYNTHETIC_LABEL = `${LABEL.zh.long} ${LABEL.en.long}`;
const VIEW_IN_ATLAS = `${embedStrings.zh.viewInAtlas} ${embedStrings.en.viewInAtlas}`;

/** What previews show under the title: for synthetic data the label comes first. */
export function previewDescription(p: Pick<StaticPage, 'description' | 'synthetic'>): string {
  return p.synthetic ? `${SYNTHETIC_LABEL} · ${p.description}` : p.description;
}

export function staticPageHtml(p: StaticPage): string {
  const e = escapeHtml;
  const description = previewDescription(p);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(p.title)} · ${e(p.siteName ?? '教育地图')}</title>
<meta name="description" content="${e(description)}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${e(p.siteName ?? PROVIDER)}">
<meta property="og:title" content="${e(p.title)}">
<meta property="og:description" content="${e(description)}">
<meta property="og:image" content="${e(p.png)}">
<meta property="og:image:width" content="${p.pngWidth}">
<meta property="og:image:height" content="${p.pngHeight}">
<meta property="og:image:alt" content="${e(p.title)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${e(p.title)}">
<meta name="twitter:description" content="${e(description)}">
<meta name="twitter:image" content="${e(p.png)}">
<link rel="alternate" type="application/json+oembed" href="${e(p.oembed)}" title="${e(p.title)}">
<style>
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; }
figure { margin: 0 auto; max-width: ${p.width}px; padding: 8px; }
img { display: block; width: 100%; height: auto; }
figcaption { padding: 6px 12px; }
a { color: #0b63ce; }
</style>
</head>
<body>
<figure>
<a href="${e(p.atlas)}"><img src="${e(p.png)}" width="${p.width}" height="${p.height}" alt="${e(`${p.title}。${p.description}`)}"></a>
<figcaption><a href="${e(p.atlas)}">${e(VIEW_IN_ATLAS)}</a> · <a href="${e(p.svg)}">SVG</a>${p.synthetic ? ` · ${e(SYNTHETIC_LABEL)}` : ''}</figcaption>
</figure>
</body>
</html>
`;
}

export function oembedJson(p: StaticPage, providerUrl: string): string {
  return `${JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      provider_name: p.siteName ?? PROVIDER,
      provider_url: providerUrl,
      title: p.title,
      html: p.iframeHtml,
      width: p.width,
      height: p.height,
      thumbnail_url: p.png,
      thumbnail_width: p.pngWidth,
      thumbnail_height: p.pngHeight,
    },
    null,
    2,
  )}\n`;
}
