// Where a view is and how every chart of it is framed, from the view and the
// published data: what each chart kind's input starts from (ranking-input.ts,
// chart-input.ts). Pure: the data are asked for through `ChartData`, which
// answers `undefined` for a file not loaded yet.

import {
  changeBaseYear,
  metricById,
  NATION_CODE,
  type AtlasIndex,
  type MetricDefinition,
  type MetricId,
  type MetricYearValues,
  type ProvinceSeries,
  type SiteIdentity,
} from '../contract';
import type { ChangeInput } from '../charts/change/layout';
import type { CompareInput } from '../charts/compare/layout';
import type { ChartFrameInput } from '../charts/frame';
import type { RankingInput } from '../charts/ranking/layout';
import type { ScatterInput } from '../charts/scatter/layout';
import type { TrendInput } from '../charts/trend/layout';
import type { DataCoverage } from '../data/coverage';
import type { Unit, UnitDirectory } from '../data/units';
import type { Locale } from '../format/locale';
import { chartStrings } from '../i18n/charts';
import { focusOf, scopedFocus, type Focus, type MapLevel } from './focus';
import type { ViewSpec } from './spec';

/** What the chart input reads: the index, the unit tree, and files as they arrive. */
export interface ChartData {
  index: Pick<AtlasIndex, 'build' | 'site' | 'metrics'>;
  /** The unit tree (in any language: names are taken in the view's). */
  units: UnitDirectory;
  coverage: Pick<DataCoverage, 'isPartial' | 'inScope'> | null;
  /** A metric-year; null: the build has none; undefined: not loaded (yet). */
  values(metric: MetricId, year: number): MetricYearValues | null | undefined;
  /** A series file by scope (see seriesScopeOf); null: none; undefined: not loaded (yet). */
  series(scope: string): ProvinceSeries | null | undefined;
}

export type Frame = Omit<ChartFrameInput, 'width'>;
export type Without<T> = Omit<T, 'width'>;

/** A chart kind, its layout's input without a width, and the level of its units. */
export type ChartInput =
  | { kind: 'ranking'; input: Without<RankingInput>; level: MapLevel }
  | { kind: 'trend'; input: Without<TrendInput>; level: MapLevel }
  | { kind: 'scatter'; input: Without<ScatterInput>; level: MapLevel }
  | { kind: 'compare'; input: Without<CompareInput>; level: MapLevel }
  | { kind: 'change'; input: Without<ChangeInput>; level: MapLevel };

/** Where a view is: its metric, its years and the units it shows. */
export interface Place {
  metric: MetricDefinition;
  /** Years with data for the metric, ascending. */
  years: number[];
  year: number;
  /** The change's base year. */
  fromYear: number;
  focus: Focus;
}

/** The files a view's chart reads: metric-years and series scopes. */
export interface ChartNeeds {
  values: { metric: MetricId; year: number }[];
  series: string[];
}

export function yearsOf(index: Pick<AtlasIndex, 'metrics'>, metric: MetricId): number[] {
  return index.metrics.find((m) => m.id === metric)?.years ?? [];
}

/** The view's year when the metric has data then, else the metric's latest. */
export function yearOf(spec: Pick<ViewSpec, 'year'>, years: readonly number[]): number | undefined {
  return spec.year !== null && years.includes(spec.year) ? spec.year : years[years.length - 1];
}

/** The change's base year: the view's, else the first year a change may be measured from. */
export function fromYearOf(
  spec: Pick<ViewSpec, 'from'>,
  metric: MetricDefinition,
  year: number,
  years: readonly number[],
): number {
  const candidates = years.filter((y) => y !== year);
  // By default a change starts no earlier than the policy behind the metric (双减, 2021).
  const base = candidates.find((y) => changeBaseYear(metric, y) === y) ?? candidates[0];
  return spec.from !== null && candidates.includes(spec.from) ? spec.from : (base ?? year);
}

/** The place of a view (an unknown region: the nation); null without data for its metric. */
export function placeOf(spec: ViewSpec, data: Pick<ChartData, 'index' | 'units' | 'coverage'>) {
  const metric = metricById(spec.metric);
  const years = yearsOf(data.index, metric.id);
  const year = yearOf(spec, years);
  const units = data.units.inLocale(spec.lang);
  const focus = focusOf(units, spec) ?? focusOf(units, { region: NATION_CODE, level: null });
  if (year === undefined || !focus) return null;
  const place: Place = {
    metric,
    years,
    year,
    fromYear: fromYearOf(spec, metric, year, years),
    focus: data.coverage ? scopedFocus(focus, data.coverage) : focus,
  };
  return place;
}

/**
 * The source line of every figure: the site's title, its publisher when
 * given, and what the figures are ("鹤壁市教育地图 · 鹤壁市教育局 · 按学校填报数据计算").
 */
export function sourceLine(site: SiteIdentity, locale: Locale, synthetic: boolean): string {
  const kind = chartStrings[locale].dataKind[synthetic ? 'synthetic' : 'real'];
  return [site.title[locale], site.publisher, kind].filter(Boolean).join(' · ');
}

/** Title-less frame of every chart of a build: language, synthetic label, source, date. */
export function chartFrame(index: Pick<AtlasIndex, 'build' | 'site'>, locale: Locale): Frame {
  const synthetic = index.build.synthetic;
  return {
    locale,
    synthetic,
    source: sourceLine(index.site, locale, synthetic),
    date: index.build.builtAt,
  };
}

/** What a chart kind's input is made from. */
export interface Context {
  spec: ViewSpec;
  data: ChartData;
  place: Place;
  frame: Frame;
}

/** A unit's name, marked when its figure covers only part of it ("河南省（仅部分）"). */
export function nameIn(ctx: Context, unit: Unit, year: number): string {
  return ctx.data.coverage?.isPartial(unit, year)
    ? chartStrings[ctx.spec.lang].partialName(unit.name)
    : unit.name;
}
