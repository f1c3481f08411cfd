import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CrosswalkEntry } from '../../scripts/boundaries/crosswalk';
import {
  coverage,
  indexCrosswalk,
  joinAll,
  joinFeature,
  partitionShape,
} from '../../scripts/boundaries/join';
import { buildReferenceList, isFunctionalZone } from '../../scripts/boundaries/reference';
import { filePrefecture, type SourceFeature } from '../../scripts/boundaries/sources';

const ref = buildReferenceList({
  provinces:
    'code,name\n11,"北京市"\n13,"河北省"\n42,"湖北省"\n44,"广东省"\n46,"海南省"\n62,"甘肃省"\n',
  cities:
    'code,name,provinceCode\n1101,"市辖区",11\n1302,"唐山市",13\n1309,"沧州市",13\n4290,"省直辖县级行政区划",42\n4419,"东莞市",44\n4603,"三沙市",46\n6202,"嘉峪关市",62\n',
  areas: [
    'code,name,cityCode,provinceCode',
    '110101,"东城区",1101,11',
    '130203,"路北区",1302,13',
    '130271,"河北唐山芦台经济开发区",1302,13',
    '130284,"滦州市",1302,13',
    '130902,"新华区",1309,13',
    '130921,"沧县",1309,13',
    '429004,"仙桃市",4290,42',
    '441900,"东莞市",4419,44',
    '460321,"西沙群岛",4603,46',
    '460322,"南沙群岛",4603,46',
    '620201,"嘉峪关市",6202,62',
  ].join('\n'),
});

const square = (x: number, y: number, d = 0.1): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

const src = (
  id: string,
  name: string,
  province: string,
  prefecture: string,
  geometry: Polygon = square(116, 40),
): SourceFeature => ({
  source: `test#${id || name}`,
  id,
  name,
  province,
  prefecture,
  role: 'county',
  geometry,
});

const CROSSWALK: CrosswalkEntry[] = [
  {
    kind: 'rename',
    from: { code: '130223', name: '滦县' },
    to: '130284',
    note: '2018 滦县 → 滦州市',
  },
  {
    kind: 'rename',
    from: { code: '620200', name: '嘉峪关市' },
    to: '620201',
    note: 'prefecture code used for its one county',
  },
  {
    kind: 'rename',
    from: { code: '', name: '沧州县' },
    to: '130921',
    note: 'an alias for a feature without id',
  },
  {
    kind: 'partition',
    from: { code: '460300', name: '三沙市' },
    parts: [
      { to: '460321', bbox: [110, 15, 113, 18] },
      { to: '460322', bbox: [108, 3, 118, 13] },
    ],
    note: 'islands by location',
  },
  {
    kind: 'unresolved',
    from: { code: '130299', name: '旧区' },
    successors: ['130203'],
    note: 'divided',
  },
];
const ctx = { ref, crosswalk: indexCrosswalk(CROSSWALK) };

describe('reference list', () => {
  it('derives prefecture and province codes and parents', () => {
    expect(ref.countyByCode.get('429004')?.parent).toBe('429000');
    expect(ref.countyByCode.get('441900')?.parent).toBe('441900');
    expect(ref.countyByCode.get('620201')?.parent).toBe('620200');
    expect(ref.prefectureByCode.get('110100')).toMatchObject({ name: '市辖区', parent: '110000' });
    expect(ref.provinceByCode.get('110000')?.parent).toBe('000000');
  });
  it('recognises functional zones by digits 5–6 = 71–79', () => {
    expect(isFunctionalZone('130271')).toBe(true);
    expect(isFunctionalZone('130279')).toBe(true);
    expect(isFunctionalZone('130281')).toBe(false);
    expect(isFunctionalZone('130270')).toBe(false);
  });
});

