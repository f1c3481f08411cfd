// The input of each chart, from the atlas state and the loaded data. Pure
// apart from asking the data controller for files (which it fetches once).
// The same input draws the element and the SVG/PNG download.

import {
  layoutChange,
  layoutCompare,
  layoutRanking,
  layoutScatter,
  layoutTrend,
  type ChangeInput,
  type ChartScene,
  type CompareInput,
  type RankingInput,
  type ScatterInput,
  type TrendInput,
} from '../charts';
import { METRICS, metricById, NATION_CODE, type MetricDefinition } from '../contract';
import type { Unit, UnitDirectory } from '../data/units';
import type { Locale } from '../format';
import type { AtlasDataController } from './atlas-data-controller';
import type { Focus } from './focus';
import { seriesScopeOf, yearValues } from './series';
import type { AtlasState } from './state';
import { coverageStrings } from '../i18n/coverage';
import { isPartialRow, tableRows } from './table-rows';
import { valueOf } from '../data/values';

type Frame = 'width';
export type ChartSpec =
  | { kind: 'ranking'; input: Omit<RankingInput, Frame> }
  | { kind: 'trend'; input: Omit<TrendInput, Frame> }
  | { kind: 'scatter'; input: Omit<ScatterInput, Frame> }
  | { kind: 'compare'; input: Omit<CompareInput, Frame> }
  | { kind: 'change'; input: Omit<ChangeInput, Frame> };

export interface ChartContext {
  state: AtlasState;
  data: AtlasDataController;
  units: UnitDirectory;
  focus: Focus;
  metric: MetricDefinition;
  year: number;
  fromYear: number;
  locale: Locale;
  frame: { locale: Locale; synthetic: boolean; source: string; date: string };
}

/** Selected codes as units: at the level shown when it has the code, else the highest. */
export function selectedUnits(ctx: Pick<ChartContext, 'state' | 'units' | 'focus'>): Unit[] {
  return ctx.state.select.flatMap((code) => {
    const unit = ctx.units.get(ctx.focus.childLevel, code) ?? ctx.units.find(code);
    return unit ? [unit] : [];
  });
}

function ranking(ctx: ChartContext): ChartSpec | null {
  const values = ctx.data.valuesFor(ctx.metric.id, ctx.year);
  if (values === undefined) return null;
  // A partial unit is never ranked: it is left out of the bars altogether.
  const rows = tableRows(ctx.focus.children, values, ctx.metric).filter((r) => !isPartialRow(r));
  const parent = ctx.focus.parent;
  const coverage = ctx.data.coverage;
  const parentPartial = coverage?.isPartial(parent, ctx.year) ?? false;
  const nationPartial = coverage?.isPartial({ level: 'nation', code: NATION_CODE }, ctx.year);
  return {
    kind: 'ranking',
    input: {
      ...ctx.frame,
      metric: ctx.metric,
      year: ctx.year,
      // A partial parent's line is labelled as such ("河南省（仅部分）").
      parentName: parentPartial
        ? coverageStrings[ctx.locale].partialName(parent.name)
        : parent.name,
      units: rows.map((r) => ({ code: r.code, name: r.name, value: r.value, flags: r.flags })),
      parentValue: parent.level === 'nation' ? null : valueOf(values, parent.level, parent.code),
      // A national figure from part of China is no yardstick for complete units.
      nationalValue: nationPartial ? null : valueOf(values, 'nation', NATION_CODE),
      selected: ctx.state.select,
      level: ctx.focus.childLevel,
    },
  };
}

