// The byte checks agree with what TextDecoder accepts, and the encoding is
// decided by the first non-ASCII line and the megabyte after it.

import { describe, expect, it } from 'vitest';
import {
  decideEncoding,
  EncodingGuard,
  firstInvalidGb18030,
  firstInvalidUtf8,
  NEED_MORE,
  type Encoding,
} from '../../src/pipeline/encoding';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function decodes(encoding: Encoding, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const gbk = (text: string): Buffer => {
  // The test's own GB18030 encoder for a few characters (TextEncoder only writes UTF-8).
  const table: Record<string, number[]> = {
    小: [0xd0, 0xa1],
    学: [0xd1, 0xa7],
    北: [0xb1, 0xb1],
    京: [0xbe, 0xa9],
    幼: [0xd3, 0xd7],
    儿: [0xb6, 0xf9],
    园: [0xd4, 0xb0],
  };
  return Buffer.from([...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
};

describe('byte checks', () => {
  it('accept exactly the byte strings TextDecoder decodes without replacement', () => {
    const next = random(7);
    // Mostly high bytes, some ASCII and digits (GB18030 four-byte forms need 0x30–0x39).
    const byte = () => {
      const r = next();
      if (r < 0.15) return 0x30 + Math.floor(next() * 10);
      if (r < 0.25) return 0x20 + Math.floor(next() * 0x60);
      return 0x80 + Math.floor(next() * 0x80);
    };
    const disagreements: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 8) }, byte);
      const hex = Buffer.from(bytes).toString('hex');
      if (firstInvalidUtf8(bytes, 0, bytes.length) < 0 !== decodes('utf-8', bytes))
        disagreements.push(`utf-8 ${hex}`);
      if (firstInvalidGb18030(bytes, 0, bytes.length) < 0 !== decodes('gb18030', bytes))
        disagreements.push(`gb18030 ${hex}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('accept every GB18030 two-byte code and the edges of the four-byte ranges', () => {
    const disagreements: string[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0; trail <= 0xff; trail++) {
        const bytes = Uint8Array.from([lead, trail, 0x20]);
        if (firstInvalidGb18030(bytes, 0, 3) < 0 !== decodes('gb18030', bytes))
          disagreements.push(Buffer.from(bytes).toString('hex'));
      }
    }
    expect(disagreements).toEqual([]);
    for (const hex of ['8431a439', '8431a530', '90308130', 'e3329a35', 'e3329a36', 'fe39fe39']) {
      const bytes = Buffer.from(hex, 'hex');
      expect(firstInvalidGb18030(bytes, 0, 4) < 0, hex).toBe(decodes('gb18030', bytes));
    }
  });

  it('point at the first invalid byte', () => {
    const bytes = Buffer.concat([Buffer.from('ab,学校'), Buffer.from([0xff]), Buffer.from('c')]);
    expect(firstInvalidUtf8(bytes, 0, bytes.length)).toBe(9);
    const gb = Buffer.concat([gbk('ab,小学'), Buffer.from([0xff])]);
    expect(firstInvalidGb18030(gb, 0, gb.length)).toBe(7);
  });
});

describe('deciding the encoding', () => {
  it('reads valid UTF-8 as UTF-8 and GBK as GB18030, even where GBK happens to be valid UTF-8', () => {
    expect(decideEncoding(Buffer.from('year,学段\n2021,小学\n'))).toBe('utf-8');
    expect(decideEncoding(Buffer.concat([gbk('2021,小学\n2021,幼儿园\n')]))).toBe('gb18030');
    // 小学 in GBK (D0 A1 D1 A7) is also valid UTF-8 (Cyrillic): more of the sample decides.
    const guard = new EncodingGuard();
    const lines = Buffer.concat([gbk('1,小学\n'), gbk('2,北京幼儿园\n')]);
    expect(guard.check(lines, 0, lines.length, true)).toBe(-1);
    expect(guard.encoding).toBe('gb18030');
  });

  it('keeps a stray byte an error in the encoding most of the sample reads in', () => {
    const utf8 = Buffer.concat([Buffer.from('学校,北京\n'.repeat(50)), Buffer.from([0xff, 0x0a])]);
    expect(decideEncoding(utf8)).toBe('utf-8');
    const gb = Buffer.concat([gbk('北京,小学\n'.repeat(50)), Buffer.from([0xff, 0x0a])]);
    expect(decideEncoding(gb)).toBe('gb18030');
  });

  it('waits for the megabyte after the first non-ASCII line unless the input ends', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\n'), gbk('3,北京\n')]);
    const guard = new EncodingGuard();
    expect(guard.check(bytes, 0, bytes.length, false)).toBe(NEED_MORE);
    expect(guard.holdFrom).toBe(8);
    expect(guard.encoding).toBeNull();
    expect(guard.check(bytes, 0, bytes.length, true)).toBe(-1);
    expect(guard.encoding).toBe('gb18030');
  });
});
