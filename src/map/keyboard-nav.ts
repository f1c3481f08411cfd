// Moving between districts with the arrow keys: from the focused unit's label
// point, go to the nearest label point that lies in the pressed direction.

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface LabelPoint {
  code: string;
  /** [lon, lat] */
  label: [number, number];
}

/** Sideways offsets count double, so "right" prefers what is level with us. */
const SIDEWAYS_WEIGHT = 2;

const DEG = Math.PI / 180;

/**
 * The code of the nearest unit in `direction` from `current`, or null when
 * there is none that way (the focus then stays). Longitudes are scaled by
 * cos(latitude) so that east–west distances compare with north–south ones.
 */
export function nextDistrict(
  current: string,
  direction: Direction,
  points: readonly LabelPoint[],
): string | null {
  const from = points.find((p) => p.code === current);
  if (!from) return firstDistrict(points);
  const scale = Math.cos(from.label[1] * DEG);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.code === current) continue;
    const dx = (p.label[0] - from.label[0]) * scale;
    const dy = p.label[1] - from.label[1];
    const [ahead, sideways] =
      direction === 'right'
        ? [dx, dy]
        : direction === 'left'
          ? [-dx, dy]
          : direction === 'up'
            ? [dy, dx]
            : [-dy, dx];
    if (ahead <= 0) continue;
    const score = Math.hypot(ahead, SIDEWAYS_WEIGHT * sideways);
    if (score < bestScore || (score === bestScore && best !== null && p.code < best)) {
      best = p.code;
      bestScore = score;
    }
  }
  return best;
}

/** Where keyboard focus starts: the unit nearest the north-west corner, as text is read. */
export function firstDistrict(points: readonly LabelPoint[]): string | null {
  if (points.length === 0) return null;
  const west = Math.min(...points.map((p) => p.label[0]));
  const north = Math.max(...points.map((p) => p.label[1]));
  let best = points[0];
  let bestDistance = Infinity;
  for (const p of points) {
    const d = Math.hypot(p.label[0] - west, p.label[1] - north);
    if (d < bestDistance || (d === bestDistance && p.code < best.code)) {
      best = p;
      bestDistance = d;
    }
  }
  return best.code;
}
