// Input encodings: UTF-8 (with or without BOM) or GB18030/GBK, detected from
// the bytes, and every byte checked (docs/data-contract.md, "Encodings").
//
// A file stays undecided while it is ASCII (both encodings read ASCII alike),
// so a GB18030 file whose first megabytes are ASCII still works. The line
// holding the first non-ASCII byte and the 1 MiB after it decide: valid UTF-8
// is UTF-8; otherwise valid GB18030 is GB18030; if neither, the encoding in
// which more of the sample reads, so that the error points at the stray byte.
// From then on every new byte is checked in that encoding.

import type { CsvRecord } from './csv-scan';

/** Whole-stretch checks; a host may install native ones (Node's `buffer.isUtf8`). */
export interface ByteChecks {
  isAscii(bytes: Uint8Array): boolean;
  isUtf8(bytes: Uint8Array): boolean;
}

const portableChecks: ByteChecks = {
  isAscii: (bytes) => {
    for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
    return true;
  },
  isUtf8: (bytes) => firstInvalidUtf8(bytes, 0, bytes.length) < 0,
};
let checks = portableChecks;

/** Installs faster checks with the same answers (the Node host does, with node:buffer's). */
export function useByteChecks(native: ByteChecks): void {
  checks = native;
}

export type Encoding = 'utf-8' | 'gb18030';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const LF = 0x0a;

/** Bytes after the start of the first non-ASCII line that decide the encoding. */
export const ENCODING_SAMPLE_BYTES = 1024 * 1024;

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

/** Offset of the first byte in [start, end) that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, start: number, end: number): number {
  let p = start;
  while (p < end) {
    const b = bytes[p];
    if (b < 0x80) {
      p++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0; // overlong
      if (b === 0xed) high = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90; // overlong
      if (b === 0xf4) high = 0x8f; // above U+10FFFF
    } else return p;
    if (p + need >= end) return p;
    const second = bytes[p + 1];
    if (second < low || second > high) return p;
    for (let k = 2; k <= need; k++) if ((bytes[p + k] & 0xc0) !== 0x80) return p;
    p += need + 1;
  }
  return -1;
}

/**
 * Offset of the first byte in [start, end) that is not valid GB18030, or -1.
 * Follows the WHATWG decoder (what TextDecoder('gb18030') reads): 0x80 is €,
 * two-byte codes are lead 81–FE with trail 40–7E or 80–FE, four-byte codes
 * 81–FE 30–39 81–FE 30–39 within the BMP and supplementary ranges.
 */
export function firstInvalidGb18030(bytes: Uint8Array, start: number, end: number): number {
  let p = start;
  while (p < end) {
    const b = bytes[p];
    if (b <= 0x80) {
      p++;
      continue;
    }
    if (b === 0xff || p + 1 >= end) return p;
    const second = bytes[p + 1];
    if ((second >= 0x40 && second <= 0x7e) || (second >= 0x80 && second <= 0xfe)) {
      p += 2;
      continue;
    }
    if (second < 0x30 || second > 0x39 || p + 3 >= end) return p;
    const third = bytes[p + 2];
    const fourth = bytes[p + 3];
    if (third < 0x81 || third > 0xfe || fourth < 0x30 || fourth > 0x39) return p;
    const pointer =
      ((b - 0x81) * 10 + (second - 0x30)) * 1260 + (third - 0x81) * 10 + (fourth - 0x30);
    if ((pointer > 39419 && pointer < 189000) || pointer > 1237575) return p;
    p += 4;
  }
  return -1;
}

function firstInvalid(encoding: Encoding, bytes: Uint8Array, start: number, end: number): number {
  if (encoding === 'gb18030') return firstInvalidGb18030(bytes, start, end);
  return checks.isUtf8(bytes.subarray(start, end)) ? -1 : firstInvalidUtf8(bytes, start, end);
}

/** The encoding a sample of whole lines reads in (see the top of this file). */
export function decideEncoding(sample: Uint8Array): Encoding {
  if (checks.isUtf8(sample)) return 'utf-8';
  const gb = firstInvalidGb18030(sample, 0, sample.length);
  if (gb < 0) return 'gb18030';
  return firstInvalidUtf8(sample, 0, sample.length) >= gb ? 'utf-8' : 'gb18030';
}

