// Class colours. Sequential ramps run light → dark towards the better end
// (for CVs lower is better, so the lowest values are darkest); policy classes
// use a diverging scheme with the failing side orange and the meeting side
// purple. All schemes are ColorBrewer / viridis, safe for colour-blind readers.

import { BLUES, PUOR_11, RDBU_11, viridis, YLGNBU } from './colour-schemes';

export type SequentialScheme = 'Blues' | 'YlGnBu' | 'viridis';
export type DivergingScheme = 'PuOr' | 'RdBu';

/** Missing data: light grey, drawn with a hatch over it; never a ramp colour. */
export const NO_DATA_COLOUR = '#d4d4d4';
export const NO_DATA_HATCH = '#8c8c8c';
/** Features outside the reference list (台湾, 香港, 澳门, 南海诸岛): neutral, not "missing". */
export const OUTSIDE_COLOUR = '#ececec';
/** A value covering only part of its unit: a pale ground, a back-slanted hatch, a dashed edge. */
export const PARTIAL_COLOUR = '#f1ede4';
export const PARTIAL_HATCH = '#6b5b95';
/**
 * Caveats on a classed value (flags `incomplete`, `over_100`): a mark over
 * the class colour, dark with a white edge so that it reads on every fill.
 */
export const FLAG_INK = '#1f2328';
export const FLAG_EDGE = '#ffffff';

function ramp(scheme: SequentialScheme, k: number): string[] {
  // Light → dark, as d3's quantize(t => interpolateViridis(1 - t), k); one class is the lightest.
  if (scheme === 'viridis')
    return Array.from({ length: k }, (_, i) => viridis(1 - i / (k - 1 || 1)));
  const table = scheme === 'Blues' ? BLUES : YLGNBU;
  // ColorBrewer ramps have 3–9 colours; fewer classes take the darker of a 3-ramp.
  if (k < 3) return table[3].slice(3 - k);
  return [...table[Math.min(k, 9)]];
}

/** k colours in value order (lowest class first). */
export function sequentialColours(
  k: number,
  higherIsBetter: boolean,
  scheme: SequentialScheme = 'Blues',
): string[] {
  if (k < 1) return [];
  const colours = ramp(scheme, k);
  return higherIsBetter ? colours : colours.reverse();
}

/**
 * Colours for policy classes in value order. `targetClass` is the index of the
 * first class above the target line; `upperIsBetter` says which side meets it
 * (true for '>=' targets, false for '<=' thresholds). Shades deepen away from the line.
 */
export function divergingColours(
  k: number,
  targetClass: number,
  upperIsBetter: boolean,
  scheme: DivergingScheme = 'PuOr',
): string[] {
  // 11 colours oriented bad (0–4, deepest first), neutral (5), good (6–10):
  // d3's PuOr runs purple → orange, so it is reversed; RdBu runs red → blue.
  const table = scheme === 'PuOr' ? [...PUOR_11].reverse() : RDBU_11;
  const bad = (distance: number): string => table[Math.max(0, 2 - distance)];
  const good = (distance: number): string => table[Math.min(10, 8 + distance)];
  return Array.from({ length: k }, (_, i) => {
    const upper = i >= targetClass;
    const distance = upper ? i - targetClass : targetClass - 1 - i;
    return upper === upperIsBetter ? good(distance) : bad(distance);
  });
}
