// The input of a view's chart, from the view and the published data: one
// function for the atlas (src/app/chart-inputs.ts), the embeds and the static
// images (scripts/embeds/), so a view draws the same chart wherever it is
// opened. Pure: the data are asked for through `ChartData`, which answers
// `undefined` for a file not loaded yet (the chart is then null). The layouts
// are not imported here, so an embed loads only the one it draws; the place
// and frame of a view are in chart-place.ts and the ranking's builder in
// ranking-input.ts, which is all a ranking or map embed loads.

import { metricById, METRICS, type MetricId } from '../contract';
import type { ChangeInput } from '../charts/change/layout';
import type { CompareInput } from '../charts/compare/layout';
import type { ScatterInput } from '../charts/scatter/layout';
import type { TrendInput } from '../charts/trend/layout';
import type { Unit, UnitDirectory } from '../data/units';
import { seriesLookup, seriesScopeOf, valuesAt } from '../data/values';
import { chartFrame, fromYearOf, nameIn, placeOf, yearOf, yearsOf } from './chart-place';
import type { ChartData, ChartInput, ChartNeeds, Context, Without } from './chart-place';
import type { Focus } from './focus';
import { rankingInput, rankingNeeds } from './ranking-input';
import type { ViewSpec } from './spec';

export {
  chartFrame,
  fromYearOf,
  placeOf,
  sourceLine,
  yearOf,
  yearsOf,
  type ChartData,
  type ChartInput,
  type ChartNeeds,
  type Place,
} from './chart-place';

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

const BUILDERS = { ranking: rankingInput, trend, scatter, compare, change } as const;

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
      return rankingNeeds(spec, data);
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
