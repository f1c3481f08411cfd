// Push labels apart vertically so that none overlap: positions keep their
// order, each at least `gap` from the next, all within [min, max] when room
// allows. Used for line end labels and reference-line labels.

export function dodge(
  positions: readonly number[],
  gap: number,
  min = -Infinity,
  max = Infinity,
): number[] {
  const order = positions.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((p) => p.y);
  // Downward pass: each at least gap below the previous.
  for (let k = 0; k < placed.length; k++)
    placed[k] = Math.max(placed[k], k ? placed[k - 1] + gap : min);
  // Upward pass: pull back inside max.
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? max : placed[k + 1] - gap;
    placed[k] = Math.min(placed[k], limit);
  }
  const out = new Array<number>(positions.length);
  order.forEach((p, k) => (out[p.i] = placed[k]));
  return out;
}
