// Which labels to show, for the interactive map and the static SVG map alike
// (one rule, so both label the same units): a unit's name is drawn when it
// fits inside LABEL_ROOM of the unit's on-screen box and does not overlap a
// label already placed. Larger units are placed first.

import type { Bounds } from './topology';

/** Share of a unit's on-screen bounding box that its label may take. */
export const LABEL_ROOM = 0.9;
/** Font size of map labels, both maps (px). */
export const MAP_LABEL_SIZE = 12;

export interface LabelCandidate {
  code: string;
  name: string;
  /** Label anchor on screen (px). */
  x: number;
  y: number;
  /** On-screen width and height of the unit's bounding box (px). */
  boxWidth: number;
  boxHeight: number;
}

export interface PlacedLabel {
  code: string;
  name: string;
  x: number;
  y: number;
}

/** What a map knows of a unit to label it. */
export interface LabelledUnit {
  code: string;
  name: string;
  /** A point inside the unit for its label: [lon, lat]. */
  label: [number, number];
  /** The unit's main bounds (far-off islets left out): [[west, south], [east, north]]. */
  bounds: Bounds;
}

/** Rough text width: CJK characters are square, Latin ones about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text)
    width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.6;
  return width;
}

// Province names are long ("新疆维吾尔自治区"); maps label them by their short form.
const PROVINCE_SUFFIXES = [
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '特别行政区',
  '自治区',
  '省',
  '市',
];

/** The name to print on the map: provinces without their administrative suffix. */
export function labelName(name: string, level: 'province' | 'prefecture' | 'county'): string {
  // English names of provinces carry no suffix (Henan, Inner Mongolia).
  if (level !== 'province' || !/[\u4e00-\u9fff]/.test(name)) return name;
  const suffix = PROVINCE_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length + 1);
  return suffix ? name.slice(0, -suffix.length) : name;
}

/** Units as label candidates in screen space, through the map's own projection. */
export function labelCandidates(
  units: readonly LabelledUnit[],
  project: (lngLat: [number, number]) => { x: number; y: number } | null,
  level: 'province' | 'prefecture' | 'county',
): LabelCandidate[] {
  return units.flatMap((u) => {
    const [sw, ne, anchor] = [project(u.bounds[0]), project(u.bounds[1]), project(u.label)];
    if (!sw || !ne || !anchor) return [];
    return [
      {
        code: u.code,
        name: labelName(u.name, level),
        x: anchor.x,
        y: anchor.y,
        boxWidth: Math.abs(ne.x - sw.x),
        boxHeight: Math.abs(sw.y - ne.y),
      },
    ];
  });
}

type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box): boolean =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  fontSize = MAP_LABEL_SIZE,
): PlacedLabel[] {
  const placed: { label: PlacedLabel; box: Box }[] = [];
  const bySize = [...candidates].sort(
    (a, b) => b.boxWidth * b.boxHeight - a.boxWidth * a.boxHeight || (a.code < b.code ? -1 : 1),
  );
  for (const c of bySize) {
    const w = textWidth(c.name, fontSize);
    const h = fontSize;
    if (w > c.boxWidth * LABEL_ROOM || h > c.boxHeight * LABEL_ROOM) continue;
    // The glyphs' box plus a 1 px gap: neighbours' names may sit close, never touch.
    const box: Box = [c.x - w / 2 - 1, c.y - h / 2 - 1, c.x + w / 2 + 1, c.y + h / 2 + 1];
    if (box[0] < 0 || box[1] < 0 || box[2] > viewport.width || box[3] > viewport.height) continue;
    if (!placed.some((p) => overlaps(box, p.box)))
      placed.push({ label: { code: c.code, name: c.name, x: c.x, y: c.y }, box });
  }
  return placed.map((p) => p.label);
}
