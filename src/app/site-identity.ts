// The site's identity and scope on the page: what an address without a
// region opens at, which units the views list, and the title and Open Graph
// tags (which the static build also writes for crawlers).

import type { AtlasIndex, SiteIdentity } from '../contract';
import type { Locale } from '../format';
import { chartStrings } from '../i18n/charts';
import type { AtlasState } from './state';

/** Defaults of the URL state: the data's scope, and the site's default metric if any. */
export function siteDefaults(index: Pick<AtlasIndex, 'scope' | 'site'>): Partial<AtlasState> {
  const defaults: Partial<AtlasState> = { region: index.scope.code, level: null };
  if (index.site.defaultMetric) defaults.metric = index.site.defaultMetric;
  return defaults;
}

/** "鹤壁市教育地图 · 区县教育指标", and the publisher after a dash when there is one. */
export function siteHeadline(site: SiteIdentity, locale: Locale): string {
  const title = `${site.title[locale]} · ${site.subtitle[locale]}`;
  return site.publisher ? `${title} — ${site.publisher}` : title;
}

function setMeta(doc: Document, attribute: 'property' | 'name', key: string, content: string) {
  let meta = doc.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
  if (!meta) {
    meta = doc.createElement('meta');
    meta.setAttribute(attribute, key);
    doc.head.append(meta);
  }
  meta.content = content;
}

/** The preview's description: the headline, and for synthetic data the label (never left out). */
export function siteDescription(site: SiteIdentity, locale: Locale, synthetic: boolean): string {
  const headline = siteHeadline(site, locale);
  return synthetic
    ? `${headline}${chartStrings[locale].separator}${chartStrings[locale].synthetic}`
    : headline;
}

/** Open Graph and description tags follow the site and the view (shared links, previews). */
export function applySiteIdentity(
  doc: Document,
  site: SiteIdentity,
  locale: Locale,
  pageTitle: string,
  synthetic = false,
): void {
  setMeta(doc, 'property', 'og:site_name', site.title[locale]);
  setMeta(doc, 'property', 'og:title', pageTitle);
  setMeta(doc, 'property', 'og:description', siteDescription(site, locale, synthetic));
}
