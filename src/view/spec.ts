// What a view of the atlas is: everything a link, an iframe URL, an embed's
// attributes or a static page can say. One type for all of them, so that a
// link written by any part of the project opens the same view everywhere.

import { NATION_CODE, type Level, type MetricId } from '../contract';
import type { Locale } from '../format/locale';

export const VIEWS = ['map', 'chart', 'table', 'profile', 'gap'] as const;
export type View = (typeof VIEWS)[number];

export const CHART_KINDS = ['ranking', 'trend', 'scatter', 'compare', 'change'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Classification methods as written in a link (`class=`). */
export const CLASS_PARAMS = ['threshold', 'fixed', 'quantile', 'equal', 'jenks'] as const;
export type ClassParam = (typeof CLASS_PARAMS)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The levels units can be shown at (never the nation). */
export type UnitLevel = Exclude<Level, 'nation'>;

export interface ViewSpec {
  /** The main metric: coloured on the map, ranked, on the y axis of the scatter. */
  metric: MetricId;
  /** null: the latest year that has data for the metric. */
  year: number | null;
  /** The unit in focus: its units are mapped, ranked and tabled (a county: its siblings). */
  region: string;
  /**
   * Level of the units shown under `region`; null: its children (one level
   * further down where that level has a single unit, as in municipalities).
   * `region=410000&level=county` is every county of 河南.
   */
  level: UnitLevel | null;
  view: View;
  chart: ChartKind;
  /** Selected units (compared, highlighted, the lines of a trend). */
  select: string[];
  lang: Locale;
  /** null: the metric's default (defaultClassParam). */
  classification: ClassParam | null;
  /** The scatter's x axis. */
  xMetric: MetricId;
  /** Base year of the change chart; null: the default base year. */
  from: number | null;
  /**
   * The gap table's "what if" target as typed: percent for rates (90), the
   * plain value for CVs (0.45); null: the catalogue's target.
   */
  target: number | null;
  /** Colours of an embed (the atlas follows the reader's system). */
  theme: Theme;
}

export const DEFAULT_VIEW: ViewSpec = {
  metric: 'inclusive_kindergarten_coverage',
  year: null,
  region: NATION_CODE,
  level: null,
  view: 'map',
  chart: 'ranking',
  select: [],
  lang: 'zh',
  classification: null,
  xMetric: 'public_kindergarten_share',
  from: null,
  target: null,
  theme: 'light',
};

/** What an embed's parameter left out means: a chart (a ranking) rather than the map. */
export const EMBED_DEFAULT_VIEW: ViewSpec = { ...DEFAULT_VIEW, view: 'chart' };

/** Compare takes 2–5 units; more selected ones are kept for the other views. */
export const MAX_SELECTED = 10;

/** What an embed draws: one chart kind, or the map. */
export type Figure = ChartKind | 'map';

export function figureOf(spec: Pick<ViewSpec, 'view' | 'chart'>): Figure {
  return spec.view === 'map' ? 'map' : spec.chart;
}

/** The figure an embed of a view shows: its chart or its map (a table, profile or gap table: the map). */
export function embeddable<T extends ViewSpec>(spec: T): T {
  return spec.view === 'chart' || spec.view === 'map' ? spec : { ...spec, view: 'map' };
}

/** The view and chart that draw a figure. */
export function withFigure<T extends ViewSpec>(spec: T, figure: Figure): T {
  return figure === 'map' ? { ...spec, view: 'map' } : { ...spec, view: 'chart', chart: figure };
}
