// The input of a view's chart, from the view and the published data: one
// function for the atlas (src/app/chart-inputs.ts), the embeds and the static
// images (scripts/embeds/), so a view draws the same chart wherever it is
// opened. Pure: the data are asked for through `ChartData`, which answers
// `undefined` for a file not loaded yet (the chart is then null). The layouts
// are not imported here, so an embed loads only the one it draws.

import {
  changeBaseYear,
  metricById,
  METRICS,
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
import { seriesLookup, seriesScopeOf, valueOf, valuesAt } from '../data/values';
import { rankUnits } from '../data/rank';
import type { Locale } from '../format/locale';
import { coverageStrings } from '../i18n/coverage';
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

type Frame = Omit<ChartFrameInput, 'width'>;
type Without<T> = Omit<T, 'width'>;

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
  const kind = coverageStrings[locale].dataKind[synthetic ? 'synthetic' : 'real'];
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

interface Context {
  spec: ViewSpec;
  data: ChartData;
  place: Place;
  frame: Frame;
}

/** Selected codes as units: at the level shown when it has the code, else the highest. */
export function selectedUnits(spec: Pick<ViewSpec, 'select'>, units: UnitDirectory, focus: Focus) {
  return spec.select.flatMap((code) => {
    const unit = units.get(focus.childLevel, code) ?? units.find(code);
    return unit ? [unit] : [];
  });
}

function distinct(list: readonly Unit[], most: number): Unit[] {
  return [...new Map(list.map((u) => [`${u.level}:${u.code}`, u])).values()].slice(0, most);
}

/** A trend's lines: the selection and its region, or the path from the focus up to the nation. */
export function trendUnits(spec: Pick<ViewSpec, 'select'>, units: UnitDirectory, focus: Focus) {
  const chosen = selectedUnits(spec, units, focus);
  return distinct(chosen.length ? [...chosen, focus.parent] : [...focus.path].reverse(), 5);
}

/** Compare needs 2–5 units: the selection, topped up with the focus and its first children. */
export function compareUnits(spec: Pick<ViewSpec, 'select'>, units: UnitDirectory, focus: Focus) {
  const chosen = selectedUnits(spec, units, focus);
  const fill = [focus.unit, ...focus.children.slice(0, 2)];
  return distinct(chosen.length >= 2 ? chosen : [...chosen, ...fill], 5);
}

/** A unit's name, marked when its figure covers only part of it ("河南省（仅部分）"). */
function nameIn(ctx: Context, unit: Unit, year: number): string {
  return ctx.data.coverage?.isPartial(unit, year)
    ? coverageStrings[ctx.spec.lang].partialName(unit.name)
    : unit.name;
}

function ranking({ spec, data, place, frame }: Context): ChartInput | null {
  const { metric, year, focus } = place;
  const values = data.values(metric.id, year);
  if (values === undefined) return null;
  const parent = focus.parent;
  const at = valuesAt(values, focus.childLevel);
  const entries = focus.children.map((u) => ({
    code: u.code,
    name: u.name,
    value: at.get(u.code)?.value ?? null,
    flags: at.get(u.code)?.flags ?? [],
  }));
  // A partial unit is never ranked: it is left out of the bars altogether; ranked units first.
  const ranks = rankUnits(entries, metric.higherIsBetter);
  const units = entries
    .filter((e) => !e.flags.includes('partial'))
    .sort((a, b) => order(ranks.get(a.code)?.rank, ranks.get(b.code)?.rank, a.code, b.code));
  const nationPartial = data.coverage?.isPartial({ level: 'nation', code: NATION_CODE }, year);
  const input: Without<RankingInput> = {
    ...frame,
    metric,
    year,
    parentName: nameIn({ spec, data, place, frame }, parent, year),
    units,
    // The nation is drawn once, as the national line.
    parentValue: parent.level === 'nation' ? null : valueOf(values, parent.level, parent.code),
    // A national figure from part of China is no yardstick for complete units.
    nationalValue: nationPartial ? null : valueOf(values, 'nation', NATION_CODE),
    selected: spec.select,
    level: focus.childLevel,
  };
  return { kind: 'ranking', level: focus.childLevel, input };
}

/** Ranked first by rank, unranked last; ties by code. */
function order(a: number | undefined, b: number | undefined, codeA: string, codeB: string) {
  if (a !== b) return a === undefined ? 1 : b === undefined ? -1 : a - b;
  return codeA.localeCompare(codeB);
}

function trend(ctx: Context): ChartInput | null {
  const { metric, years, focus } = ctx.place;
  const shown = trendUnits(ctx.spec, unitsOf(ctx), focus);
  const files = shown.map((u) => ctx.data.series(seriesScopeOf(u.level, u.code)));
  if (files.some((f) => f === undefined)) return null;
  const lookup = seriesLookup(files);
  const series = shown.map((unit) => ({
    code: unit.code,
    // A line of a unit that lacks some counties in the year shown is labelled as partial.
    name: nameIn(ctx, unit, ctx.place.year),
    values: Object.fromEntries(
      years.map((y) => [y, lookup.valueAt(unit.level, unit.code, metric.id, y)]),
    ),
  }));
  const input: Without<TrendInput> = {
    ...ctx.frame,
    metric,
    years,
    series,
    selected: ctx.spec.select,
  };
  return { kind: 'trend', level: focus.childLevel, input };
}

function unitsOf(ctx: Context): UnitDirectory {
  return ctx.data.units.inLocale(ctx.spec.lang);
}

function scatter({ spec, data, place, frame }: Context): ChartInput | null {
  const { metric: yMetric, year, focus } = place;
  const xMetric = metricById(spec.xMetric);
  const xs = data.values(xMetric.id, year);
  const ys = data.values(yMetric.id, year);
  if (xs === undefined || ys === undefined) return null;
  const x = valuesAt(xs, focus.childLevel);
  const y = valuesAt(ys, focus.childLevel);
  const input: Without<ScatterInput> = {
    ...frame,
    // The main metric on y.
    xMetric,
    yMetric,
    year,
    parentName: focus.parent.name,
    units: focus.children.map((u) => ({
      code: u.code,
      name: u.name,
      x: x.get(u.code)?.value ?? null,
      y: y.get(u.code)?.value ?? null,
    })),
    selected: spec.select,
    level: focus.childLevel,
  };
  return { kind: 'scatter', level: focus.childLevel, input };
}

function compare(ctx: Context): ChartInput | null {
  const { year, focus } = ctx.place;
  const shown = compareUnits(ctx.spec, unitsOf(ctx), focus);
  const files = shown.map((u) => ctx.data.series(seriesScopeOf(u.level, u.code)));
  if (files.some((f) => f === undefined)) return null;
  const lookup = seriesLookup(files);
  const input: Without<CompareInput> = {
    ...ctx.frame,
    metrics: METRICS,
    year,
    districts: shown.map((u) => ({
      code: u.code,
      name: u.name,
      values: Object.fromEntries(
        METRICS.map((m) => [m.id, lookup.valueAt(u.level, u.code, m.id, year)]),
      ),
    })),
    selected: ctx.spec.select,
  };
  return { kind: 'compare', level: focus.childLevel, input };
}

function change({ spec, data, place, frame }: Context): ChartInput | null {
  const { metric, year, fromYear, focus } = place;
  const before = data.values(metric.id, fromYear);
  const after = data.values(metric.id, year);
  if (before === undefined || after === undefined) return null;
  const from = valuesAt(before, focus.childLevel);
  const to = valuesAt(after, focus.childLevel);
  const input: Without<ChangeInput> = {
    ...frame,
    metric,
    yearFrom: fromYear,
    yearTo: year,
    parentName: focus.parent.name,
    units: focus.children.map((u) => ({
      code: u.code,
      name: u.name,
      from: from.get(u.code)?.value ?? null,
      to: to.get(u.code)?.value ?? null,
    })),
    selected: spec.select,
  };
  return { kind: 'change', level: focus.childLevel, input };
}

const BUILDERS = { ranking, trend, scatter, compare, change } as const;

/**
 * The input of the view's chart (a map view: its ranking, which the map
 * figure and its list read); null while a file it needs is loading, or when
 * the metric has no data.
 */
export function chartInput(spec: ViewSpec, data: ChartData, place = placeOf(spec, data)) {
  if (!place) return null;
  const frame = chartFrame(data.index, spec.lang);
  const kind = spec.view === 'map' ? 'ranking' : spec.chart;
  return BUILDERS[kind]({ spec, data, place, frame });
}

/** The files a view's chart reads: metric-years and series scopes. */
export interface ChartNeeds {
  values: { metric: MetricId; year: number }[];
  series: string[];
}

/**
 * What `chartInput` will ask for, before anything is loaded (an embed fetches
 * it all at once). `units` is called only for the trend and the comparison,
 * whose units decide the series files.
 */
export function chartNeeds(
  spec: ViewSpec,
  data: {
    index: ChartData['index'];
    units: () => UnitDirectory;
    coverage: () => ChartData['coverage'];
  },
): ChartNeeds {
  const metric = metricById(spec.metric);
  const years = yearsOf(data.index, metric.id);
  const year = yearOf(spec, years);
  if (year === undefined) return { values: [], series: [] };
  const kind = spec.view === 'map' ? 'ranking' : spec.chart;
  const at = (m: MetricId, y: number) => ({ metric: m, year: y });
  switch (kind) {
    case 'ranking':
      return { values: [at(metric.id, year)], series: [] };
    case 'scatter':
      return {
        values: [...new Set([metric.id, spec.xMetric])].map((m) => at(m, year)),
        series: [],
      };
    case 'change': {
      const from = fromYearOf(spec, metric, year, years);
      return { values: [...new Set([from, year])].map((y) => at(metric.id, y)), series: [] };
    }
    case 'trend':
    case 'compare': {
      const place = placeOf(spec, {
        index: data.index,
        units: data.units(),
        coverage: data.coverage(),
      });
      if (!place) return { values: [], series: [] };
      const units = data.units().inLocale(spec.lang);
      const pick = kind === 'trend' ? trendUnits : compareUnits;
      const shown = pick(spec, units, place.focus);
      return {
        values: [],
        series: [...new Set(shown.map((u) => seriesScopeOf(u.level, u.code)))],
      };
    }
  }
}
