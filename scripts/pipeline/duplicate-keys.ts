// A compact set of (year, school_id, stage) keys for duplicate detection over
// millions of rows: each key is a 64-bit hash (two independent 32-bit halves)
// stored in an open-addressing table with the line where it was first seen.
// A false duplicate needs two different keys to agree on 64 bits: about one
// chance in 10^6 for 5 million rows.

const EMPTY_LINE = 0;

export class DuplicateKeys {
  private capacity = 1 << 16;
  private size = 0;
  private hi = new Uint32Array(this.capacity);
  private lo = new Uint32Array(this.capacity);
  private lines = new Uint32Array(this.capacity);

  /**
   * Records the key; returns 0 when it is new, or the line on which it was
   * first seen.
   */
  add(hi: number, lo: number, line: number): number {
    if ((this.size + 1) * 4 > this.capacity * 3) this.grow();
    const mask = this.capacity - 1;
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const seen = this.lines[slot];
      if (seen === EMPTY_LINE) {
        this.hi[slot] = hi;
        this.lo[slot] = lo;
        this.lines[slot] = line;
        this.size++;
        return 0;
      }
      if (this.hi[slot] === hi && this.lo[slot] === lo) return seen;
      slot = (slot + 1) & mask;
    }
  }

  get count(): number {
    return this.size;
  }

  private grow(): void {
    const { hi, lo, lines } = this;
    this.capacity *= 2;
    this.hi = new Uint32Array(this.capacity);
    this.lo = new Uint32Array(this.capacity);
    this.lines = new Uint32Array(this.capacity);
    this.size = 0;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] !== EMPTY_LINE) this.add(hi[i], lo[i], lines[i]);
    }
  }
}

/** Two independent 32-bit hashes of a byte range plus small integer tags. */
export function hashKey(bytes: Uint8Array, start: number, end: number, year: number, stage: number): [number, number] {
  let a = 0x811c9dc5 ^ year;
  let b = 0x9747b28c ^ Math.imul(stage + 1, 0x85ebca6b);
  for (let p = start; p < end; p++) {
    const c = bytes[p];
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ stage, 0x01000193);
  b = Math.imul(b ^ year, 0x5bd1e995);
  return [fmix(a) >>> 0, fmix(b ^ (end - start)) >>> 0];
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
