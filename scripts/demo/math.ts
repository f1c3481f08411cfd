// Small numeric helpers shared by the model.

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/**
 * Finds the shift s for which `evaluate(s)` reaches `target`, for an
 * `evaluate` that rises with s (bisection; the realised values are not smooth).
 */
export function solveShift(
  evaluate: (shift: number) => number,
  target: number,
  lo = -12,
  hi = 12,
): number {
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (evaluate(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Splits `total` into integers proportional to `weights` that add up to
 * exactly `total` (cumulative rounding: no sort, one pass).
 */
export function splitInteger(total: number, weights: ArrayLike<number>, out: Int32Array): void {
  let weightSum = 0;
  for (let i = 0; i < weights.length; i++) weightSum += weights[i];
  if (weightSum <= 0) {
    out.fill(0, 0, weights.length);
    return;
  }
  let cumulative = 0;
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    cumulative += weights[i];
    const upTo = Math.round((total * cumulative) / weightSum);
    out[i] = upTo - given;
    given = upTo;
  }
}
