// Issue 13 items 7 and 15: the map's caveats match the tables, areas outside
// the data have a legend entry of their own, and labels read on every fill
// and are chosen by one rule for the interactive and the static map.

import type { Flag } from '../../src/contract';
import { readFileSync } from 'node:fs';
import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { PAD } from '../../src/charts/frame';
import { layoutStaticMap } from '../../src/map/static-layout';
import { patternMarks, patternPath } from '../../src/map/patterns';
import type { PathMark, TextMark } from '../../src/charts/scene';
import { metricById } from '../../src/contract';
import { colourPlan, flagMarksOf, groundColour, legendCodes } from '../../src/map/colour-plan';
import { FLAG_INK, NO_DATA_HATCH, PARTIAL_COLOUR } from '../../src/map/colour';
import { flagPattern } from '../../src/map/hatch';
import { contrastRatio, DARK_INK, labelInk, LIGHT_INK, parseColour } from '../../src/map/label-ink';
import { labelCandidates, labelName, placeLabels } from '../../src/map/labels';
import { LIGHT_THEME } from '../../src/map/theme';
import { mainBounds, topoToFeatures, type UnitTopology } from '../../src/map/topology';

const coverage = metricById('inclusive_kindergarten_coverage');
const v = (value: number | null, flags: Flag[] = []) => ({ value, flags });

