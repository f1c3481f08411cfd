// SVG and PNG of the map on screen: the same boundaries, classes and colours
// drawn by the pure map layout (d3-geo), with title, legend, source, date, the
// synthetic label and the standard-map notice burned in. Loaded on first use.

import { layoutStaticMap } from '../map/static-layout';
import { renderSvgString } from '../charts/render-svg-string';
import type { MetricDefinition } from '../contract';
import type { Locale } from '../format';
import { boundaryLayerFor, contextLayerFor, isShown, type MapLevel } from '../map/boundary-layer';
import { boundaryUrl, loadBoundaries } from '../map/boundary-loader';
import type { ClassificationSettings } from '../map/colour-plan';
import { toValueMap, type ValuesInput } from '../map/values';
import { fileNameOf, saveBlob, saveText, svgToPng } from './download';

export interface MapDownload {
  metric: MetricDefinition;
  level: MapLevel;
  region: string;
  values: ValuesInput | null;
  classification: ClassificationSettings;
  title: string;
  subtitle: string;
  locale: Locale;
  synthetic: boolean;
  source: string;
  date: string;
  boundariesBase: string;
  fileParts: (string | number)[];
  /** Codes outside the data's scope (context). */
  outside?: ReadonlySet<string>;
  /** Unit names in the download's language by code. */
  names?: ReadonlyMap<string, string>;
}

const WIDTH = 960;
const MAP_HEIGHT = 600;

export async function downloadMap(view: MapDownload, format: 'svg' | 'png'): Promise<void> {
  const layer = boundaryLayerFor(view.level, view.region);
  const contextLayer = contextLayerFor(view.level, view.region);
  const [loaded, context] = await Promise.all([
    loadBoundaries(boundaryUrl(view.boundariesBase, layer.file), layer.object),
    contextLayer
      ? loadBoundaries(boundaryUrl(view.boundariesBase, contextLayer.file), contextLayer.object)
      : Promise.resolve(null),
  ]);
  const scene = layoutStaticMap({
    metric: view.metric,
    level: view.level,
    title: view.title,
    subtitle: view.subtitle,
    shown: loaded.features.features.filter((f) => isShown(view.level, view.region, f.properties)),
    context: context?.features.features ?? [],
    values: toValueMap(view.values),
    locale: view.locale,
    width: WIDTH,
    mapHeight: MAP_HEIGHT,
    synthetic: view.synthetic,
    source: view.source,
    date: view.date,
    classification: view.classification,
    outside: view.outside,
    names: view.names,
  });
  const svg = renderSvgString(scene);
  const name = fileNameOf(['map', ...view.fileParts], format);
  if (format === 'svg') saveText(name, svg, 'image/svg+xml;charset=utf-8');
  else saveBlob(name, await svgToPng(svg, scene.width, scene.height));
}
