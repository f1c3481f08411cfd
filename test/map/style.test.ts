import { describe, expect, it } from 'vitest';
import { buildMapStyle, HATCH_IMAGE, layersFor, PARTIAL_HATCH_IMAGE } from '../../src/map/style';
import { PARTIAL_COLOUR } from '../../src/map/colour';
import { hatchPattern } from '../../src/map/hatch';
import { labelName, placeLabels, textWidth } from '../../src/map/labels';
import { colourPlan } from '../../src/map/colour-plan';
import { metricById } from '../../src/contract';
import { themeFrom, DARK_THEME } from '../../src/map/theme';

describe('buildMapStyle', () => {
  const style = buildMapStyle([
    { id: 'provinces', data: { type: 'FeatureCollection', features: [] }, role: 'focus' },
    { id: 'context', data: { type: 'FeatureCollection', features: [] }, role: 'context' },
  ]);

  it('fetches nothing: no glyphs, sprites, tiles or symbol layers', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|"tiles"|"url"/);
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('keys features by code and draws context below focus', () => {
    expect(style.sources.provinces).toMatchObject({ type: 'geojson', promoteId: 'code' });
    expect(style.layers.map((l) => l.id)).toEqual([
      'background',
      'context-context-fill',
      'context-context-line',
      'provinces-outside',
      'provinces-fill',
      'provinces-no-data',
      'provinces-partial',
      'provinces-partial-line',
      'provinces-incomplete',
      'provinces-over-100',
      'provinces-line',
      'provinces-highlight',
    ]);
  });

  it('colours from feature-state with the no-data grey as fallback, hatch where no colour', () => {
    const [, fill, hatch] = layersFor('s', 'focus', DARK_THEME);
    expect(fill.type === 'fill' && fill.paint?.['fill-color']).toEqual([
      'case',
      ['boolean', ['feature-state', 'outside'], false],
      DARK_THEME.context,
      ['boolean', ['feature-state', 'partial'], false],
      PARTIAL_COLOUR,
      ['coalesce', ['feature-state', 'fill'], DARK_THEME.noData],
    ]);
    expect(hatch.type === 'fill' && hatch.paint?.['fill-pattern']).toBe(HATCH_IMAGE);
  });

  it('draws a partial value with its own hatch and a dashed outline, not the no-data hatch', () => {
    const layers = layersFor('s', 'focus');
    const byId = new Map(layers.map((l) => [l.id, l]));
    const partial = byId.get('s-partial');
    expect(partial?.type === 'fill' && partial.paint?.['fill-pattern']).toBe(PARTIAL_HATCH_IMAGE);
    const line = byId.get('s-partial-line');
    expect(line?.type === 'line' && line.paint?.['line-dasharray']).toEqual([3, 2]);
    const noData = byId.get('s-no-data');
    // The no-data hatch is off for partial and outside units.
    expect(noData?.type === 'fill' && noData.paint?.['fill-opacity']).toEqual([
      'case',
      [
        'any',
        ['boolean', ['feature-state', 'outside'], false],
        ['boolean', ['feature-state', 'partial'], false],
      ],
      0,
      ['==', ['typeof', ['feature-state', 'fill']], 'string'],
      0,
      1,
    ]);
  });

  it('combines the region filter with the reference-list filter', () => {
    const [outside, fill] = layersFor('s', 'focus', undefined, ['==', ['get', 'parent'], '410000']);
    expect(outside.type === 'fill' && (outside.filter as unknown[])[0]).toBe('all');
    expect(fill.type === 'fill' && fill.filter).toEqual([
      'all',
      ['!', ['in', ['get', 'code'], ['literal', ['710000', '810000', '820000', 'nanhai']]]],
      ['==', ['get', 'parent'], '410000'],
    ]);
  });
});

describe('theme', () => {
  it('reads custom properties and falls back per key', () => {
    const theme = themeFrom((p) => (p === '--edu-map-line' ? ' #123456 ' : ''), DARK_THEME);
    expect(theme.line).toBe('#123456');
    expect(theme.background).toBe(DARK_THEME.background);
  });
});

describe('hatchPattern', () => {
  it('draws opaque pixels on the diagonal and transparent ones between', () => {
    const p = hatchPattern(8, [10, 20, 30], 1);
    const alpha = (x: number, y: number): number => p.data[(y * 8 + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(255);
    expect(alpha(3, 5)).toBe(255); // (3 + 5) % 8 = 0
    expect(alpha(2, 2)).toBe(0); // 4 from the nearest diagonal
    expect([...p.data.slice(0, 3)]).toEqual([10, 20, 30]);
  });

  it('draws the other diagonal for partial values', () => {
    const p = hatchPattern(8, [10, 20, 30], 1, 'back');
    const alpha = (x: number, y: number): number => p.data[(y * 8 + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(255);
    expect(alpha(5, 5)).toBe(255); // (5 − 5) % 8 = 0: '\\'
    expect(alpha(3, 5)).toBe(0); // on the '/' diagonal only
  });
});

describe('placeLabels', () => {
  it('shows names that fit and drops overlapping or clipped ones, larger units first', () => {
    expect(textWidth('鹤壁市', 12)).toBe(36);
    const placed = placeLabels(
      [
        { code: 'big', name: '河南省', x: 100, y: 100, boxWidth: 200, boxHeight: 100 },
        { code: 'overlap', name: '鹤壁', x: 110, y: 104, boxWidth: 50, boxHeight: 30 },
        { code: 'tiny', name: '山城区', x: 300, y: 100, boxWidth: 20, boxHeight: 30 },
        { code: 'edge', name: 'AB', x: 2, y: 300, boxWidth: 80, boxHeight: 80 },
        { code: 'ok', name: 'AB', x: 300, y: 300, boxWidth: 40, boxHeight: 20 },
      ],
      { width: 400, height: 400 },
    );
    expect(placed.map((p) => p.code)).toEqual(['big', 'ok']);
  });
});

describe('colourPlan', () => {
  it('gives each shown unit its class colour and null (no data) for missing', () => {
    const metric = metricById('inclusive_kindergarten_coverage');
    const values = new Map([
      ['a', { value: 0.9, flags: [] }],
      ['b', { value: 0.8, flags: [] }],
      ['c', { value: null, flags: [] }],
    ]);
    const plan = colourPlan(
      ['a', 'b', 'c', 'd'],
      values,
      metric,
      { method: 'threshold', k: 2 },
      'zh',
    );
    expect([...plan.fills.values()]).toEqual(['#8073ac', '#e08214', null, null]);
    expect(plan.legend.entries.at(-1)).toMatchObject({ kind: 'no-data', count: 2 });
  });
});

describe('labelName', () => {
  it('shortens province names and leaves other levels alone', () => {
    expect(labelName('新疆维吾尔自治区', 'province')).toBe('新疆');
    expect(labelName('内蒙古自治区', 'province')).toBe('内蒙古');
    expect(labelName('北京市', 'province')).toBe('北京');
    expect(labelName('香港特别行政区', 'province')).toBe('香港');
    expect(labelName('河南省', 'province')).toBe('河南');
    expect(labelName('鹤壁市', 'prefecture')).toBe('鹤壁市');
  });
});