describe('labelInk', () => {
  it('puts dark text on light fills and light text on dark fills', () => {
    expect(labelInk('#eff3ff')).toBe(DARK_INK); // palest Blues class
    expect(labelInk('#d4d4d4')).toBe(DARK_INK); // no data
    expect(labelInk('#08519c')).toBe(LIGHT_INK); // darkest Blues class
    expect(labelInk('#2d004b')).toBe(LIGHT_INK); // deepest PuOr purple (浚县 in 鹤壁)
    expect(labelInk('rgb(84, 39, 136)')).toBe(LIGHT_INK);
  });

  it('always picks the ink with the higher contrast', () => {
    for (const fill of ['#e08214', '#8073ac', '#b35806', '#fdb863', '#b2abd2', '#440154']) {
      const chosen = labelInk(fill);
      const other = chosen === DARK_INK ? LIGHT_INK : DARK_INK;
      expect(contrastRatio(fill, chosen.text)).toBeGreaterThanOrEqual(
        contrastRatio(fill, other.text),
      );
    }
  });

  it('reads #rgb, #rrggbb and rgb(); anything else is null', () => {
    expect(parseColour('#fff')).toEqual([255, 255, 255]);
    expect(parseColour('#08519C')).toEqual([8, 81, 156]);
    expect(parseColour('rgb(1 2 3)')).toEqual([1, 2, 3]);
    expect(parseColour('tomato')).toBeNull();
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

describe('groundColour: what a label sits on', () => {
  const plan = {
    fills: new Map<string, string | null>([
      ['a', '#08519c'],
      ['b', null],
      ['c', null],
      ['d', null],
    ]),
    marks: new Map([
      ['c', 'partial' as const],
      ['d', 'outside' as const],
    ]),
  };
  it('is the class colour, the no-data grey, the partial ground or the context', () => {
    expect(groundColour(plan, 'a', LIGHT_THEME)).toBe('#08519c');
    expect(groundColour(plan, 'b', LIGHT_THEME)).toBe(LIGHT_THEME.noData);
    expect(groundColour(plan, 'c', LIGHT_THEME)).toBe(PARTIAL_COLOUR);
    expect(groundColour(plan, 'd', LIGHT_THEME)).toBe(LIGHT_THEME.context);
    expect(groundColour(null, 'a', LIGHT_THEME)).toBe(LIGHT_THEME.noData);
  });
});

describe('flags on the map', () => {
  it('marks incomplete and over_100 values, not missing or partial ones', () => {
    expect(flagMarksOf(v(0.9, ['incomplete']))).toEqual(['incomplete']);
    expect(flagMarksOf(v(1.04, ['over_100', 'incomplete']))).toEqual(['incomplete', 'over_100']);
    expect(flagMarksOf(v(0.9, ['partial', 'remapped']))).toEqual([]);
    expect(flagMarksOf(v(null, ['incomplete']))).toEqual([]);
    expect(flagMarksOf(undefined)).toEqual([]);
  });

  it('keeps a flagged value in its class and gives the flag a legend entry with its count', () => {
    const values = new Map([
      ['540000', v(0.919, ['incomplete'])],
      ['130000', v(0.915, ['incomplete'])],
      ['410000', v(0.8)],
    ]);
    const plan = colourPlan(
      ['540000', '130000', '410000', '440000'],
      values,
      coverage,
      { method: 'threshold', k: 2 },
      'zh',
    );
    expect(plan.fills.get('540000')).toBe(plan.fills.get('130000'));
    expect(plan.fills.get('540000')).not.toBeNull();
    expect([...plan.flagged]).toEqual([
      ['540000', ['incomplete']],
      ['130000', ['incomplete']],
    ]);
    expect(plan.legend.entries.map((e) => [e.kind, e.label, e.count])).toEqual([
      ['class', '未达标 < 85%', 1],
      ['class', '达标 ≥ 85%', 2],
      ['incomplete', '数据不完整', 2],
      ['no-data', '无数据', 1],
    ]);
  });

  it('draws each flag as its own pattern: dots for incomplete, a plus for above 100 %', () => {
    const dots = flagPattern(16, 'dot', [0, 0, 0]);
    const plus = flagPattern(16, 'plus', [0, 0, 0]);
    const px = (p: typeof dots, x: number, y: number) => [
      ...p.data.slice((y * 16 + x) * 4, (y * 16 + x) * 4 + 4),
    ];
    expect(px(dots, 8, 8)).toEqual([0, 0, 0, 255]); // centre: ink
    expect(px(dots, 10, 8)).toEqual([255, 255, 255, 255]); // rim: white edge
    expect(px(dots, 0, 0)[3]).toBe(0); // corner: the class colour shows
    expect(px(plus, 8, 4)[3]).toBe(255); // on the vertical bar
    expect(px(plus, 4, 4)[3]).toBe(0); // between the arms
    expect(px(dots, 8, 4)[3]).toBe(0);
  });
});

describe('areas outside the data', () => {
  it('counts 台湾, 香港 and 澳门 apart from "no data", and leaves the South China Sea inset out', () => {
    const codes = legendCodes(['410000', '420000', '710000', '810000', '820000', 'nanhai']);
    expect(codes).toEqual(['410000', '420000', '710000', '810000', '820000']);
    const plan = colourPlan(
      codes,
      new Map([['410000', v(0.9)]]),
      coverage,
      { method: 'threshold', k: 2 },
      'en',
    );
    expect(
      plan.legend.entries.filter((e) => e.kind !== 'class').map((e) => [e.kind, e.label, e.count]),
    ).toEqual([
      ['no-data', 'No data', 1],
      ['outside', 'Outside the data', 3],
    ]);
    expect(plan.fills.get('710000')).toBeNull();
    expect(plan.marks.get('710000')).toBe('outside');
  });

  it('adds units beyond a site’s scope to the same entry', () => {
    const plan = colourPlan(
      ['410000', '440000', '710000'],
      new Map([['410000', v(0.9)]]),
      coverage,
      { method: 'threshold', k: 2 },
      'zh',
      {},
      new Set(['440000']),
    );
    expect(plan.legend.entries.at(-1)).toMatchObject({
      kind: 'outside',
      label: '不在数据范围内',
      count: 2,
    });
    expect(plan.legend.entries.find((e) => e.kind === 'no-data')?.count).toBe(0);
  });
});

describe('static map patterns', () => {
  const square = { box: [0, 0, 24, 24] as [number, number, number, number], inside: () => true };
  it('hatches no data and dots incomplete values, only where the unit is', () => {
    expect(patternPath('no-data', square).split('M').length - 1).toBe(5 * 5);
    expect(patternPath('incomplete', { ...square, inside: (x) => x < 12 })).not.toMatch(
      /M1[2-9]|M2\d/,
    );
    expect(patternPath('partial', { ...square, inside: () => false })).toBe('');
    const [hatch] = patternMarks('no-data', square);
    expect(hatch).toMatchObject({ stroke: NO_DATA_HATCH, fill: 'none' });
    expect(patternMarks('incomplete', square)[0]).toMatchObject({ fill: FLAG_INK });
    expect(patternMarks('over_100', square)).toHaveLength(2);
  });
});

describe('one label rule for both maps', () => {
  const topology = JSON.parse(
    readFileSync('data/boundaries/china-provinces.topo.json', 'utf8'),
  ) as UnitTopology;
  const provinces = topoToFeatures(topology, 'provinces').features;
  const width = 860;
  const mapHeight = 540;

  it('labels 山西, 宁夏 and 海南 on the national map, the same set in both', () => {
    const values = new Map(provinces.map((f) => [f.properties.code, v(0.9)]));
    const scene = layoutStaticMap({
      metric: coverage,
      level: 'province',
      title: 'T',
      subtitle: '',
      shown: provinces,
      context: [],
      values,
      locale: 'zh',
      width,
      mapHeight,
      synthetic: true,
      source: 's',
    });
    const staticLabels = scene.marks
      .filter((m): m is TextMark => m.kind === 'text' && m.role === 'map-label')
      .map((m) => m.text);
    expect(staticLabels).toEqual(expect.arrayContaining(['山西', '宁夏', '海南', '河北', '陕西']));
    expect(staticLabels).not.toContain('台湾'); // outside the data: never labelled as a unit
    // What <edu-map> does with the same frame: its projection, the same two functions.
    const ground = scene.marks.find((m) => m.role === 'map-ground') as { y: number };
    const bounds = mainBounds(provinces)!;
    const projection = geoMercator().fitExtent(
      [
        [PAD, ground.y + 4],
        [width - PAD, ground.y + mapHeight - 4],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          bounds[0],
          bounds[1],
          [bounds[0][0], bounds[1][1]],
          [bounds[1][0], bounds[0][1]],
        ],
      },
    );
    const units = provinces
      .filter((f) => !['710000', '810000', '820000', 'nanhai'].includes(f.properties.code))
      .map((f) => ({ ...f.properties, bounds: mainBounds([f])! }));
    const interactive = placeLabels(
      labelCandidates(
        units,
        (p) => {
          const at = projection(p)!;
          return { x: at[0], y: at[1] - ground.y };
        },
        'province',
      ),
      { width, height: mapHeight },
    ).map((l) => l.name);
    expect(new Set(staticLabels)).toEqual(new Set(interactive));
  });

  it('gives a label on a dark fill light ink and no halo', () => {
    const [f] = provinces.filter((p) => p.properties.code === '650000');
    const scene = layoutStaticMap({
      metric: coverage,
      level: 'province',
      title: 'T',
      subtitle: '',
      shown: [f],
      context: [],
      values: new Map([['650000', v(0.99)]]),
      locale: 'zh',
      width: 400,
      mapHeight: 300,
      synthetic: false,
      source: 's',
      classification: { method: 'quantile', k: 1 },
    });
    const unit = scene.marks.find((m): m is PathMark => m.role === 'unit')!;
    const label = scene.marks.find((m): m is TextMark => m.role === 'map-label')!;
    expect(label.text).toBe(labelName('新疆维吾尔自治区', 'province'));
    expect(label.fill).toBe(labelInk(unit.fill!).text);
  });
});
