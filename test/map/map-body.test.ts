// The map body (src/map/map-body.ts): one geometry per view and size, recoloured
// per plan; the same unit paths in the atlas's first view and the static image;
// pattern marks only inside their unit.

import { readFileSync } from 'node:fs';
import { polygonContains } from 'd3-polygon';
import { describe, expect, it } from 'vitest';
import { PAD } from '../../src/charts/frame';
import type { PathMark } from '../../src/charts/scene';
import { metricById } from '../../src/contract';
import { colourPlan, legendCodes } from '../../src/map/colour-plan';
import { mapBodyMarks, mapGeometry, projectInFrame } from '../../src/map/map-body';
import { layoutStaticMap } from '../../src/map/static-layout';
import { topoToFeatures, type UnitFeature, type UnitTopology } from '../../src/map/topology';
import type { UnitValue } from '../../src/map/values';

const topology = JSON.parse(
  readFileSync(new URL('../fixtures/map/china-provinces.topo.json', import.meta.url), 'utf8'),
) as UnitTopology;
const shown = topoToFeatures(topology, Object.keys(topology.objects)[0]).features;
const metric = metricById('inclusive_kindergarten_coverage');
const codes = shown.map((f) => f.properties.code);
const HENAN = '410000';

function planFor(values: ReadonlyMap<string, UnitValue>) {
  return colourPlan(legendCodes(codes), values, metric, { method: 'quantile', k: 5 }, 'zh');
}

/** Synthetic values rising with the unit's order (or falling: `reversed`); `missing` without one. */
function values(reversed: boolean, missing: string[] = []): Map<string, UnitValue> {
  return new Map(
    codes.map((code, i) => [
      code,
      {
        value: missing.includes(code) ? null : 0.6 + (reversed ? codes.length - i : i) / 100,
        flags: [],
      },
    ]),
  );
}

const frame = { width: 640, top: 0, height: 480, inset: { x: 24, y: 24 } };

describe('map body', () => {
  it('recolours without new paths: a new plan changes fills, not the geometry', () => {
    const geometry = mapGeometry(shown, [], 'province', frame);
    const first = mapBodyMarks(geometry, planFor(values(false)));
    const second = mapBodyMarks(geometry, planFor(values(true)));
    const units = (marks: typeof first) =>
      marks.filter((m): m is PathMark => m.kind === 'path' && m.role === 'unit');
    expect(units(first).map((m) => m.d)).toEqual(units(second).map((m) => m.d));
    expect(units(first).map((m) => m.fill)).not.toEqual(units(second).map((m) => m.fill));
    expect(units(first).length).toBe(shown.length);
  });

  it('draws the same unit paths as the static image for the same frame', () => {
    const plan = planFor(values(false));
    const scene = layoutStaticMap({
      metric,
      level: 'province',
      title: 'T',
      subtitle: 'S',
      shown,
      context: [],
      values: values(false),
      locale: 'zh',
      width: 640,
      mapHeight: 480,
      synthetic: true,
      source: 'src',
      classification: { method: 'quantile', k: 5 },
    });
    const staticUnits = scene.marks.filter((m) => m.role === 'unit') as PathMark[];
    // The static image's map starts below its header: the same frame there.
    const ground = scene.marks.find((m) => m.role === 'map-ground');
    if (ground?.kind !== 'rect') throw new Error('no map ground');
    const geometry = mapGeometry(shown, [], 'province', {
      width: 640,
      top: ground.y,
      height: 480,
      inset: { x: PAD, y: 4 },
    });
    const body = mapBodyMarks(geometry, plan).filter((m) => m.role === 'unit') as PathMark[];
    expect(body.map((m) => [m.code, m.d, m.fill])).toEqual(
      staticUnits.map((m) => [m.code, m.d, m.fill]),
    );
  });

  it('hatches a unit without data only inside it', () => {
    const geometry = mapGeometry(shown, [], 'province', frame);
    const marks = mapBodyMarks(geometry, planFor(values(false, [HENAN])));
    const hatch = marks.find((m) => m.role === 'pattern-no-data' && m.code === HENAN) as PathMark;
    expect(hatch).toBeDefined();
    const henan = shown.find((f) => f.properties.code === HENAN) as UnitFeature;
    // Each hatch segment is centred on a grid point that must lie in 河南.
    const segments = [...hatch.d.matchAll(/M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/g)];
    expect(segments.length).toBeGreaterThan(5);
    // Tested on the drawn (projected) outline, as the layout does; the fixture's rings run
    // anticlockwise, which d3's spherical geoContains reads as the rest of the world.
    if (henan.geometry.type !== 'Polygon') throw new Error('fixture 河南 is one polygon');
    const outline = henan.geometry.coordinates[0].map(
      (p) => geometry.projection([p[0], p[1]]) as [number, number],
    );
    for (const [, x0, y0, x1, y1] of segments) {
      const centre: [number, number] = [
        (Number(x0) + Number(x1)) / 2,
        (Number(y0) + Number(y1)) / 2,
      ];
      expect(polygonContains(outline, centre)).toBe(true);
    }
    // No other unit is hatched.
    expect(marks.filter((m) => m.role === 'pattern-no-data').map((m) => m.code)).toEqual([HENAN]);
  });

  it('keeps a triangle’s hatch inside the triangle, not its bounding box', () => {
    const triangle: UnitFeature = {
      type: 'Feature',
      properties: { code: HENAN, name: '河南省', parent: '000000', label: [112, 34] },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [110, 32],
            [115, 32],
            [110, 37],
            [110, 32],
          ],
        ],
      },
    };
    const corners: [number, number][] = [
      [110, 32],
      [115, 32],
      [110, 37],
    ];
    const geometry = mapGeometry([triangle], [], 'province', frame);
    const plan = colourPlan([HENAN], new Map(), metric, { method: 'quantile', k: 5 }, 'zh');
    const hatch = mapBodyMarks(geometry, plan).find((m) => m.role === 'pattern-no-data');
    if (hatch?.kind !== 'path') throw new Error('no hatch');
    const outline = corners.map((p) => geometry.projection(p) as [number, number]);
    const centres = [...hatch.d.matchAll(/M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/g)].map(
      ([, x0, y0, x1, y1]) =>
        [(Number(x0) + Number(x1)) / 2, (Number(y0) + Number(y1)) / 2] as [number, number],
    );
    expect(centres.length).toBeGreaterThan(20);
    expect(centres.every((c) => polygonContains(outline, c))).toBe(true);
    // About half the bounding box: the other half (beyond the diagonal) is left bare.
    const width = Math.abs(outline[1][0] - outline[0][0]);
    const height = Math.abs(outline[2][1] - outline[0][1]);
    const step = 6;
    const boxPoints = (width / step) * (height / step);
    expect(centres.length).toBeLessThan(boxPoints * 0.7);
  });

  it('projects a label point into the frame', () => {
    const geometry = mapGeometry(shown, [], 'province', frame);
    const henan = shown.find((f) => f.properties.code === HENAN) as UnitFeature;
    const at = projectInFrame(geometry, henan.properties.label);
    expect(at).not.toBeNull();
    expect(at!.x).toBeGreaterThan(0);
    expect(at!.x).toBeLessThan(frame.width);
    expect(at!.y).toBeGreaterThan(0);
    expect(at!.y).toBeLessThan(frame.height);
  });
});
