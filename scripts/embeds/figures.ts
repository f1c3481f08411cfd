// One static figure (ranking or map) as a ChartScene, from the same pure
// layouts and data builders as the live embeds.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartScene } from '../../src/charts/scene';
import { metricById, NATION_CODE, type MetricId } from '../../src/contract';
import { valuesAt } from '../../src/data/values';
import { embedChartData, valuesKey, type EmbedData } from '../../src/embed/chart-data';
import { chartInput } from '../../src/view/chart-input';
import { sceneOf } from '../../src/view/chart-scene';
import type { StaticType } from '../../src/embed/links';
import type { EmbedSpec } from '../../src/embed/params';
import { DEFAULT_VIEW, withFigure } from '../../src/view/spec';
import { mapFigureStrings } from '../../src/i18n/embed-map';
import {
  boundaryLayerFor,
  contextLayerFor,
  isShown,
  type MapLevel,
} from '../../src/map/boundary-layer';
import { topoToFeatures, type UnitCollection, type UnitTopology } from '../../src/map/topology';
import { layoutStaticMap } from '../../src/map/static-layout';

export const FIGURE_WIDTH = 640;
export const MAP_HEIGHT = 440;

export function staticSpec(
  metric: MetricId,
  region: string,
  type: StaticType,
  year: number,
): EmbedSpec {
  const view = withFigure({ ...DEFAULT_VIEW, metric, region, year }, type);
  return { ...view, type };
}

/** Boundary files parsed once per build. */
export class BoundaryCache {
  private readonly files = new Map<string, UnitCollection>();
  constructor(private readonly dir: string) {}

  features(file: string, object: string): UnitCollection {
    const key = `${file}#${object}`;
    let collection = this.files.get(key);
    if (!collection) {
      const topology = JSON.parse(readFileSync(join(this.dir, file), 'utf8')) as UnitTopology;
      collection = topoToFeatures(topology, object);
      this.files.set(key, collection);
    }
    return collection;
  }
}

export function figureScene(
  spec: EmbedSpec,
  data: EmbedData,
  boundaries: BoundaryCache,
): ChartScene {
  // The same input as the live embed and the atlas (a map: its ranking's units).
  const chart = chartInput(spec, embedChartData(data));
  if (!chart) throw new Error(`no data for ${spec.metric} in ${spec.year}`);
  if (spec.type === 'ranking') return sceneOf(chart, FIGURE_WIDTH);
  if (chart.kind !== 'ranking') throw new Error(`no static ${chart.kind}`);
  const level: MapLevel = chart.level;
  const layer = boundaryLayerFor(level, spec.region);
  const contextLayer = contextLayerFor(level, spec.region);
  const shown = boundaries
    .features(layer.file, layer.object)
    .features.filter((f) => isShown(level, spec.region, f.properties));
  const context = contextLayer
    ? boundaries.features(contextLayer.file, contextLayer.object).features
    : [];
  const metric = metricById(spec.metric as MetricId);
  const s = mapFigureStrings.zh;
  const i = chart.input;
  const file = data.values.get(valuesKey(metric.id, i.year));
  return layoutStaticMap({
    metric,
    level,
    title: s.mapTitle(metric.name.zh, i.parentName, i.year),
    subtitle: s.mapSubtitle(i.units.length, s.levels[level]),
    shown,
    context,
    values: valuesAt(file, level),
    locale: 'zh',
    width: FIGURE_WIDTH,
    mapHeight: spec.region === NATION_CODE ? MAP_HEIGHT : MAP_HEIGHT - 40,
    synthetic: i.synthetic,
    source: i.source,
    date: i.date,
  });
}