describe('joinFeature', () => {
  it('joins by own code when the name agrees (municipality district)', () => {
    const [p] = joinFeature(src('110101', '东城区', '110000', '110100'), ctx);
    expect(p).toMatchObject({
      county: '110101',
      prefecture: '110100',
      province: '110000',
      method: 'code',
    });
  });

  it('puts a province-administered county under its pseudo-prefecture', () => {
    const [p] = joinFeature(src('429004', '仙桃市', '420000', '429000'), ctx);
    expect(p).toMatchObject({ county: '429004', prefecture: '429000', method: 'code' });
  });

  it('keeps a city without counties as one county-level unit with its own code', () => {
    const [p] = joinFeature(src('441900', '东莞市', '440000', '441900'), ctx);
    expect(p).toMatchObject({ county: '441900', prefecture: '441900', province: '440000' });
  });

  it('maps 嘉峪关 from its prefecture code to the county unit 620201', () => {
    const [p] = joinFeature(src('620200', '嘉峪关市', '620000', '620200'), ctx);
    expect(p).toMatchObject({ county: '620201', prefecture: '620200', method: 'rename' });
  });

  it('joins by name within the prefecture when the source has no id', () => {
    const [p] = joinFeature(src('', '新华区', '130000', '130900'), ctx);
    expect(p).toMatchObject({ county: '130902', method: 'name' });
  });

  it('does not join a name from another prefecture', () => {
    const [p] = joinFeature(src('', '新华区', '130000', '130200'), ctx);
    expect(p).toMatchObject({ county: '', method: 'unjoined', prefecture: '130200' });
  });

  it('uses a crosswalk alias for a feature without id', () => {
    const [p] = joinFeature(src('', '沧州县', '130000', '130900'), ctx);
    expect(p).toMatchObject({ county: '130921', method: 'rename' });
  });

  it('applies a rename whose old code is gone', () => {
    const [p] = joinFeature(src('130223', '滦县', '130000', '130200'), ctx);
    expect(p).toMatchObject({ county: '130284', prefecture: '130200', method: 'rename' });
  });

  it('reports a code whose name disagrees instead of trusting it', () => {
    const [p] = joinFeature(src('130203', '路南区', '130000', '130200'), ctx);
    expect(p?.method).toBe('unjoined');
    expect(p?.note).toMatch(/路北区/);
  });

  it('never joins to a functional zone', () => {
    const [p] = joinFeature(src('130271', '河北唐山芦台经济开发区', '130000', '130200'), ctx);
    expect(p?.county).toBe('');
  });

  it('keeps an unresolved split at prefecture level', () => {
    const [p] = joinFeature(src('130299', '旧区', '130000', '130200'), ctx);
    expect(p).toMatchObject({
      county: '',
      prefecture: '130200',
      method: 'unjoined',
      note: 'divided',
    });
  });

  it('partitions one shape into units by location', () => {
    const shape = {
      type: 'MultiPolygon' as const,
      coordinates: [
        square(112, 16.5).coordinates,
        square(114, 10).coordinates,
        square(111, 16).coordinates,
      ],
    };
    const pieces = joinFeature(
      { ...src('460300', '三沙市', '460000', '460300'), geometry: shape },
      ctx,
    );
    expect(pieces.map((p) => [p.county, p.geometry.type])).toEqual([
      ['460321', 'MultiPolygon'],
      ['460322', 'Polygon'],
    ]);
  });

  it('passes Hong Kong, Macau and Taiwan shapes through at province level', () => {
    const [p] = joinFeature(
      { ...src('810001', '中西区', '810000', ''), role: 'province-part' },
      ctx,
    );
    expect(p).toMatchObject({
      county: '',
      prefecture: '',
      province: '810000',
      method: 'province-part',
    });
  });
});

describe('partitionShape', () => {
  it('throws when a polygon falls in no box', () => {
    expect(() => partitionShape(square(0, 0), [[10, 10, 11, 11]])).toThrow(/no box/);
  });
});

describe('coverage', () => {
  it('counts official units only and lists the rest', () => {
    const pieces = joinAll(
      [src('110101', '东城区', '110000', '110100'), src('441900', '东莞市', '440000', '441900')],
      ctx,
    );
    const c = coverage(pieces, ref);
    expect(c.official).toHaveLength(10);
    expect(c.functionalZones).toEqual(['130271']);
    expect(c.covered).toEqual(['110101', '441900']);
    expect(c.missing).toContain('429004');
    expect(c.ratio).toBeCloseTo(0.2);
  });
});

describe('filePrefecture', () => {
  it('names the prefecture by map name, else by the ids in the file', () => {
    expect(filePrefecture('沧州', '130000', [], ref)).toBe('130900');
    expect(filePrefecture('仙桃', '420000', ['429004'], ref)).toBe('429000');
    expect(filePrefecture('莱芜', '370000', ['371202'], ref)).toBe('');
  });
});

describe('indexCrosswalk', () => {
  it('refuses two entries for the same source feature', () => {
    expect(() => indexCrosswalk([CROSSWALK[0]!, CROSSWALK[0]!])).toThrow(/duplicate/);
  });
});
