/**
 * The geometry pipeline (mapshaper): clean the joined pieces into one planar
 * mosaic, then make the three published layers from it, each simplified for
 * the scale it is drawn at, and finish them (properties, label points, order).
 */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { JoinedPiece } from './join';
import { labelPoint } from './label';
import { runMapshaper } from './mapshaper';
import type { ReferenceList } from './reference';
import type { Shape } from './sources';

/** Provincial units outside the reference list, and the inset. */
export const EXTRA_UNITS: Readonly<Record<string, string>> = {
  '710000': '台湾省',
  '810000': '香港特别行政区',
  '820000': '澳门特别行政区',
  nanhai: '南海诸岛',
};

export interface LayerSettings {
  /** county layer: tolerance per province, metres (mapshaper `-simplify interval`) */
  countyTolerance: Readonly<Record<string, number>>;
  prefectureTolerance: number;
  provinceTolerance: number;
  /** the national first view's provinces: coarser, for a map that is never zoomed */
  overviewTolerance: number;
  countyQuantization: number;
  prefectureQuantization: number;
  provinceQuantization: number;
  overviewQuantization: number;
}

export interface Mosaic {
  /** TopoJSON text, unquantized, one object `units` */
  topology: string;
  messages: string[];
}

const json = (v: unknown): string => JSON.stringify(v);

/** Pieces as GeoJSON with the fields the layers are dissolved on. */
export function piecesCollection(pieces: readonly JoinedPiece[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: pieces.map((p) => {
      // Taiwan, Hong Kong and Macau also appear whole in the prefecture layer.
      const prefecture = p.prefecture || (p.method === 'province-part' ? p.province : '');
      return {
        type: 'Feature',
        properties: {
          county: p.county,
          prefecture,
          province: p.province,
          key: `${p.county}|${prefecture}|${p.province}`,
        },
        geometry: p.geometry,
      };
    }),
  };
}

export function nanhaiCollection(polygons: readonly Polygon[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { county: '', prefecture: 'nanhai', province: 'nanhai', key: '|nanhai|nanhai' },
        geometry: { type: 'MultiPolygon', coordinates: polygons.map((p) => p.coordinates) },
      },
    ],
  };
}

/**
 * Snap, remove overlaps and fill slivers between neighbouring shapes (mapshaper
 * `-clean`), then dissolve pieces that belong to the same unit (merges).
 */
export async function buildMosaic(pieces: readonly JoinedPiece[]): Promise<Mosaic> {
  const run = await runMapshaper(
    '-i pieces.json name=units -clean -dissolve key copy-fields=county,prefecture,province ' +
      '-o units.json format=topojson no-quantization',
    { 'pieces.json': json(piecesCollection(pieces)) },
  );
  const topology = run.outputs['units.json'];
  if (!topology) throw new Error('mosaic: no output');
  return { topology, messages: run.messages };
}

export interface RawLayer {
  /** TopoJSON text as mapshaper wrote it */
  topology: string;
  messages: string[];
}

export async function countyLayers(
  mosaic: Mosaic,
  s: LayerSettings,
): Promise<Map<string, RawLayer>> {
  const run = await runMapshaper(
    `-i units.json -filter 'county !== ""' ` +
      `-each 'tol = (${json(s.countyTolerance)})[province]' ` +
      `-simplify variable interval='tol' keep-shapes ` +
      `-split province -o format=topojson singles quantization=${s.countyQuantization}`,
    { 'units.json': mosaic.topology },
  );
  const out = new Map<string, RawLayer>();
  for (const [name, text] of Object.entries(run.outputs)) {
    const code = /(\d{6})\.json$/.exec(name)?.[1];
    if (!code) throw new Error(`county layers: unexpected output ${name}`);
    out.set(code, { topology: text, messages: run.messages });
  }
  return out;
}

async function dissolvedLayer(
  mosaic: Mosaic,
  nanhai: FeatureCollection,
  field: 'prefecture' | 'province',
  tolerance: number,
  q: number,
): Promise<RawLayer> {
  const run = await runMapshaper(
    `-i units.json nanhai.json combine-files -merge-layers force name=units ` +
      `-filter '${field} !== ""' -dissolve ${field} ` +
      `-simplify interval=${tolerance} keep-shapes ` +
      `-o layer.json format=topojson quantization=${q}`,
    { 'units.json': mosaic.topology, 'nanhai.json': json(nanhai) },
  );
  const topology = run.outputs['layer.json'];
  if (!topology) throw new Error(`${field} layer: no output`);
  return { topology, messages: run.messages };
}

export const prefectureLayer = (m: Mosaic, nanhai: FeatureCollection, s: LayerSettings) =>
  dissolvedLayer(m, nanhai, 'prefecture', s.prefectureTolerance, s.prefectureQuantization);
