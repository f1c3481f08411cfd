// The state of the atlas that a URL can hold. Everything else (data, focus,
// menus) is derived or local to an element.

import { NATION_CODE, type Level, type MetricId } from '../contract';
import type { Locale } from '../format';

export const VIEWS = ['map', 'chart', 'table', 'profile', 'gap'] as const;
export type View = (typeof VIEWS)[number];

export const CHART_KINDS = ['ranking', 'trend', 'scatter', 'compare', 'change'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Classification methods as written in the URL (`class=`). */
export const CLASS_PARAMS = ['threshold', 'fixed', 'quantile', 'equal', 'jenks'] as const;
export type ClassParam = (typeof CLASS_PARAMS)[number];

/**
 * How deep the map and lists go below the region (`by=`): 'auto' shows its
 * children; the nation can show every prefecture, a province every county.
 */
export const DETAILS = ['auto', 'prefecture', 'county'] as const;
export type Detail = (typeof DETAILS)[number];

export interface AtlasState {
  metric: MetricId;
  /** null: the latest year that has data for the metric. */
  year: number | null;
  /** The unit in focus: its children are mapped, ranked and tabled. */
  region: string;
  /** Level of `region`; null: the highest level holding that code (441900 → prefecture). */
  level: Level | null;
  view: View;
  chart: ChartKind;
  select: string[];
  lang: Locale;
  /** null: the metric's default (defaultClassParam). */
  classification: ClassParam | null;
  /** Second metric of the scatter (x axis). */
  xMetric: MetricId;
  /** Base year of the change chart; null: the earliest year with data. */
  from: number | null;
  by: Detail;
  /**
   * The gap table's "what if" target as typed: percent for rates (90), the
   * plain value for CVs (0.45); null: the catalogue's target.
   */
  target: number | null;
}

export const DEFAULT_STATE: AtlasState = {
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
  by: 'auto',
  target: null,
};

/** Compare takes 2–5 units; more selected ones are kept for the other views. */
export const MAX_SELECTED = 10;
