// The code a journalist pastes: a link, an iframe with the resize script, a
// script embed, or a static image. Pure (strings in, strings out) so that the
// share dialog, the docs and the e2e host page use the very same snippets.
// Every value is HTML-escaped: a snippet is markup the host page will parse.

import { metricById } from '../contract';
import { serialiseView } from '../view/codec';
import { embeddable, figureOf, type ViewSpec } from '../view/spec';
import {
  atlasViewUrl,
  embedAttributes,
  embedFrameUrl,
  folderUrl,
  staticEmbedPath,
  staticFallbackFor,
} from './links';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`,
  );
}

/** A short stable id for an iframe, from its view (so two different embeds differ). */
export function frameId(spec: ViewSpec): string {
  const key = serialiseView(embeddable({ ...spec, lang: 'zh', theme: 'light' }));
  let hash = 5381;
  for (const ch of key) hash = ((hash * 33) ^ (ch.codePointAt(0) ?? 0)) >>> 0;
  return `edu-atlas-${hash.toString(36)}`;
}

/**
 * The title of an embed (the iframe's `title`, the image's `alt`): metric,
 * place and year when the caller knows them ("普惠性幼儿园覆盖率 · 鹤壁市 · 2024 · 教育地图").
 */
export function titleOf(spec: ViewSpec, place?: string): string {
  const atlas = spec.lang === 'zh' ? '教育地图' : 'Education Atlas';
  const parts = [metricById(spec.metric).name[spec.lang], place, spec.year ?? undefined];
  return [...parts.filter((p) => p !== undefined && p !== ''), atlas].join(' · ');
}

export function linkSnippet(siteUrl: string, spec: ViewSpec): string {
  return atlasViewUrl(siteUrl, spec);
}

export function iframeSnippet(siteUrl: string, spec: ViewSpec, place?: string): string {
  const id = frameId(spec);
  const src = embedFrameUrl(siteUrl, spec, id);
  return [
    `<iframe id="${escapeHtml(id)}" src="${escapeHtml(src)}" title="${escapeHtml(titleOf(spec, place))}"`,
    `  style="width:100%;height:520px;border:0" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(folderUrl(siteUrl))}embed-resize.js" async></script>`,
  ].join('\n');
}

export function scriptSnippet(siteUrl: string, spec: ViewSpec): string {
  const tag = figureOf(embeddable(spec)) === 'map' ? 'edu-embed-map' : 'edu-chart';
  const attributes = embedAttributes(spec)
    .filter(([name]) => tag === 'edu-chart' || name !== 'chart')
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  return [
    `<script type="module" src="${escapeHtml(folderUrl(siteUrl))}embed.js"></script>`,
    `<${tag}${attributes}></${tag}>`,
  ].join('\n');
}

/** The static image of a view, or null when the build makes none for it. */
export function imageSnippet(
  siteUrl: string,
  spec: ViewSpec,
  latestYear: number | null,
  place?: string,
): {
  page: string;
  png: string;
  html: string;
} | null {
  const fallback = staticFallbackFor(spec, latestYear);
  if (!fallback) return null;
  const folder = `${folderUrl(siteUrl)}${staticEmbedPath(fallback.metric, fallback.region, fallback.type)}`;
  const png = `${folder}figure.png`;
  const alt = titleOf(spec, place);
  return {
    page: folder,
    png,
    html: `<a href="${escapeHtml(atlasViewUrl(siteUrl, spec))}"><img src="${escapeHtml(png)}" alt="${escapeHtml(alt)}" style="max-width:100%;height:auto"></a>`,
  };
}
