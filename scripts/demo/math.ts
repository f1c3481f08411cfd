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
 * `evaluate` that rises with s: regula falsi (Illinois variant) inside a
 * bracket, which needs far fewer evaluations than bisection on these smooth sums.
 */
export function solveShift(
  evaluate: (shift: number) => number,
  target: number,
  lo = -12,
  hi = 12,
): number {
  let fLo = evaluate(lo) - target;
  let fHi = evaluate(hi) - target;
  if (fLo >= 0) return lo;
  if (fHi <= 0) return hi;
  let side = 0;
  for (let i = 0; i < 100; i++) {
    const mid = (lo * fHi - hi * fLo) / (fHi - fLo);
    const fMid = evaluate(mid) - target;
    if (Math.abs(fMid) < 1e-10 || hi - lo < 1e-12) return mid;
    if (fMid < 0) {
      lo = mid;
      fLo = fMid;
      if (side === -1) fHi /= 2;
      side = -1;
    } else {
      hi = mid;
      fHi = fMid;
      if (side === 1) fLo /= 2;
      side = 1;
    }
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
