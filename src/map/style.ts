// The MapLibre style: a background and GeoJSON sources only. No tiles, sprites
// or glyphs are fetched (labels are HTML overlays), so the map works offline
// and under a strict CSP for connect-src. Colours come from feature-state so
// that recolouring never rebuilds a source.

import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { OUTSIDE_REFERENCE_CODES } from '../contract';
import { PARTIAL_COLOUR, PARTIAL_HATCH } from './colour';
import { LIGHT_THEME, type MapTheme } from './theme';

export const HATCH_IMAGE = 'edu-no-data-hatch';
export const PARTIAL_HATCH_IMAGE = 'edu-partial-hatch';
/** Caveat marks over class colours: dots for `incomplete`, plus signs for `over_100`. */
export const INCOMPLETE_IMAGE = 'edu-incomplete-dots';
export const OVER_100_IMAGE = 'edu-over-100-plus';

/** Feature-state keys set by the element. */
export interface UnitState {
  /** Class colour; absent or null for no data. */
  fill?: string | null;
  hover?: boolean;
  focus?: boolean;
  selected?: boolean;
  /** The value covers only part of the unit: hatched and outlined apart from the classes. */
  partial?: boolean;
  /** Outside the data's scope: drawn as context, not as missing. */
  outside?: boolean;
  /** The value is flagged `incomplete` / `over_100`: a mark over its class colour. */
  incomplete?: boolean;
  over100?: boolean;
}

export type LayerRole = 'focus' | 'context';

export interface SourceLayer {
  /** Source id, e.g. 'provinces', 'prefectures', 'counties-410000'. */
  id: string;
  data: GeoJSON.FeatureCollection | string;
  role: LayerRole;
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

const isOutside: ExpressionSpecification = [
  'in',
  ['get', 'code'],
  ['literal', [...OUTSIDE_REFERENCE_CODES]],
];

/** Units of `filter` that are in the reference list (they take data colours). */
export function focusFilter(filter: FilterSpecification | null): FilterSpecification {
  const inList: ExpressionSpecification = ['!', isOutside];
  return filter ? ['all', inList, filter as ExpressionSpecification] : inList;
}

export function sourceSpec(
  data: GeoJSON.FeatureCollection | string = EMPTY,
): GeoJSONSourceSpecification {
  return { type: 'geojson', data, promoteId: 'code', tolerance: 0.3 };
}

const stateFlag = (key: keyof UnitState): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];

/** The layers drawing one source; `filter` picks the units shown (children of the region). */
export function layersFor(
  source: string,
  role: LayerRole,
  theme: MapTheme = LIGHT_THEME,
  filter: FilterSpecification | null = null,
): LayerSpecification[] {
  if (role === 'context') {
    return [
      {
        id: `${source}-context-fill`,
        type: 'fill',
        source,
        paint: { 'fill-color': theme.context },
      },
      {
        id: `${source}-context-line`,
        type: 'line',
        source,
        paint: { 'line-color': theme.contextLine, 'line-width': 0.6 },
      },
    ];
  }
  const shown = focusFilter(filter);
  return [
    {
      id: `${source}-outside`,
      type: 'fill',
      source,
      filter: filter ? ['all', isOutside, filter as ExpressionSpecification] : isOutside,
      // 台湾, 香港, 澳门: outside the data, drawn like context beyond a bureau's scope.
      paint: { 'fill-color': theme.context, 'fill-outline-color': theme.contextLine },
    },
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      filter: shown,
      paint: {
        'fill-color': [
          'case',
          stateFlag('outside'),
          theme.context,
          stateFlag('partial'),
          PARTIAL_COLOUR,
          ['coalesce', ['feature-state', 'fill'], theme.noData],
        ],
      },
    },
    {
      // Hatch over units without a class colour: "no data" must not read as a pale value.
      id: `${source}-no-data`,
      type: 'fill',
      source,
      filter: shown,
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-opacity': [
          'case',
          ['any', stateFlag('outside'), stateFlag('partial')],
          0,
          ['==', ['typeof', ['feature-state', 'fill']], 'string'],
          0,
          1,
        ],
      },
    },
    {
      // A partial value: the other hatch direction, never a class colour.
      id: `${source}-partial`,
      type: 'fill',
      source,
      filter: shown,
      paint: {
        'fill-pattern': PARTIAL_HATCH_IMAGE,
        'fill-opacity': ['case', stateFlag('partial'), 1, 0],
      },
    },
    {
      id: `${source}-partial-line`,
      type: 'line',
      source,
      filter: shown,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': PARTIAL_HATCH,
        'line-width': 1.5,
        'line-dasharray': [3, 2],
        'line-opacity': ['case', stateFlag('partial'), 1, 0],
      },
    },
    {
      // Flags as in tables: a mark over the class colour, never a different colour.
      id: `${source}-incomplete`,
      type: 'fill',
      source,
      filter: shown,
      paint: {
        'fill-pattern': INCOMPLETE_IMAGE,
        'fill-opacity': ['case', stateFlag('incomplete'), 1, 0],
      },
    },
    {
      id: `${source}-over-100`,
      type: 'fill',
      source,
      filter: shown,
      paint: {
        'fill-pattern': OVER_100_IMAGE,
        'fill-opacity': ['case', stateFlag('over100'), 1, 0],
      },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      filter: shown,
      paint: {
        'line-color': theme.line,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 8, 1.2],
      },
    },
    {
      id: `${source}-highlight`,
      type: 'line',
      source,
      filter: shown,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', stateFlag('selected'), theme.selected, theme.highlight],
        'line-width': [
          'case',
          stateFlag('focus'),
          3,
          stateFlag('selected'),
          2.5,
          stateFlag('hover'),
          2,
          0,
        ],
        'line-opacity': [
          'case',
          ['any', stateFlag('focus'), stateFlag('selected'), stateFlag('hover')],
          1,
          0,
        ],
      },
    },
  ];
}

/** A complete offline style for the given sources (context layers first, below focus layers). */
export function buildMapStyle(
  sources: readonly SourceLayer[] = [],
  theme: MapTheme = LIGHT_THEME,
): StyleSpecification {
  const ordered = [...sources].sort((a, b) =>
    a.role === b.role ? 0 : a.role === 'context' ? -1 : 1,
  );
  return {
    version: 8,
    sources: Object.fromEntries(sources.map((s) => [s.id, sourceSpec(s.data)])),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': theme.background } },
      ...ordered.flatMap((s) => layersFor(s.id, s.role, theme)),
    ],
  };
}
