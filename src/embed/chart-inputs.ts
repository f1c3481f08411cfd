// The layout input of each chart type for one embed spec (without width):
// the element passes them to <edu-ranking> etc., the static build to the
// layout functions directly.

import { metricById, METRICS, NATION_CODE, type Level } from '../contract';
import type { ChangeInput } from '../charts/change/layout';
import type { CompareInput } from '../charts/compare/layout';
import type { ChartFrameInput } from '../charts/frame';
import type { RankingInput } from '../charts/ranking/layout';
import type { ScatterInput } from '../charts/scatter/layout';
import type { TrendInput } from '../charts/trend/layout';
import {
  levelFor,
  regionUnit,
  unitName,
  unitsUnder,
  valuesAt,
  valuesKey,
  type EmbedData,
} from './chart-data';
import { seriesLookup } from '../data/values';
import type { EmbedSpec } from './params';
import { embedStrings } from './strings';

type Frame = Omit<ChartFrameInput, 'width'>;
type Without<T> = Omit<T, 'width'>;

export type ChartInputs =
  | { type: 'ranking'; input: Without<RankingInput>; level: Level }
  | { type: 'trend'; input: Without<TrendInput>; level: Level }
  | { type: 'compare'; input: Without<CompareInput>; level: Level }
  | { type: 'scatter'; input: Without<ScatterInput>; level: Level }
  | { type: 'change'; input: Without<ChangeInput>; level: Level };

export function frameFor(spec: EmbedSpec, data: EmbedData): Frame {
  return {
    locale: spec.lang,
    synthetic: data.index.build.synthetic,
    source: embedStrings[spec.lang].source(data.index.build.synthetic),
    date: data.index.build.builtAt,
  };
}

function regionOf(spec: EmbedSpec, data: EmbedData) {
  const region = regionUnit(data.units, spec.region);
  if (!region) throw new Error(`Unknown region ${spec.region}`);
  return region;
}

export function chartInputs(spec: EmbedSpec, data: EmbedData): ChartInputs {
  const frame = frameFor(spec, data);
  const region = regionOf(spec, data);
  const level = levelFor(spec, data.units, region);
  const shown = unitsUnder(data.units, region, level);
  const year = spec.year as number;
  const parentName = unitName(region, spec.lang);
  const selected = spec.select;

  switch (spec.type) {
    case 'ranking':
    case 'map': {
      const metric = metricById(spec.metric ?? METRICS[0].id);
      const file = data.values.get(valuesKey(metric.id, year));
      const at = valuesAt(file, level);
      const units = shown.map((u) => ({
        code: u.code,
        name: unitName(u, spec.lang),
        value: at.get(u.code)?.value ?? null,
        flags: at.get(u.code)?.flags ?? [],
      }));
      return {
        type: 'ranking',
        level,
        input: {
          ...frame,
          metric,
          year,
          parentName,
          units,
          // The nation is drawn once, as the national line.
          parentValue:
            region.code === NATION_CODE
              ? null
              : (valuesAt(file, region.level).get(region.code)?.value ?? null),
          nationalValue: valuesAt(file, 'nation').get(NATION_CODE)?.value ?? null,
          selected,
          level,
        },
      };
    }
    case 'scatter': {
      // The main metric on y, as in the atlas.
      const yMetric = metricById(spec.metric);
      const xMetric = metricById(spec.xMetric);
      const xs = valuesAt(data.values.get(valuesKey(xMetric.id, year)), level);
      const ys = valuesAt(data.values.get(valuesKey(yMetric.id, year)), level);
      const units = shown.map((u) => ({
        code: u.code,
        name: unitName(u, spec.lang),
        x: xs.get(u.code)?.value ?? null,
        y: ys.get(u.code)?.value ?? null,
      }));
      return {
        type: 'scatter',
        level,
        input: { ...frame, xMetric, yMetric, year, parentName, units, selected, level },
      };
    }
    case 'change': {
      const metric = metricById(spec.metric ?? METRICS[0].id);
      const yearFrom = spec.from ?? year;
      const before = valuesAt(data.values.get(valuesKey(metric.id, yearFrom)), level);
      const after = valuesAt(data.values.get(valuesKey(metric.id, year)), level);
      const units = shown.map((u) => ({
        code: u.code,
        name: unitName(u, spec.lang),
        from: before.get(u.code)?.value ?? null,
        to: after.get(u.code)?.value ?? null,
      }));
      return {
        type: 'change',
        level,
        input: { ...frame, metric, yearFrom, yearTo: year, parentName, units, selected },
      };
    }
    case 'trend':
    case 'compare': {
      const lookup = seriesLookup(data.series).valueAt;
      const codes = spec.select.length ? spec.select : [spec.region];
      const picked = codes.flatMap((code) => {
        const unit = code === NATION_CODE ? data.units.get('nation', code) : data.units.find(code);
        return unit ? [unit] : [];
      });
      if (spec.type === 'trend') {
        const metric = metricById(spec.metric ?? METRICS[0].id);
        const years = data.index.metrics.find((m) => m.id === metric.id)?.years ?? data.index.years;
        const series = picked.map((u) => ({
          code: u.code,
          name: unitName(u, spec.lang),
          values: Object.fromEntries(years.map((y) => [y, lookup(u.level, u.code, metric.id, y)])),
        }));
        return { type: 'trend', level, input: { ...frame, metric, years, series, selected } };
      }
      const districts = picked.map((u) => ({
        code: u.code,
        name: unitName(u, spec.lang),
        values: Object.fromEntries(METRICS.map((m) => [m.id, lookup(u.level, u.code, m.id, year)])),
      }));
      return {
        type: 'compare',
        level,
        input: { ...frame, metrics: METRICS, districts, year, selected },
      };
    }
  }
}
