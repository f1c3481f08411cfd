// One static figure (ranking or map) as a ChartScene, from the same pure
// layouts and data builders as the live embeds.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutRanking } from '../../src/charts/ranking/layout';
import type { ChartScene } from '../../src/charts/scene';
import { metricById, NATION_CODE, type MetricId } from '../../src/contract';
import { chartInputs } from '../../src/embed/chart-inputs';
import { valuesAt, valuesKey, type EmbedData } from '../../src/embed/chart-data';
import type { StaticType } from '../../src/embed/links';
import type { EmbedSpec } from '../../src/embed/params';
import { DEFAULT_VIEW, withFigure } from '../../src/view/spec';
import { embedStrings } from '../../src/embed/strings';
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
  const chart = chartInputs(spec, data);
  if (chart.type !== 'ranking') throw new Error(`no static ${chart.type}`);
  if (spec.type === 'ranking') return layoutRanking({ ...chart.input, width: FIGURE_WIDTH });
  const level = (chart.level === 'nation' ? 'province' : chart.level) as MapLevel;
  const layer = boundaryLayerFor(level, spec.region);
  const contextLayer = contextLayerFor(level, spec.region);
  const shown = boundaries
    .features(layer.file, layer.object)
    .features.filter((f) => isShown(level, spec.region, f.properties));
  const context = contextLayer
    ? boundaries.features(contextLayer.file, contextLayer.object).features
    : [];
  const metric = metricById(spec.metric as MetricId);
  const s = embedStrings.zh;
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
