// Duplicate detection over millions of rows without a hash table per row:
// each valid row appends its 64-bit key (two independent 32-bit hashes of
// year, school_id and stage) and its line to flat arrays. At the end the keys
// are split into 2,048 buckets by their top 11 bits, and each bucket (a few
// thousand keys) is searched with a small open-addressing table that stays in
// the processor's cache, where sorting each bucket cost twice as much. A false
// duplicate needs two different keys to agree on 64 bits: about one chance in
// 10^6 for 5 million rows.

const BUCKET_BITS = 11;
const LOW_BITS = 32 - BUCKET_BITS;

export interface LoggedKeys {
  hi: Uint32Array;
  lo: Uint32Array;
  lines: Uint32Array;
}

export class KeyLog {
  private hi: Uint32Array = new Uint32Array(1 << 20);
  private lo: Uint32Array = new Uint32Array(1 << 20);
  private lines: Uint32Array = new Uint32Array(1 << 20);
  private size = 0;

  add(hi: number, lo: number, line: number): void {
    if (this.size === this.hi.length) this.grow();
    this.hi[this.size] = hi;
    this.lo[this.size] = lo;
    this.lines[this.size] = line;
    this.size++;
  }

  get count(): number {
    return this.size;
  }

  /** A log holding keys exported by another thread. */
  static from(keys: LoggedKeys): KeyLog {
    const log = new KeyLog();
    log.hi = keys.hi;
    log.lo = keys.lo;
    log.lines = keys.lines;
    log.size = keys.hi.length;
    return log;
  }

  /**
   * The logged keys, trimmed, to send to another thread: the arrays themselves
   * when they are full (as after appending the reader threads' keys), so that
   * 60 MB are not copied; the log is not used after its keys are sent.
   */
  export(): LoggedKeys {
    if (this.size === this.hi.length) return { hi: this.hi, lo: this.lo, lines: this.lines };
    return {
      hi: this.hi.slice(0, this.size),
      lo: this.lo.slice(0, this.size),
      lines: this.lines.slice(0, this.size),
    };
  }

  /** Appends keys logged by another part of the file, shifting its lines. */
  append(keys: LoggedKeys, lineOffset: number): void {
    const count = keys.hi.length;
    if (this.size + count > this.hi.length) this.grow(this.size + count, true);
    this.hi.set(keys.hi, this.size);
    this.lo.set(keys.lo, this.size);
    for (let i = 0; i < count; i++) this.lines[this.size + i] = keys.lines[i] + lineOffset;
    this.size += count;
  }

  /** Grows to `needed` keys (exactly, or at least and doubling), in one copy. */
  private grow(needed = this.hi.length * 2, exactly = false): void {
    const grown = (a: Uint32Array) => {
      const b = new Uint32Array(exactly ? needed : Math.max(needed, a.length * 2));
      b.set(a.subarray(0, this.size));
      return b;
    };
    this.hi = grown(this.hi);
    this.lo = grown(this.lo);
    this.lines = grown(this.lines);
  }

  /** Later line → the line where the same key first appeared. */
  duplicates(): Map<number, number> {
    const { starts, hi, lo } = this.byBucket();
    let largest = 0;
    for (let b = 0; b < 1 << BUCKET_BITS; b++)
      largest = Math.max(largest, starts[b + 1] - starts[b]);
    // One table for every bucket in turn: a slot is taken when its stamp is the bucket's.
    const size = 2 ** Math.ceil(Math.log2(2 * largest + 1));
    const mask = size - 1;
    const slot = new Uint32Array(size);
    const stamp = new Uint32Array(size);
    const repeated = new Set<string>();
    for (let b = 0; b < 1 << BUCKET_BITS; b++) {
      for (let k = starts[b]; k < starts[b + 1]; k++) {
        let h = lo[k] & mask;
        while (stamp[h] === b + 1) {
          const j = slot[h];
          if (lo[j] === lo[k] && hi[j] === hi[k]) {
            repeated.add(keyText(hi[k], lo[k]));
            break;
          }
          h = (h + 1) & mask;
        }
        if (stamp[h] !== b + 1) {
          stamp[h] = b + 1;
          slot[h] = k;
        }
      }
    }
    return repeated.size === 0 ? new Map() : this.linesOf(repeated);
  }

  /** The keys grouped by bucket (counting sort on the top bits): bucket b is [starts[b], starts[b + 1]). */
  private byBucket(): { starts: Uint32Array; hi: Uint32Array; lo: Uint32Array } {
    const n = this.size;
    const starts = new Uint32Array((1 << BUCKET_BITS) + 1);
    for (let i = 0; i < n; i++) starts[(this.hi[i] >>> LOW_BITS) + 1]++;
    for (let b = 0; b < 1 << BUCKET_BITS; b++) starts[b + 1] += starts[b];
    const fill = starts.slice(0, -1);
    const hi = new Uint32Array(n);
    const lo = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const at = fill[this.hi[i] >>> LOW_BITS]++;
      hi[at] = this.hi[i];
      lo[at] = this.lo[i];
    }
    return { starts, hi, lo };
  }

  /** For the rare repeated keys: each later line and the first line of its key. */
  private linesOf(repeated: Set<string>): Map<number, number> {
    const firstLine = new Map<string, number>();
    const found = new Map<number, number>();
    for (let i = 0; i < this.size; i++) {
      const key = keyText(this.hi[i], this.lo[i]);
      if (!repeated.has(key)) continue;
      const first = firstLine.get(key);
      if (first === undefined) firstLine.set(key, this.lines[i]);
      else found.set(this.lines[i], first);
    }
    return found;
  }
}

/** A 64-bit key as text (for the rare repeated ones only). */
function keyText(hi: number, lo: number): string {
  return `${hi}:${lo}`;
}

/** The two halves of the last key hashed (no allocation per row). */
export const lastKey = new Uint32Array(2);

/** Two independent 32-bit hashes of a byte range plus small integer tags, into `lastKey`. */
export function hashKey(
  bytes: Uint8Array,
  start: number,
  end: number,
  year: number,
  stage: number,
): Uint32Array {
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
  lastKey[0] = fmix(a);
  lastKey[1] = fmix(b ^ (end - start));
  return lastKey;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
