/** The committed layers in data/boundaries/: structure, codes, hierarchy, coordinates. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { pointInPolygon } from '../../scripts/boundaries/label';
import { isFunctionalZone, loadReferenceList } from '../../scripts/boundaries/reference';
import { neighbourCodes, type UnitTopology } from '../../src/map/topology';

const DIR = join(process.cwd(), 'data/boundaries');
const ref = loadReferenceList();
const EXTRA = ['710000', '810000', '820000', 'nanhai'];

interface Props {
  code: string;
  name: string;
  parent: string;
  label: [number, number];
}

function load(
  file: string,
  object: string,
): { topo: Topology; features: Feature<Polygon | MultiPolygon, Props>[] } {
  const topo = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Topology;
  expect(topo.type).toBe('Topology');
  expect(Object.keys(topo.objects)).toEqual([object]);
  expect(topo.transform, `${file} is quantized`).toBeDefined();
  const obj = topo.objects[object] as GeometryCollection<Props>;
  const fc = feature(topo, obj) as unknown as {
    features: Feature<Polygon | MultiPolygon, Props>[];
  };
  return { topo, features: fc.features };
}

function rings(f: Feature<Polygon | MultiPolygon, Props>): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function checkGeometry(file: string, features: Feature<Polygon | MultiPolygon, Props>[]): void {
  for (const f of features) {
    expect(['Polygon', 'MultiPolygon'], `${file} ${f.properties.code}`).toContain(f.geometry.type);
    const polys = rings(f);
    expect(polys.length, `${file} ${f.properties.code} has shapes`).toBeGreaterThan(0);
    for (const poly of polys) {
      for (const ring of poly) {
        expect(ring.length, `${file} ${f.properties.code} ring length`).toBeGreaterThanOrEqual(4);
        const a = ring[0];
        const b = ring[ring.length - 1];
        expect(a, `${file} ${f.properties.code} ring closed`).toEqual(b);
        for (const [x, y] of ring) {
          if (!(
            Number.isFinite(x) &&
            Number.isFinite(y) &&
            x! >= 73 &&
            x! <= 136 &&
            y! >= 3 &&
            y! <= 54
          )) {
            throw new Error(
              `${file} ${f.properties.code}: coordinate ${x},${y} outside China's extent or not a number`,
            );
          }
        }
      }
    }
    const [lx, ly] = f.properties.label;
    expect(Number.isFinite(lx) && Number.isFinite(ly)).toBe(true);
    if (f.properties.code !== 'nanhai') {
      const inside = polys.some((p) => pointInPolygon(lx, ly, p));
      expect(inside, `${file} ${f.properties.code} label inside its polygon`).toBe(true);
    }
  }
}

function checkProperties(file: string, features: Feature<Polygon | MultiPolygon, Props>[]): void {
  const codes = features.map((f) => f.properties.code);
  expect(new Set(codes).size, `${file} has no duplicate codes`).toBe(codes.length);
  for (const f of features) {
    expect(Object.keys(f.properties)).toEqual(['code', 'name', 'parent', 'label']);
    expect(f.properties.name.length).toBeGreaterThan(0);
  }
}

const provinces = load('china-provinces.topo.json', 'provinces');
const prefectures = load('china-prefectures.topo.json', 'prefectures');
const countyFiles = readdirSync(DIR)
  .filter((f) => /^counties-\d{6}\.topo\.json$/.test(f))
  .sort();
const counties = countyFiles.map((f) => ({
  file: f,
  province: f.slice(9, 15),
  ...load(f, 'counties'),
}));

describe('china-provinces.topo.json', () => {
  it('holds all 34 provincial units and the South China Sea islands', () => {
    const codes = provinces.features.map((f) => f.properties.code).sort();
    expect(codes).toEqual([...ref.provinces.map((p) => p.code), ...EXTRA].sort());
    expect(codes).toHaveLength(35);
  });
  it('uses reference names and the nation as parent', () => {
    for (const f of provinces.features) {
      expect(f.properties.parent).toBe('000000');
      const unit = ref.provinceByCode.get(f.properties.code);
      if (unit) expect(f.properties.name).toBe(unit.name);
    }
  });
  it('is valid geometry inside China', () => {
    checkProperties('provinces', provinces.features);
    checkGeometry('provinces', provinces.features);
  });
});

describe('china-provinces.overview.topo.json (the first view)', () => {
  const overview = load('china-provinces.overview.topo.json', 'provinces');
  const raw = (file: string) => readFileSync(join(DIR, file));
  it('has the same units, names, parents and label points as the full provinces', () => {
    const props = (fs: typeof provinces.features) =>
      fs.map((f) => f.properties).sort((a, b) => a.code.localeCompare(b.code));
    expect(props(overview.features)).toEqual(props(provinces.features));
  });
  it('has the same neighbours, so keyboard moves on the first view match the full map', () => {
    const neighbours = (file: string) =>
      neighbourCodes(JSON.parse(raw(file).toString('utf8')) as UnitTopology, 'provinces');
    expect(neighbours('china-provinces.overview.topo.json')).toEqual(
      neighbours('china-provinces.topo.json'),
    );
  });
  it('is valid geometry inside China, and at most a third of the full file gzipped', () => {
    checkGeometry('provinces', overview.features);
    const overviewGzip = gzipSync(raw('china-provinces.overview.topo.json')).length;
    const fullGzip = gzipSync(raw('china-provinces.topo.json')).length;
    expect(overviewGzip).toBeLessThan(fullGzip / 3);
  });
});

describe('china-prefectures.topo.json', () => {
  it('holds every prefecture of the reference list, plus 台湾, 香港, 澳门 and 南海诸岛 whole', () => {
    const codes = prefectures.features.map((f) => f.properties.code).sort();
    expect(codes).toEqual([...ref.prefectures.map((p) => p.code), ...EXTRA].sort());
  });
  it('gives each prefecture its province as parent and the reference name', () => {
    for (const f of prefectures.features) {
      const unit = ref.prefectureByCode.get(f.properties.code);
      if (!unit) {
        expect(EXTRA).toContain(f.properties.code);
        continue;
      }
      expect(f.properties.name).toBe(unit.name);
      expect(f.properties.parent).toBe(f.properties.code.slice(0, 2) + '0000');
    }
  });
  it('is valid geometry inside China', () => {
    checkProperties('prefectures', prefectures.features);
    checkGeometry('prefectures', prefectures.features);
  });
});

describe('counties-<province>.topo.json', () => {
  const prefectureCodes = new Set(prefectures.features.map((f) => f.properties.code));

  it('exists for each of the 31 provinces of the reference list', () => {
    expect(counties.map((c) => c.province)).toEqual(ref.provinces.map((p) => p.code).sort());
  });

  it.each(counties.map((c) => [c.file, c] as const))(
    '%s: codes, parents and geometry',
    (file, c) => {
      checkProperties(file, c.features);
      for (const f of c.features) {
        const unit = ref.countyByCode.get(f.properties.code);
        expect(unit, `${file}: ${f.properties.code} is in the reference list`).toBeDefined();
        expect(isFunctionalZone(f.properties.code)).toBe(false);
        expect(f.properties.code.slice(0, 2) + '0000').toBe(c.province);
        expect(f.properties.name).toBe(unit?.name);
        expect(f.properties.parent).toBe(f.properties.code.slice(0, 4) + '00');
        expect(
          prefectureCodes.has(f.properties.parent),
          `${file}: parent ${f.properties.parent} in the prefecture layer`,
        ).toBe(true);
      }
      checkGeometry(file, c.features);
    },
  );

  it('no county code appears in two files, and coverage is at least 99 %', () => {
    const all = counties.flatMap((c) => c.features.map((f) => f.properties.code));
    expect(new Set(all).size).toBe(all.length);
    const official = ref.counties.filter((u) => !isFunctionalZone(u.code));
    expect(all.length / official.length).toBeGreaterThanOrEqual(0.99);
  });

  it('draws the special cases the data uses', () => {
    const codes = new Set(counties.flatMap((c) => c.features.map((f) => f.properties.code)));
    for (const code of [
      '429004',
      '419001',
      '441900',
      '442000',
      '460400',
      '620201',
      '110101',
      '500101',
      '310151',
      '130284',
    ]) {
      expect(codes.has(code), code).toBe(true);
    }
  });
});

describe('join-report.md', () => {
  it('states the coverage figure', () => {
    const report = readFileSync(join(DIR, 'join-report.md'), 'utf8');
    expect(report).toMatch(/coverage \*\*\d+\.\d\d %\*\*/);
    expect(report).not.toMatch(/\*\*unexplained\*\*/);
  });
});
