// URLs between the atlas, its embeds and the static fallbacks. Parameters use
// the atlas URL's names (metric, year, region, level, select, chart, lang, theme).

import { NATION_CODE, type Level, type MetricId } from '../contract';
import type { Locale } from '../format';
import type { EmbedTheme, EmbedType } from './params';

export interface ViewState {
  metric: MetricId | null;
  year: number | null;
  region: string;
  level: Level | null;
  select: readonly string[];
  chart: EmbedType;
  lang: Locale;
  theme?: EmbedTheme;
}

/** `base` as a folder URL (ending in '/'). */
export function folderUrl(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

function query(state: ViewState, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (state.metric) params.set('metric', state.metric);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.region !== NATION_CODE) params.set('region', state.region);
  if (state.level) params.set('level', state.level);
  if (state.select.length) params.set('select', state.select.join(','));
  params.set('chart', state.chart);
  params.set('lang', state.lang);
  if (state.theme && state.theme !== 'light') params.set('theme', state.theme);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString().replace(/%2C/g, ',');
}

/** The atlas view a chart links back to. */
export function atlasViewUrl(siteUrl: string, state: ViewState): string {
  return `${folderUrl(siteUrl)}?${query({ ...state, theme: undefined })}`;
}

/** The iframe route; `id` travels back in the resize messages. */
export function embedFrameUrl(siteUrl: string, state: ViewState, id: string): string {
  return `${folderUrl(siteUrl)}embed/?${query(state, { id })}`;
}

export const STATIC_TYPES = ['ranking', 'map'] as const;
export type StaticType = (typeof STATIC_TYPES)[number];

/** Folder of a static embed page, relative to the site root. */
export function staticEmbedPath(metric: MetricId, region: string, type: StaticType): string {
  return `embed/${metric}/${region}/${type}/`;
}

/** The static fallback of a view, when the build makes one (latest year, default level, no selection). */
export function staticFallbackFor(
  state: ViewState,
  latestYear: number | null,
): { metric: MetricId; region: string; type: StaticType } | null {
  const isStatic = (STATIC_TYPES as readonly string[]).includes(state.chart);
  const isProvinceOrNation = state.region === NATION_CODE || /^\d{2}0000$/.test(state.region);
  if (!state.metric || !isStatic || !isProvinceOrNation) return null;
  if (state.year !== null && state.year !== latestYear) return null;
  return { metric: state.metric, region: state.region, type: state.chart as StaticType };
}
