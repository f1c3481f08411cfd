/** A deterministic value in [0.55, 1.0) from a code and a seed (FNV-1a), for the harness and its checks. */
export function syntheticValue(code: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (const ch of code) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return 0.55 + ((h >>> 0) % 4500) / 10000;
}
