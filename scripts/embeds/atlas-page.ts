// The atlas page (dist/index.html) named after the site: its <title>, its
// description and Open Graph tags come from index.json's site identity, so
// that a shared link previews "鹤壁市教育地图", not a national title the data
// does not cover. The client keeps them current as the view changes.

import type { SiteIdentity } from '../../src/contract/published';
import { escapeHtml } from '../../src/embed/snippets';
import { SYNTHETIC_LABEL } from '../../src/i18n/synthetic';

const SYNTHETIC = `${SYNTHETIC_LABEL.zh.long} ${SYNTHETIC_LABEL.en.long}`;

/** The page's description: title, subtitle and publisher in both languages, and the data's status. */
export function atlasDescription(site: SiteIdentity, synthetic: boolean): string {
  const zh = [`${site.title.zh} · ${site.subtitle.zh}`, site.publisher].filter(Boolean).join(' — ');
  const en = `${site.title.en} · ${site.subtitle.en}`;
  const both = zh === en ? zh : `${zh} / ${en}`;
  return synthetic ? `${both}（${SYNTHETIC}）` : both;
}

/** "鹤壁市教育地图 Hebi Education Atlas"; the national default is "教育地图 Education Atlas". */
export function bilingualTitle(site: SiteIdentity): string {
  return site.title.zh === site.title.en ? site.title.zh : `${site.title.zh} ${site.title.en}`;
}

/** Rewrites the built page's title, description and Open Graph tags. */
export function brandAtlasPage(html: string, site: SiteIdentity, synthetic: boolean): string {
  const e = escapeHtml;
  const title = bilingualTitle(site);
  const description = atlasDescription(site, synthetic);
  const tags = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${e(site.title.zh)}" />`,
    `<meta property="og:title" content="${e(title)}" />`,
    `<meta property="og:description" content="${e(description)}" />`,
  ].join('\n    ');
  return html
    .replace(/<meta\s+property="og:[^"]*"[^>]*>\s*/g, '')
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${e(title)}</title>\n    ${tags}`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${e(description)}" />`,
    );
}
