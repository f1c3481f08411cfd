// A byte-level, streaming RFC 4180 CSV scanner. It never builds strings for
// the structure: it reports each record as field offsets into a byte buffer,
// and the caller decodes only the cells it needs. ASCII delimiters cannot
// occur inside multi-byte UTF-8 or GB18030 characters, so one scanner serves
// both encodings.

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

export class CsvRecord {
  buf: Buffer = Buffer.alloc(0);
  /** Physical line on which the record starts (header = 1). */
  line = 0;
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** 1 when the field was quoted and contains doubled quotes to unescape. */
  escaped = new Uint8Array(64);
  /** Set when the record is malformed (text after a closing quote, unterminated quote). */
  malformed: string | null = null;

  pushField(start: number, end: number, escaped: boolean): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.escaped[this.count] = escaped ? 1 : 0;
    this.count++;
  }

  private grow(): void {
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

  trimmedEnd(i: number): number {
    const s = this.starts[i];
    let e = this.ends[i];
    while (e > s && (this.buf[e - 1] === SPACE || this.buf[e - 1] === TAB)) e--;
    return e;
  }

  isEmpty(i: number): boolean {
    return i < 0 || i >= this.count || this.trimmedStart(i) === this.trimmedEnd(i);
  }

  /**
   * A count: digits only. Returns -1 when the cell is not a plain non-negative
   * integer, -2 when it is empty.
   */
  count_(i: number): number {
    if (i < 0 || i >= this.count) return -2;
    const s = this.trimmedStart(i);
    const e = this.trimmedEnd(i);
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

/**
 * Scans records from a stream of chunks. The record object is reused: a
 * handler must copy anything it keeps.
 */
export class CsvScanner {
  private readonly record = new CsvRecord();
  private carry: Buffer | null = null;
  private line: number;

  constructor(
    private readonly onRecord: RecordHandler,
    /** Physical line of the first byte pushed (1 unless scanning from the middle of a file). */
    firstLine = 1,
  ) {
    this.line = firstLine;
  }

  /** Line on which the next record starts. */
  get nextLine(): number {
    return this.line;
  }

  /** Bytes of an unfinished record held back for the next chunk. */
  get pendingBytes(): number {
    return this.carry?.length ?? 0;
  }

  push(chunk: Buffer): void {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    const consumed = this.scan(buf, false);
    if (consumed < buf.length) this.carry = buf.subarray(consumed);
  }

  /**
   * Scans a buffer the caller owns and refills (no copies): returns how many
   * bytes were consumed; the caller keeps the rest for the next call.
   */
  scanWindow(buf: Buffer, final: boolean): number {
    return this.scan(buf, final);
  }

  end(): void {
    if (this.carry && this.carry.length > 0) this.scan(this.carry, true);
    this.carry = null;
  }

  /**
   * A record without quotes, split on commas in one tight loop. Returns the
   * offset after its line end, or -1 when the record has a quote (or no line
   * end in this buffer) and needs the general scanner.
   */
  private scanPlainRecord(buf: Buffer, pos: number, nextQuote: number): number {
    const lineEnd = buf.indexOf(LF, pos);
    if (lineEnd < 0 || (nextQuote >= 0 && nextQuote < lineEnd)) return -1;
    const rec = this.record;
    rec.buf = buf;
    rec.line = this.line;
    rec.count = 0;
    rec.malformed = null;
    let start = pos;
    for (let p = pos; p < lineEnd; p++) {
      if (buf[p] === COMMA) {
        rec.pushField(start, p, false);
        start = p + 1;
      }
    }
    rec.pushField(start, lineEnd > start && buf[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd, false);
    this.line++;
    if (!isBlankRecord(rec)) this.onRecord(rec);
    return lineEnd + 1;
  }

  /** Scans complete records; returns the offset of the first unconsumed byte. */
  private scan(buf: Buffer, final: boolean): number {
    const rec = this.record;
    const len = buf.length;
    let pos = 0;
    let nextQuote = buf.indexOf(QUOTE);
    while (pos < len) {
      if (nextQuote >= 0 && nextQuote < pos) nextQuote = buf.indexOf(QUOTE, pos);
      const after = this.scanPlainRecord(buf, pos, nextQuote);
      if (after >= 0) {
        pos = after;
        continue;
      }
      const recordStart = pos;
      const startLine = this.line;
      rec.buf = buf;
      rec.line = startLine;
      rec.count = 0;
      rec.malformed = null;
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
            rec.pushField(pos + 1, len, escaped);
            pos = len;
            complete = true;
            break;
          }
          rec.pushField(pos + 1, closed, escaped);
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
          rec.pushField(pos, end, false);
          pos = p;
        }
        if (pos >= len) {
          complete = true;
          break;
        }
        if (buf[pos] === COMMA) {
          pos++;
          if (pos >= len && final) {
            rec.pushField(pos, pos, false);
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
        return recordStart;
      }
      this.line = startLine + newlines;
      if (!isBlankRecord(rec)) this.onRecord(rec);
    }
    return pos;
  }
}

function isBlankRecord(rec: CsvRecord): boolean {
  return rec.count === 1 && rec.starts[0] === rec.ends[0] && rec.malformed === null;
}