function trend(ctx: ChartContext): ChartSpec | null {
  const chosen = selectedUnits(ctx);
  const shown = chosen.length ? [...chosen, ctx.focus.parent] : [...ctx.focus.path].reverse();
  const unique = [...new Map(shown.map((u) => [`${u.level}:${u.code}`, u])).values()].slice(0, 5);
  const series = unique.map((unit) => ({ unit, file: ctx.data.seriesFor(seriesScopeOf(unit)) }));
  if (series.some((s) => s.file === undefined)) return null;
  return {
    kind: 'trend',
    input: {
      ...ctx.frame,
      metric: ctx.metric,
      years: ctx.data.yearsOf(ctx.metric.id),
      series: series.map(({ unit, file }) => ({
        code: unit.code,
        // A line of a unit that lacks some counties in the year shown is labelled as partial.
        name: ctx.data.coverage?.isPartial(unit, ctx.year)
          ? coverageStrings[ctx.locale].partialName(unit.name)
          : unit.name,
        values: yearValues(file, unit, ctx.metric.id),
      })),
      selected: ctx.state.select,
    },
  };
}

function scatter(ctx: ChartContext): ChartSpec | null {
  const xMetric = metricById(ctx.state.xMetric);
  const x = ctx.data.valuesFor(xMetric.id, ctx.year);
  const y = ctx.data.valuesFor(ctx.metric.id, ctx.year);
  if (x === undefined || y === undefined) return null;
  return {
    kind: 'scatter',
    input: {
      ...ctx.frame,
      xMetric,
      yMetric: ctx.metric,
      year: ctx.year,
      parentName: ctx.focus.parent.name,
      units: ctx.focus.children.map((u) => ({
        code: u.code,
        name: u.name,
        x: valueOf(x, u.level, u.code),
        y: valueOf(y, u.level, u.code),
      })),
      selected: ctx.state.select,
      level: ctx.focus.childLevel,
    },
  };
}

/** Compare needs 2–5 units: the selection, topped up with the focus and its first children. */
export function compareUnits(ctx: Pick<ChartContext, 'state' | 'units' | 'focus'>): Unit[] {
  const chosen = selectedUnits(ctx);
  const fill = [ctx.focus.unit, ...ctx.focus.children.slice(0, 2)];
  const list = chosen.length >= 2 ? chosen : [...chosen, ...fill];
  return [...new Map(list.map((u) => [`${u.level}:${u.code}`, u])).values()].slice(0, 5);
}

function compare(ctx: ChartContext): ChartSpec | null {
  const all = METRICS.map((m) => ctx.data.valuesFor(m.id, ctx.year));
  if (all.some((v) => v === undefined)) return null;
  return {
    kind: 'compare',
    input: {
      ...ctx.frame,
      metrics: METRICS,
      year: ctx.year,
      districts: compareUnits(ctx).map((u) => ({
        code: u.code,
        name: u.name,
        values: Object.fromEntries(METRICS.map((m, i) => [m.id, valueOf(all[i], u.level, u.code)])),
      })),
      selected: ctx.state.select,
    },
  };
}

function change(ctx: ChartContext): ChartSpec | null {
  const from = ctx.data.valuesFor(ctx.metric.id, ctx.fromYear);
  const to = ctx.data.valuesFor(ctx.metric.id, ctx.year);
  if (from === undefined || to === undefined) return null;
  return {
    kind: 'change',
    input: {
      ...ctx.frame,
      metric: ctx.metric,
      yearFrom: ctx.fromYear,
      yearTo: ctx.year,
      parentName: ctx.focus.parent.name,
      units: ctx.focus.children.map((u) => ({
        code: u.code,
        name: u.name,
        from: valueOf(from, u.level, u.code),
        to: valueOf(to, u.level, u.code),
      })),
      selected: ctx.state.select,
    },
  };
}

const BUILDERS = { ranking, trend, scatter, compare, change } as const;

/** The spec of the state's chart, or null while its data load. */
export function chartSpec(ctx: ChartContext): ChartSpec | null {
  return BUILDERS[ctx.state.chart](ctx);
}

/** The scene of a spec at a width (downloads). */
export function sceneOf(spec: ChartSpec, width: number): ChartScene {
  switch (spec.kind) {
    case 'ranking':
      return layoutRanking({ ...spec.input, width });
    case 'trend':
      return layoutTrend({ ...spec.input, width });
    case 'scatter':
      return layoutScatter({ ...spec.input, width });
    case 'compare':
      return layoutCompare({ ...spec.input, width });
    case 'change':
      return layoutChange({ ...spec.input, width });
  }
}
