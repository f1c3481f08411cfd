// Which HTML labels to show: a unit's name is drawn only when it fits inside
// the unit's on-screen box and does not overlap a label already placed.
// Larger units are placed first.

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
  if (level !== 'province') return name;
  const suffix = PROVINCE_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length + 1);
  return suffix ? name.slice(0, -suffix.length) : name;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  fontSize = 12,
): PlacedLabel[] {
  const placed: { label: PlacedLabel; box: [number, number, number, number] }[] = [];
  const bySize = [...candidates].sort(
    (a, b) => b.boxWidth * b.boxHeight - a.boxWidth * a.boxHeight || (a.code < b.code ? -1 : 1),
  );
  for (const c of bySize) {
    const w = textWidth(c.name, fontSize) + 4;
    const h = fontSize + 4;
    if (w > c.boxWidth || h > c.boxHeight) continue;
    const box: [number, number, number, number] = [
      c.x - w / 2,
      c.y - h / 2,
      c.x + w / 2,
      c.y + h / 2,
    ];
    if (box[0] < 0 || box[1] < 0 || box[2] > viewport.width || box[3] > viewport.height) continue;
    const overlaps = placed.some(
      ({ box: o }) => box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3],
    );
    if (!overlaps) placed.push({ label: { code: c.code, name: c.name, x: c.x, y: c.y }, box });
  }
  return placed.map((p) => p.label);
}
