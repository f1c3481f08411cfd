// Seeded pseudo-random numbers: mulberry32 for speed, seeds derived by hashing
// (seed, county code, stream name, ...) so that every county draws from its
// own stream and results never depend on the order counties are visited in.

/** A uniform generator on [0, 1) with a few convenience draws. */
export interface Rng {
  next(): number;
  /** Integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: a 32-bit state generator, fast and good enough for synthetic data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Derives a 32-bit sub-seed from a base seed and any number of labels. */
export function deriveSeed(seed: number, ...labels: readonly (string | number)[]): number {
  let h = mix32((seed >>> 0) ^ 0x9e3779b9);
  for (const label of labels) {
    const text = String(label);
    for (let i = 0; i < text.length; i++) {
      h = mix32(h ^ Math.imul(text.charCodeAt(i), 0x01000193));
    }
    h = mix32(h ^ 0x2f);
  }
  return h;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** A generator for one named stream: `rngFor(seed, '410602', 'roster', 'primary')`. */
export function rngFor(seed: number, ...labels: readonly (string | number)[]): Rng {
  return createRng(deriveSeed(seed, ...labels));
}