export const provinceLayer = (m: Mosaic, nanhai: FeatureCollection, s: LayerSettings) =>
  dissolvedLayer(m, nanhai, 'province', s.provinceTolerance, s.provinceQuantization);
/** The provinces for the national map's first view (SVG, whole country, no zoom). */
export const provinceOverviewLayer = (m: Mosaic, nanhai: FeatureCollection, s: LayerSettings) =>
  dissolvedLayer(m, nanhai, 'province', s.overviewTolerance, s.overviewQuantization);

export interface UnitProperties {
  code: string;
  name: string;
  parent: string;
  label: [number, number];
}

type Level = 'county' | 'prefecture' | 'province';

export function unitProperties(
  level: Level,
  code: string,
  ref: ReferenceList,
): Omit<UnitProperties, 'label'> {
  const extra = EXTRA_UNITS[code];
  if (extra) return { code, name: extra, parent: '000000' };
  const unit =
    level === 'county'
      ? ref.countyByCode.get(code)
      : level === 'prefecture'
        ? ref.prefectureByCode.get(code)
        : ref.provinceByCode.get(code);
  if (!unit) throw new Error(`${level} ${code} is not in the reference list`);
  return { code, name: unit.name, parent: unit.parent };
}

/**
 * Rename the single object, give each geometry its published properties and a
 * label point, and sort geometries by code, so the file is the same bytes for
 * the same input.
 */
export function finishTopology(
  raw: string,
  objectName: string,
  level: Level,
  ref: ReferenceList,
): Topology {
  const topo = JSON.parse(raw) as Topology;
  const names = Object.keys(topo.objects);
  const first = names[0];
  if (names.length !== 1 || !first) throw new Error(`expected one object, got ${names.join(',')}`);
  const object = topo.objects[first] as GeometryCollection<Record<string, string>>;
  const finished = object.geometries.map((g): GeometryObject<UnitProperties> => {
    const source: Record<string, string> = g.properties ?? {};
    const code = source[level] ?? '';
    const props = unitProperties(level, code, ref);
    const f = feature(topo, { ...g, properties: {} } as GeometryObject) as Feature;
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon')
      throw new Error(`${code}: not a polygon`);
    const label = code === 'nanhai' ? insetCentre(f.geometry) : labelPoint(f.geometry);
    return { ...g, properties: { ...props, label } } as GeometryObject<UnitProperties>;
  });
  const codeOf = (g: GeometryObject<UnitProperties>) =>
    (g.properties as UnitProperties | undefined)?.code ?? '';
  const geometries = finished.sort((a, b) => codeOf(a).localeCompare(codeOf(b)));
  const codes = geometries.map(codeOf);
  if (new Set(codes).size !== codes.length) throw new Error(`${objectName}: duplicate codes`);
  const collection: GeometryCollection<UnitProperties> = { type: 'GeometryCollection', geometries };
  const out: Topology = {
    type: 'Topology',
    arcs: topo.arcs,
    objects: { [objectName]: collection },
  };
  if (topo.transform) out.transform = topo.transform;
  if (topo.bbox) out.bbox = topo.bbox;
  return out;
}

/** `topology` with each unit's label point taken from the same unit in `source`. */
export function withLabelsOf(topology: Topology, source: Topology): Topology {
  const labels = new Map<string, UnitProperties['label']>();
  for (const object of Object.values(source.objects)) {
    for (const g of (object as GeometryCollection<UnitProperties>).geometries) {
      const p = g.properties as UnitProperties | undefined;
      if (p) labels.set(p.code, p.label);
    }
  }
  const objects: Topology['objects'] = {};
  for (const [name, object] of Object.entries(topology.objects)) {
    const collection = object as GeometryCollection<UnitProperties>;
    objects[name] = {
      ...collection,
      geometries: collection.geometries.map((g) => {
        const p = g.properties as UnitProperties | undefined;
        const label = p && labels.get(p.code);
        return label && p ? { ...g, properties: { ...p, label } } : g;
      }),
    };
  }
  return { ...topology, objects };
}

/** The inset's label sits at the centre of its frame. */
function insetCentre(shape: Shape): [number, number] {
  const xs: number[] = [];
  const ys: number[] = [];
  const polys = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  for (const p of polys) {
    for (const [x = 0, y = 0] of p[0] ?? []) {
      xs.push(x);
      ys.push(y);
    }
  }
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return [r((Math.min(...xs) + Math.max(...xs)) / 2), r((Math.min(...ys) + Math.max(...ys)) / 2)];
}

/** Serialise a topology with a stable key order ({type, bbox, transform, objects, arcs}). */
export function serialiseTopology(t: Topology): string {
  const ordered: Record<string, unknown> = { type: t.type };
  if (t.bbox) ordered.bbox = t.bbox;
  if (t.transform) ordered.transform = t.transform;
  ordered.objects = t.objects;
  ordered.arcs = t.arcs;
  return JSON.stringify(ordered) + '\n';
}