/** `check` needs bytes beyond the ones it was given to decide the encoding. */
export const NEED_MORE = -2;

/** Decides a file's encoding and checks each new stretch of bytes in it. */
export class EncodingGuard {
  /** Where to stop handing out records after NEED_MORE: the first non-ASCII line. */
  holdFrom = 0;

  constructor(
    /** null while every byte so far was ASCII. */
    public encoding: Encoding | null = null,
  ) {}

  /**
   * Checks bytes [start, end) of `bytes`, a stretch that ends at a line end
   * (or the end of the input when `final`). `bytes` begins at a record start,
   * so the line of any byte in the stretch begins within it. Returns -1 when
   * every byte decodes, the offset of the first that does not, or NEED_MORE.
   */
  check(bytes: Uint8Array, start: number, end: number, final: boolean): number {
    if (this.encoding) return firstInvalid(this.encoding, bytes, start, end);
    if (checks.isAscii(bytes.subarray(start, end))) return -1;
    let first = start;
    while (bytes[first] < 0x80) first++;
    const lineStart = bytes.lastIndexOf(LF, first) + 1;
    const sampleEnd = lineStart + ENCODING_SAMPLE_BYTES;
    if (sampleEnd > end && !final) {
      this.holdFrom = lineStart;
      return NEED_MORE;
    }
    // Whole lines, so that no character is cut (unless one line fills the sample).
    let cut = end;
    if (sampleEnd < end) {
      const lastLineEnd = bytes.lastIndexOf(LF, sampleEnd - 1) + 1;
      cut = lastLineEnd > first ? lastLineEnd : sampleEnd;
    }
    this.encoding = decideEncoding(bytes.subarray(lineStart, cut));
    return firstInvalid(this.encoding, bytes, first, end);
  }
}

/** How an invalid byte is described: a few bytes in hex from the first bad one. */
export function describeInvalidBytes(bytes: Uint8Array, at: number, end: number): string {
  return Array.from(bytes.subarray(at, Math.min(end, at + 4)), (b) =>
    b.toString(16).toUpperCase().padStart(2, '0'),
  ).join(' ');
}

const asciiDecoder = new TextDecoder();

export class CellDecoder {
  private decoder: TextDecoder;

  constructor(private current: Encoding) {
    this.decoder = new TextDecoder(current);
  }

  get encoding(): Encoding {
    return this.current;
  }

  /** Switches once a file's first non-ASCII bytes decide (ASCII reads alike in both). */
  use(encoding: Encoding): void {
    if (encoding === this.current) return;
    this.current = encoding;
    this.decoder = new TextDecoder(encoding);
  }

  /** The trimmed cell as text, with doubled quotes of a quoted cell undone. */
  text(rec: CsvRecord, i: number): string {
    if (i < 0 || i >= rec.count) return '';
    const raw = this.decoder.decode(rec.buf.subarray(rec.trimmedStart(i), rec.trimmedEnd(i)));
    return rec.isEscaped(i) ? raw.replaceAll('""', '"') : raw;
  }

  /** The cell exactly as written (untrimmed), for rejected.csv. */
  original(rec: CsvRecord, i: number): string {
    const raw = this.decoder.decode(rec.buf.subarray(rec.starts[i], rec.ends[i]));
    return rec.isEscaped(i) ? raw.replaceAll('""', '"') : raw;
  }

  /** Every cell of a record exactly as written; ASCII records are decoded once (rejected rows). */
  originals(rec: CsvRecord): string[] {
    const count = rec.count;
    if (count === 0) return [];
    const from = rec.starts[0];
    const to = rec.ends[count - 1];
    let ascii = true;
    for (let p = from; p < to; p++) {
      if (rec.buf[p] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (!ascii) return Array.from({ length: count }, (_, i) => this.original(rec, i));
    const text = asciiDecoder.decode(rec.buf.subarray(from, to));
    const cells = new Array<string>(count);
    for (let i = 0; i < count; i++) {
      const raw = text.slice(rec.starts[i] - from, rec.ends[i] - from);
      cells[i] = rec.isEscaped(i) ? raw.replaceAll('""', '"') : raw;
    }
    return cells;
  }
}
