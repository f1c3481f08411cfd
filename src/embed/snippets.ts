// The code a journalist pastes: a link, an iframe with the resize script, a
// script embed, or a static image. Pure (strings in, strings out) so that the
// share dialog, the docs and the e2e host page use the very same snippets.
// Every value is HTML-escaped: a snippet is markup the host page will parse.

import { metricById, NATION_CODE } from '../contract';
import {
  atlasViewUrl,
  embedFrameUrl,
  folderUrl,
  staticEmbedPath,
  staticFallbackFor,
  type ViewState,
} from './links';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`,
  );
}

/** A short stable id for an iframe, from its view (so two different embeds differ). */
export function frameId(state: ViewState): string {
  const key = [
    state.chart,
    state.metric,
    state.year,
    state.region,
    state.level,
    state.select.join('.'),
  ].join('|');
  let hash = 5381;
  for (const ch of key) hash = ((hash * 33) ^ (ch.codePointAt(0) ?? 0)) >>> 0;
  return `edu-atlas-${hash.toString(36)}`;
}

export function titleOf(state: ViewState): string {
  const atlas = state.lang === 'zh' ? '教育地图' : 'Education Atlas';
  return state.metric ? `${metricById(state.metric).name[state.lang]} · ${atlas}` : atlas;
}

export function linkSnippet(siteUrl: string, state: ViewState): string {
  return atlasViewUrl(siteUrl, state);
}

export function iframeSnippet(siteUrl: string, state: ViewState): string {
  const id = frameId(state);
  const src = embedFrameUrl(siteUrl, state, id);
  return [
    `<iframe id="${escapeHtml(id)}" src="${escapeHtml(src)}" title="${escapeHtml(titleOf(state))}"`,
    `  style="width:100%;height:520px;border:0" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(folderUrl(siteUrl))}embed-resize.js" async></script>`,
  ].join('\n');
}

export function scriptSnippet(siteUrl: string, state: ViewState): string {
  const tag = state.chart === 'map' ? 'edu-embed-map' : 'edu-chart';
  const attrs: [string, string | null][] = [
    ['type', state.chart === 'map' ? null : state.chart],
    ['metric', state.metric],
    ['year', state.year === null ? null : String(state.year)],
    ['region', state.region === NATION_CODE ? null : state.region],
    ['level', state.level],
    ['codes', state.select.length ? state.select.join(',') : null],
    ['lang', state.lang],
    ['theme', state.theme && state.theme !== 'light' ? state.theme : null],
  ];
  const attributes = attrs
    .filter((a): a is [string, string] => a[1] !== null)
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
  state: ViewState,
  latestYear: number | null,
): {
  page: string;
  png: string;
  html: string;
} | null {
  const fallback = staticFallbackFor(state, latestYear);
  if (!fallback) return null;
  const folder = `${folderUrl(siteUrl)}${staticEmbedPath(fallback.metric, fallback.region, fallback.type)}`;
  const png = `${folder}figure.png`;
  const alt = titleOf(state);
  return {
    page: folder,
    png,
    html: `<a href="${escapeHtml(atlasViewUrl(siteUrl, state))}"><img src="${escapeHtml(png)}" alt="${escapeHtml(alt)}" style="max-width:100%;height:auto"></a>`,
  };
}
