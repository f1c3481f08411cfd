// A byte-level, streaming RFC 4180 CSV scanner. It never builds strings for
// the structure: it reports each record as field offsets into a byte buffer,
// and the caller decodes only the cells it needs. ASCII delimiters cannot
// occur inside multi-byte UTF-8 or GB18030 characters, so one scanner serves
// both encodings. It enforces the input limits of docs/data-contract.md: every byte
// decodes (through an EncodingGuard), records of at most 1 MiB, LF or CRLF
// line ends.

import { describeInvalidBytes, NEED_MORE, type EncodingGuard } from './encoding';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

export class CsvRecord {
  buf: Uint8Array = new Uint8Array(0);
  /** Physical line on which the record starts (header = 1). */
  line = 0;
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** False for a record without quotes, the common case: then `escaped` is not read. */
  quoted = false;
  /** 1 when the field was quoted and contains doubled quotes to unescape (quoted records). */
  escaped = new Uint8Array(64);
  /** Set when the record is malformed (text after a closing quote, unterminated quote). */
  malformed: string | null = null;

  pushField(start: number, end: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  /** A field of a record scanned by the general scanner (which may have quotes). */
  pushQuotedField(start: number, end: number, escaped: boolean): void {
    if (this.count === this.starts.length) this.grow();
    this.escaped[this.count] = escaped ? 1 : 0;
    this.pushField(start, end);
  }

  /** True when field i was quoted with doubled quotes inside. */
  isEscaped(i: number): boolean {
    return this.quoted && this.escaped[i] === 1;
  }

  grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const escaped = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
  }

  /** Start offset of field i after trimming blanks. */
  trimmedStart(i: number): number {
    let s = this.starts[i];
    const e = this.ends[i];
    while (s < e && (this.buf[s] === SPACE || this.buf[s] === TAB)) s++;
    return s;
  }

  /** End offset of field i after trimming blanks (equal to trimmedStart for a blank cell). */
  trimmedEnd(i: number): number {
    const s = this.starts[i];
    let e = this.ends[i];
    while (e > s && (this.buf[e - 1] === SPACE || this.buf[e - 1] === TAB)) e--;
    // All blanks: trimmedStart went to the end, so the end stays there too.
    return e === s ? this.ends[i] : e;
  }

  isEmpty(i: number): boolean {
    if (i < 0 || i >= this.count) return true;
    const s = this.starts[i];
    if (s === this.ends[i]) return true;
    const c = this.buf[s];
    return (c === SPACE || c === TAB) && this.trimmedStart(i) === this.trimmedEnd(i);
  }

  /** Trimmed length of the cell last read by count_ (a year has 4 digits, a code 6). */
  width = 0;

