// The "no data" hatch as raw RGBA pixels (no canvas needed): diagonal lines
// on a transparent ground, drawn over the grey no-data fill.

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/**
 * `forward` draws '/' diagonals (no data); `back` draws '\\' ones, for values
 * that cover only part of their unit, so the two never read alike.
 */
export function hatchPattern(
  size: number,
  rgb: [number, number, number],
  lineWidth = 1.5,
  direction: 'forward' | 'back' = 'forward',
): PatternImage {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Distance to the nearest '/' diagonal, wrapping so that tiles join seamlessly.
      const d = direction === 'forward' ? (x + y) % size : (x - y + size) % size;
      const distance = Math.min(d, size - d);
      const alpha = Math.max(0, Math.min(1, lineWidth / 2 + 0.5 - distance));
      const i = (y * size + x) * 4;
      data[i] = rgb[0];
      data[i + 1] = rgb[1];
      data[i + 2] = rgb[2];
      data[i + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, data };
}

/**
 * A caveat mark repeated on a `size` grid, dark with a white edge, for values
 * that are classed but carry a flag: `dot` (incomplete data) or `plus`
 * (above 100 %). Transparent elsewhere, so the class colour shows through.
 */
export function flagPattern(
  size: number,
  shape: 'dot' | 'plus',
  ink: [number, number, number],
  edge: [number, number, number] = [255, 255, 255],
): PatternImage {
  const data = new Uint8ClampedArray(size * size * 4);
  const c = (size - 1) / 2;
  // Distance from the mark's centre line(s): a disc, or the two bars of a '+'.
  const distance = (x: number, y: number): number =>
    shape === 'dot'
      ? Math.hypot(x - c, y - c)
      : Math.max(
          Math.min(Math.abs(x - c), Math.abs(y - c)),
          Math.max(Math.abs(x - c), Math.abs(y - c)) - size * 0.3,
        );
  const [core, rim] = shape === 'dot' ? [size * 0.14, size * 0.22] : [size * 0.06, size * 0.13];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = distance(x, y);
      const i = (y * size + x) * 4;
      const colour = d <= core ? ink : d <= rim ? edge : null;
      if (!colour) continue;
      data.set([...colour, 255], i);
    }
  }
  return { width: size, height: size, data };
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
