// URLs between the atlas, its embeds and the static fallbacks, all written by
// the one view codec (src/view/codec.ts): a link says a ViewSpec, and the
// atlas, the iframe route and the elements read it back the same way.

import { NATION_CODE, type MetricId } from '../contract';
import { explicitDefaults, serialiseView, viewParams, type ViewParam } from '../view/codec';
import {
  DEFAULT_VIEW,
  EMBED_DEFAULT_VIEW,
  embeddable,
  figureOf,
  type ViewSpec,
} from '../view/spec';

/** `base` as a folder URL (ending in '/'). */
export function folderUrl(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The atlas view a chart links back to. It names its metric and region (a
 * site may open elsewhere by default); the atlas has no theme of its own.
 */
export function atlasViewUrl(siteUrl: string, spec: ViewSpec): string {
  const query = serialiseView({ ...spec, theme: 'light' }, explicitDefaults(DEFAULT_VIEW));
  return `${folderUrl(siteUrl)}${query}`;
}

/** The iframe route; `id` travels back in the resize messages. */
export function embedFrameUrl(siteUrl: string, spec: ViewSpec, id: string): string {
  const defaults = explicitDefaults(EMBED_DEFAULT_VIEW);
  const query = serialiseView(embeddable(spec), defaults, [['id', id]]);
  return `${folderUrl(siteUrl)}embed/${query}`;
}

/** Parameters an embed has no use for (and `class` is every element's CSS class). */
const NOT_FOR_EMBEDS: readonly ViewParam[] = ['view', 'class', 'target'];

/** The attributes of the element that shows a view (the view is the element's tag). */
export function embedAttributes(spec: ViewSpec): [ViewParam, string][] {
  return viewParams(embeddable(spec), explicitDefaults(EMBED_DEFAULT_VIEW)).filter(
    ([name]) => !NOT_FOR_EMBEDS.includes(name),
  );
}

export const STATIC_TYPES = ['ranking', 'map'] as const;
export type StaticType = (typeof STATIC_TYPES)[number];

/** Folder of a static embed page, relative to the site root. */
export function staticEmbedPath(metric: MetricId, region: string, type: StaticType): string {
  return `embed/${metric}/${region}/${type}/`;
}

/** The static fallback of a view, when the build makes one (latest year, default level). */
export function staticFallbackFor(
  spec: ViewSpec,
  latestYear: number | null,
): { metric: MetricId; region: string; type: StaticType } | null {
  const figure = figureOf(embeddable(spec));
  const isStatic = figure === 'ranking' || figure === 'map';
  const isProvinceOrNation = spec.region === NATION_CODE || /^\d{2}0000$/.test(spec.region);
  if (!isStatic || !isProvinceOrNation || spec.level !== null) return null;
  if (spec.year !== null && spec.year !== latestYear) return null;
  return { metric: spec.metric, region: spec.region, type: figure };
}