  /**
   * A count: digits only. Returns -1 when the cell is not a plain non-negative
   * integer, -2 when it is empty.
   */
  count_(i: number): number {
    if (i < 0 || i >= this.count) {
      this.width = 0;
      return -2;
    }
    // The common case first: digits only, no blanks around them.
    const buf = this.buf;
    const start = this.starts[i];
    const end = this.ends[i];
    if (start === end) {
      this.width = 0;
      return -2;
    }
    let n = 0;
    let p = start;
    for (; p < end; p++) {
      const d = buf[p] - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (p === end && end - start <= 15) {
      this.width = end - start;
      return n;
    }
    return this.paddedCount(i);
  }

  /** count_ for a cell that is empty, has blanks around it, or is not a count. */
  private paddedCount(i: number): number {
    const s = this.trimmedStart(i);
    const e = this.trimmedEnd(i);
    this.width = e - s;
    if (s === e) return -2;
    if (e - s > 15) return -1;
    let n = 0;
    for (let p = s; p < e; p++) {
      const d = this.buf[p] - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  /** A 32-bit hash of the trimmed bytes: a cheap map key for enumerations. */
  hash(i: number): number {
    if (i < 0 || i >= this.count) return 0;
    let h = 0x811c9dc5;
    const e = this.trimmedEnd(i);
    for (let p = this.trimmedStart(i); p < e; p++) h = Math.imul(h ^ this.buf[p], 0x01000193);
    return h >>> 0;
  }

  /** True when the trimmed bytes of field i equal `bytes`. */
  equals(i: number, bytes: Uint8Array): boolean {
    const s = this.trimmedStart(i);
    if (this.trimmedEnd(i) - s !== bytes.length) return false;
    for (let k = 0; k < bytes.length; k++) if (this.buf[s + k] !== bytes[k]) return false;
    return true;
  }

  /** A copy of the trimmed bytes of field i. */
  bytes(i: number): Uint8Array {
    return Uint8Array.from(this.buf.subarray(this.trimmedStart(i), this.trimmedEnd(i)));
  }
}

export type RecordHandler = (record: CsvRecord) => void;

/** The longest record read (docs/data-contract.md); it also stops a file that inflates to one endless line. */
export const MAX_RECORD_BYTES = 1024 * 1024;

export type ScanErrorKind = 'record-too-long' | 'invalid-bytes' | 'cr-only-line-ends';

/** Why a scan stopped. The reader adds the file name (and the column). */
export class ScanError extends Error {
  override name = 'ScanError';
  constructor(
    readonly kind: ScanErrorKind,
    /** Physical line on which the record starts. */
    readonly line: number,
    /** Index of the field holding the first invalid byte (invalid-bytes only), else -1. */
    readonly field: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ScannerOptions {
  /** Physical line of the first byte pushed (1 unless scanning from the middle of a file). */
  firstLine?: number;
  /** Decides the encoding and checks every byte in it; without one, bytes are not checked. */
  guard?: EncodingGuard;
  /** The first record is the file's header, where CR-only line ends show (default true). */
  atFileStart?: boolean;
}

// Where the search for the end of an unfinished record stands (see findRecordEnd).
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;
const NO_INVALID_BYTE = 0x7fffffff;

/**
 * Scans records from a stream of chunks. The record object is reused: a
 * handler must copy anything it keeps. An unfinished record is carried over
 * and its end searched from where the last chunk stopped, never rescanned.
 */
export class CsvScanner {
  private readonly record = new CsvRecord();
  private readonly guard: EncodingGuard | null;
  private line: number;
  /** True until the first record of a file (its header) is complete. */
  private atHeader: boolean;
  /** Bytes held for the next chunk (push/end only), in `carry[0, carried)`. */
  private carry = new Uint8Array(0);
  private carried = 0;
  /** Bytes at the start of the next buffer already known to hold no end of its first record. */
  private searched = 0;
  private searchState = FIELD_START;
  /** Bytes at the start of the next buffer whose encoding was already checked. */
  private checked = 0;
  /** Bytes at the start of the next buffer already searched for line ends, and the last one found. */
  private seen = 0;
  private lastLineEnd = 0;

  constructor(
    private readonly onRecord: RecordHandler,
    options: ScannerOptions = {},
  ) {
    this.line = options.firstLine ?? 1;
    this.atHeader = options.atFileStart ?? true;
    this.guard = options.guard ?? null;
  }

  /** Line on which the next record starts. */
  get nextLine(): number {
    return this.line;
  }

  /** Bytes of an unfinished record held back for the next chunk. */
  get pendingBytes(): number {
    return this.carried;
  }

  push(chunk: Uint8Array): void {
    if (this.carried === 0) {
      const consumed = this.scan(chunk, false);
      if (consumed < chunk.length) this.append(chunk.subarray(consumed));
      return;
    }
    this.append(chunk);
    const consumed = this.scan(this.carry.subarray(0, this.carried), false);
    if (consumed === 0) return;
    this.carry.copyWithin(0, consumed, this.carried);
    this.carried -= consumed;
  }

  end(): void {
    if (this.carried > 0) this.scan(this.carry.subarray(0, this.carried), true);
    this.carried = 0;
  }

  /**
   * Scans a buffer the caller owns and refills (no copies): returns how many
   * bytes were consumed. The next call must pass the bytes not consumed
   * first, followed by new ones.
   */
  scanWindow(buf: Uint8Array, final: boolean): number {
    return this.scan(buf, final);
  }

  private append(bytes: Uint8Array): void {
    const needed = this.carried + bytes.length;
    if (needed > this.carry.length) {
      const larger = new Uint8Array(Math.max(needed, this.carry.length * 2));
      larger.set(this.carry.subarray(0, this.carried));
      this.carry = larger;
    }
    this.carry.set(bytes, this.carried);
    this.carried = needed;
  }

  /**
   * Checks the encoding of the whole lines not checked yet, then hands out
   * the records before the first invalid byte (or before a line that the
   * encoding decision must wait on).
   */
  private scan(buf: Uint8Array, final: boolean): number {
    let len = buf.length;
    let invalidAt = NO_INVALID_BYTE;
    let checkedTo = 0;
    if (this.guard) {
      const from = this.checked;
      const newLineEnd = buf.subarray(this.seen).lastIndexOf(LF);
      if (newLineEnd >= 0) this.lastLineEnd = this.seen + newLineEnd + 1;
      const lineEnd = final ? len : this.lastLineEnd;
      checkedTo = Math.max(from, lineEnd);
      if (lineEnd > from) {
        const result = this.guard.check(buf, from, lineEnd, final);
        if (result === NEED_MORE) {
          len = this.guard.holdFrom;
          checkedTo = len;
        } else if (result >= 0) invalidAt = result;
      }
    }
    const consumed = this.scanRecords(buf, len, final && len === buf.length, invalidAt);
    // An invalid byte in a record still unfinished is found again by the next call.
    this.checked = Math.max(0, Math.min(checkedTo, invalidAt) - consumed);
    this.seen = buf.length - consumed;
    this.lastLineEnd = Math.max(0, this.lastLineEnd - consumed);
    return consumed;
  }

  /**
   * Searches the end (LF) of the first record in buf[from, len), resuming in
   * the state where the last search stopped; returns its offset or -1.
   */
  private findRecordEnd(buf: Uint8Array, from: number, len: number): number {
    let state = this.searchState;
    for (let p = from; p < len; p++) {
      const c = buf[p];
      if (state === QUOTED) {
        if (c === QUOTE) state = QUOTE_IN_QUOTED;
      } else if (c === LF) {
        this.searchState = FIELD_START;
        return p;
      } else if (c === COMMA) state = FIELD_START;
      else if (c === QUOTE && state !== UNQUOTED) state = QUOTED;
      else state = UNQUOTED;
    }
    this.searchState = state;
    return -1;
  }

  /** False when the first record is unfinished (it stays for the next call). */
  private firstRecordComplete(buf: Uint8Array, len: number, final: boolean): boolean {
    if (this.searched >= len && !final) return false;
    const end = this.findRecordEnd(buf, this.searched, len);
    if (end < 0 && !final) {
      this.searched = len;
      if (len > MAX_RECORD_BYTES) {
        if (this.atHeader && hasBareCr(buf, 0, len)) this.crOnly();
        this.recordTooLong();
      }
      return false;
    }
    this.searched = 0;
    this.searchState = FIELD_START;
    if (this.atHeader) {
      this.atHeader = false;
      if (hasBareCr(buf, 0, end < 0 ? len : end)) this.crOnly();
    }
    return true;
  }

  /** The record starting on `this.line` is too long. */
  private recordTooLong(): never {
    throw new ScanError(
      'record-too-long',
      this.line,
      -1,
      `this record is longer than 1 MiB (${MAX_RECORD_BYTES.toLocaleString('en')} bytes); check for a quote that is never closed or for missing line ends`,
    );
  }

  private crOnly(): never {
    throw new ScanError(
      'cr-only-line-ends',
      this.line,
      -1,
      'the lines end in CR only (old Mac "CSV"); save the file with LF or CRLF line ends (e.g. as "CSV UTF-8" from Excel)',
    );
  }

  private invalidBytes(rec: CsvRecord, at: number, end: number): never {
    let field = 0;
    while (field + 1 < rec.count && rec.starts[field + 1] <= at) field++;
    const encoding = this.guard?.encoding === 'gb18030' ? 'GB18030' : 'UTF-8';
    throw new ScanError(
      'invalid-bytes',
      rec.line,
      field,
      `bytes ${describeInvalidBytes(rec.buf, at, end)} are not valid ${encoding}, the encoding this file was read in (bytes must be UTF-8 or GB18030 throughout); save the file as UTF-8 (e.g. as "CSV UTF-8" from Excel)`,
    );
  }

  /** Scans complete records in buf[0, len); returns the offset of the first unconsumed byte. */
  private scanRecords(buf: Uint8Array, len: number, final: boolean, invalidAt: number): number {
    if (!this.firstRecordComplete(buf, len, final)) return 0;
    const rec = this.record;
    rec.buf = buf;
    let pos = 0;
    while (pos < len) {
      // Fast path: a record without quotes, split on commas in one pass to its
      // line end (most bytes are above the comma, so one comparison each).
      rec.line = this.line;
      rec.malformed = null;
      rec.quoted = false;
      let starts = rec.starts;
      let ends = rec.ends;
      let fields = 0;
      let start = pos;
      let p = pos;
      let c = 0;
      for (; p < len; p++) {
        c = buf[p];
        if (c > COMMA) continue;
        if (c === COMMA) {
          if (fields === starts.length) {
            rec.count = fields;
            rec.grow();
            starts = rec.starts;
            ends = rec.ends;
          }
          starts[fields] = start;
          ends[fields++] = p;
          start = p + 1;
        } else if (c === LF || c === QUOTE) break;
      }
      rec.count = fields;
      if (p < len && c === LF) {
        rec.pushField(start, p > start && buf[p - 1] === CR ? p - 1 : p);
        const after = p + 1;
        if (after - pos > MAX_RECORD_BYTES) this.recordTooLong();
        if (invalidAt < after) this.invalidBytes(rec, invalidAt, after);
        this.line++;
        pos = after;
        if (!isBlankRecord(rec)) this.onRecord(rec);
        continue;
      }
      // A quote, or no line end yet: the general scanner, from the record start.
      const recordStart = pos;
      const startLine = this.line;
      rec.count = 0;
      rec.quoted = true;
      let newlines = 0;
      let complete = false;
      for (;;) {
        if (pos < len && buf[pos] === QUOTE) {
          // Quoted field.
          let p = pos + 1;
          let escaped = false;
          let closed = -1;
          while (p < len) {
            const c = buf[p];
            if (c === QUOTE) {
              if (p + 1 < len && buf[p + 1] === QUOTE) {
                escaped = true;
                p += 2;
                continue;
              }
              if (p + 1 >= len && !final) break; // need the next byte to decide
              closed = p;
              break;
            }
            if (c === LF) newlines++;
            p++;
          }
          if (closed < 0) {
            if (!final) break;
            rec.malformed =
              'unterminated quoted field (a field that opens with " must close with ")';
            rec.pushQuotedField(pos + 1, len, escaped);
            pos = len;
            complete = true;
            break;
          }
          rec.pushQuotedField(pos + 1, closed, escaped);
          p = closed + 1;
          // Only a delimiter may follow a closing quote.
          let q = p;
          while (q < len && buf[q] !== COMMA && buf[q] !== LF) q++;
          if (q >= len && !final) break;
          const trailing = q - p - (q > p && buf[q - 1] === CR ? 1 : 0);
          if (trailing > 0 && rec.malformed === null) {
            rec.malformed =
              'text after a closing quote (quote the whole field and double inner quotes)';
          }
          pos = q;
        } else {
          let p = pos;
          while (p < len && buf[p] !== COMMA && buf[p] !== LF) p++;
          if (p >= len && !final) break;
          const end = p > pos && buf[p - 1] === CR && (p >= len || buf[p] === LF) ? p - 1 : p;
          rec.pushQuotedField(pos, end, false);
          pos = p;
        }
        if (pos >= len) {
          complete = true;
          break;
        }
        if (buf[pos] === COMMA) {
          pos++;
          if (pos >= len && final) {
            rec.pushQuotedField(pos, pos, false);
            complete = true;
            break;
          }
          continue;
        }
        // LF
        pos++;
        newlines++;
        complete = true;
        break;
      }
      if (!complete) {
        if (len - recordStart > MAX_RECORD_BYTES) this.recordTooLong();
        return recordStart;
      }
      if (pos - recordStart > MAX_RECORD_BYTES) this.recordTooLong();
      if (invalidAt < pos) this.invalidBytes(rec, invalidAt, pos);
      this.line = startLine + newlines;
      if (!isBlankRecord(rec)) this.onRecord(rec);
    }
    return pos;
  }
}

/** A CR followed by anything but LF, outside quotes: a line end of an old Mac file. */
function hasBareCr(buf: Uint8Array, start: number, end: number): boolean {
  let quoted = false;
  for (let p = start; p < end; p++) {
    const c = buf[p];
    if (c === QUOTE) quoted = !quoted;
    else if (c === CR && !quoted && p + 1 < end && buf[p + 1] !== LF) return true;
  }
  return false;
}

function isBlankRecord(rec: CsvRecord): boolean {
  return rec.count === 1 && rec.starts[0] === rec.ends[0] && rec.malformed === null;
}
