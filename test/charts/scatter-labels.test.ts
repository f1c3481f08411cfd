import { describe, expect, it } from 'vitest';
import {
  FEW_UNITS,
  notableCodes,
  placeLabels,
  type LabelRequest,
} from '../../src/charts/scatter/labels';
import { layoutScatter } from '../../src/charts/scatter/layout';
import type { CircleMark, LineMark, Mark, TextMark } from '../../src/charts/scene';
import { boxesOverlap, segmentCrossesBox, textBox } from '../../src/charts/text';
import { scatterInput } from './fixtures';

const BOUNDS = { x0: 0, y0: 0, x1: 400, y1: 300 };
const NONE = { dots: [], boxes: [], segments: [] };

function request(code: string, cx: number, cy: number, text = `Unit ${code}`): LabelRequest {
  return { code, text, fontSize: 11, cx, cy, r: 5 };
}

const labelsOf = (marks: Mark[]) =>
  marks.filter((m): m is TextMark => m.kind === 'text' && m.role === 'dot-label');

describe('notable dots', () => {
  const points = [
    { code: 'mid', x: 0.5, y: 0.5 },
    { code: 'left', x: 0.1, y: 0.5 },
    { code: 'right', x: 0.9, y: 0.45 },
    { code: 'low', x: 0.5, y: 0.1 },
    { code: 'high', x: 0.55, y: 0.95 },
  ];

  it('names the selected first, then the extremes on each axis, then the rest when few', () => {
    expect(notableCodes(points, new Set(['mid']))).toEqual(['mid', 'left', 'right', 'low', 'high']);
    expect(notableCodes(points, new Set())).toEqual(['left', 'right', 'low', 'high', 'mid']);
  });

  it('names only the extremes and the selected when there are many', () => {
    const many = Array.from({ length: FEW_UNITS + 1 }, (_, i) => ({
      code: `u${String(i).padStart(2, '0')}`,
      x: i,
      y: (i * 7) % (FEW_UNITS + 1),
    }));
    // x runs 0…20 (u00 lowest, u20 highest); y = 7i mod 21 takes 0, 7 and 14 only:
    // lowest u00 (tie with u03, by code), highest 14 first at u02.
    expect(notableCodes(many, new Set(['u05']))).toEqual(['u05', 'u00', 'u20', 'u02']);
  });
});

describe('label placement', () => {
  it('puts a lone label right of its dot', () => {
    const [placed] = placeLabels([request('a', 100, 100)], NONE, BOUNDS);
    expect(placed).toMatchObject({ code: 'a', x: 108, anchor: 'start' });
  });

  it('never lets two labels overlap, even in a tight cluster', () => {
    const cluster = Array.from({ length: 12 }, (_, i) =>
      request(String(i), 150 + (i % 4) * 9, 140 + Math.floor(i / 4) * 9),
    );
    const placed = placeLabels(cluster, NONE, BOUNDS);
    expect(placed.length).toBeGreaterThan(3);
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(boxesOverlap(a.box, b.box)).toBe(false);
  });

  it('keeps labels inside the plot and off the dots', () => {
    const dots = [request('edge', 395, 5), request('other', 395, 25)];
    const placed = placeLabels(dots, { ...NONE, dots }, BOUNDS);
    for (const p of placed) {
      expect(p.box.x0).toBeGreaterThanOrEqual(0);
      expect(p.box.x1).toBeLessThanOrEqual(400);
      expect(p.box.y0).toBeGreaterThanOrEqual(0);
      for (const d of dots)
        expect(
          boxesOverlap(p.box, { x0: d.cx - 5, y0: d.cy - 5, x1: d.cx + 5, y1: d.cy + 5 }),
        ).toBe(false);
    }
    expect(placed[0].anchor).toBe('end');
  });

  it('moves a label off a reference line, and drops one with no free spot unless required', () => {
    // A vertical line just right of the dot blocks the right-hand spot.
    const line = { x1: 112, y1: 0, x2: 112, y2: 300 };
    const [placed] = placeLabels([request('a', 100, 100)], { ...NONE, segments: [line] }, BOUNDS);
    expect(segmentCrossesBox(line.x1, line.y1, line.x2, line.y2, placed.box)).toBe(false);
    expect(placed.anchor).toBe('end');
    // Boxed in on every side.
    const wall = { x0: 0, y0: 0, x1: 400, y1: 300 };
    const boxed = { ...NONE, boxes: [wall] };
    expect(placeLabels([request('a', 100, 100)], boxed, BOUNDS)).toEqual([]);
    const forced = placeLabels([{ ...request('a', 100, 100), required: true }], boxed, BOUNDS);
    expect(forced.map((p) => p.code)).toEqual(['a']);
  });
});

describe('scatter labels', () => {
  it('names its dots without hovering, the selected in bold, none overlapping', () => {
    for (const width of [320, 375, 640]) {
      const scene = layoutScatter(scatterInput('zh', { width }));
      const labels = labelsOf(scene.marks);
      const selected = labels.filter((l) => l.class === 'selected');
      expect(selected.map((l) => [l.code, l.fontWeight])).toEqual([['410622', 'bold']]);
      // Five dots, few: every one is named where there is room (at least the extremes).
      expect(labels.length).toBeGreaterThanOrEqual(4);
      const boxes = labels.map((l) => textBox(l.x, l.y, l.text, l.fontSize, l.anchor));
      boxes.forEach((a, i) =>
        boxes.forEach((b, j) => i !== j && expect(boxesOverlap(a, b)).toBe(false)),
      );
      const dots = scene.marks.filter((m): m is CircleMark => m.role === 'dot');
      const targets = scene.marks.filter(
        (m): m is LineMark => m.kind === 'line' && m.role === 'reference-line',
      );
      for (const box of boxes) {
        for (const d of dots)
          expect(
            boxesOverlap(box, { x0: d.cx - d.r, y0: d.cy - d.r, x1: d.cx + d.r, y1: d.cy + d.r }),
          ).toBe(false);
        for (const t of targets) expect(segmentCrossesBox(t.x1, t.y1, t.x2, t.y2, box)).toBe(false);
      }
    }
  });
});
