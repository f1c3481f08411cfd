// A small streaming XML scanner for the few SpreadsheetML parts an .xlsx
// reader needs (relationships, workbook, shared strings, one worksheet). It
// works on the UTF-8 bytes (markup is ASCII, and no byte of a multi-byte
// character can be mistaken for it), reports start tags, end tags and text
// as byte ranges, and decodes only what a handler asks for. It holds back
// only an unfinished tag or text node between chunks, and never expands a
// DTD (a DOCTYPE is refused). Element names are reported without their
// namespace prefix (`x:row` → `row`). No Node imports: it also runs in a
// browser Web Worker.

import { XlsxFormatError } from './xlsx-zip';

/** A start tag's bytes (`buf[start..end)` is the text between `<` and `>`); reused. */
export class TagView {
  buf: Uint8Array = new Uint8Array(0);
  start = 0;
  end = 0;
}

export interface XmlHandler {
  open(name: string, tag: TagView, selfClosing: boolean): void;
  close(name: string): void;
  /** Text is only reported while this is true; other text is skipped undecoded. */
  readonly wantsText: boolean;
  /** Text bytes `buf[start..end)`: raw (entities still encoded) or CDATA (`cdata`, literal). */
  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void;
}

/** The longest unfinished tag or text node held between chunks. */
const MAX_PENDING = 16 * 1024 * 1024;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const COLON = 0x3a;
const EQUALS = 0x3d;

const COMMENT_OPEN = ascii('<!--');
const COMMENT_CLOSE = ascii('-->');
const CDATA_OPEN = ascii('<![CDATA[');
const CDATA_CLOSE = ascii(']]>');
const PI_CLOSE = ascii('?>');

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function isNameEnd(c: number): boolean {
  return c <= 0x20 || c === SLASH || c === GT;
}

function startsWith(b: Uint8Array, at: number, seq: Uint8Array): boolean {
  if (at + seq.length > b.length) return false;
  for (let i = 0; i < seq.length; i++) if (b[at + i] !== seq[i]) return false;
  return true;
}

function indexOfSeq(b: Uint8Array, seq: Uint8Array, from: number): number {
  for (let p = b.indexOf(seq[0], from); p >= 0; p = b.indexOf(seq[0], p + 1)) {
    if (startsWith(b, p, seq)) return p;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Short ASCII values seen recently (numbers, codes, flags), by a hash of their bytes. */
const SHORT_SLOTS = 4096;
const SHORT_MAX = 24;
const shortText: string[] = new Array<string>(SHORT_SLOTS).fill('');

/** UTF-8 bytes as text; short ASCII (most cell values) without a decoder call or a copy. */
export function decodeUtf8(b: Uint8Array, start: number, end: number): string {
  const length = end - start;
  if (length <= SHORT_MAX) {
    let h = length;
    let ascii = true;
    for (let i = start; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      h = (Math.imul(h, 31) + c) | 0;
    }
    if (ascii) {
      const slot = h & (SHORT_SLOTS - 1);
      const cached = shortText[slot];
      if (cached.length === length) {
        let same = true;
        for (let i = 0; i < length && same; i++) same = cached.charCodeAt(i) === b[start + i];
        if (same) return cached;
      }
      let text = '';
      for (let i = start; i < end; i++) text += String.fromCharCode(b[i]);
      shortText[slot] = text;
      return text;
    }
  }
  try {
    return utf8.decode(b.subarray(start, end));
  } catch {
    throw new XlsxFormatError('is damaged: it has text that is not valid UTF-8');
  }
}

/** Element names, decoded once each (a workbook has a few dozen): a small direct-mapped cache. */
class NameTable {
  private readonly names: string[] = new Array<string>(256).fill('');

  get(b: Uint8Array, start: number, end: number): string {
    let h = end - start;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + b[i]) | 0;
    const slot = h & 255;
    const known = this.names[slot];
    if (known.length === end - start) {
      let same = true;
      for (let i = 0; i < known.length && same; i++) same = known.charCodeAt(i) === b[start + i];
      if (same) return known;
    }
    return (this.names[slot] = decodeUtf8(b, start, end));
  }
}

export class XmlScanner {
  private carry: Uint8Array | null = null;
  private readonly tag = new TagView();
  private readonly names = new NameTable();

  constructor(
    private readonly handler: XmlHandler,
    /** The part's name, for messages. */
    private readonly part: string,
  ) {}

  push(chunk: Uint8Array): void {
    let buf = chunk;
    if (this.carry) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry);
      buf.set(chunk, this.carry.length);
      this.carry = null;
    }
    const consumed = this.scan(buf);
    if (consumed < buf.length) {
      if (buf.length - consumed > MAX_PENDING) {
        throw new XlsxFormatError(
          `has a cell or XML element in ${this.part} longer than ${MAX_PENDING / 1024 / 1024} MiB`,
        );
      }
      this.carry = buf.slice(consumed);
    }
  }

  end(): void {
    if (this.carry && this.carry.includes(LT)) {
      throw new XlsxFormatError(`is damaged: ${this.part} ends in the middle of an XML tag`);
    }
    this.carry = null;
  }

  /** Local name (after any prefix) of `b[start..end)`. */
  private name(b: Uint8Array, start: number, end: number): string {
    let s = start;
    for (let i = start; i < end; i++) if (b[i] === COLON) s = i + 1;
    return this.names.get(b, s, end);
  }

  /** Handles every complete token; returns where the unfinished rest begins. */
  private scan(b: Uint8Array): number {
    const h = this.handler;
    const len = b.length;
    let pos = 0;
    while (pos < len) {
      let lt = pos; // a loop beats indexOf's call for the short text between tags
      while (lt < len && b[lt] !== LT) lt++;
      if (lt === len) return h.wantsText ? pos : len; // unwanted text need not be kept
      if (lt > pos && h.wantsText) h.text(b, pos, lt, false);
      if (lt + 1 >= len) return lt;
      const next = b[lt + 1];
      if (next === BANG) {
        const after = this.special(b, lt);
        if (after < 0) return lt;
        pos = after;
        continue;
      }
      if (next === QUESTION) {
        const end = indexOfSeq(b, PI_CLOSE, lt + 2);
        if (end < 0) return lt;
        pos = end + 2;
        continue;
      }
      // A tag: its name, then its `>` outside quoted attribute values.
      const nameStart = next === SLASH ? lt + 2 : lt + 1;
      let e = nameStart;
      while (e < len && !isNameEnd(b[e])) e++;
      let p = e;
      let quote = 0;
      for (; p < len; p++) {
        const c = b[p];
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === GT) break;
        else if (c === DQUOTE || c === SQUOTE) quote = c;
      }
      if (p >= len) return lt;
      const name = this.name(b, nameStart, e);
      if (next === SLASH) {
        h.close(name);
      } else {
        const selfClosing = b[p - 1] === SLASH;
        const tag = this.tag;
        tag.buf = b;
        tag.start = lt + 1;
        tag.end = selfClosing ? p - 1 : p;
        h.open(name, tag, selfClosing);
        if (selfClosing) h.close(name);
      }
      pos = p + 1;
    }
    return pos;
  }

  /** Comments and CDATA; returns the offset after the token, or -1 when unfinished. */
  private special(b: Uint8Array, lt: number): number {
    if (startsWith(b, lt, COMMENT_OPEN)) {
      const end = indexOfSeq(b, COMMENT_CLOSE, lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (startsWith(b, lt, CDATA_OPEN)) {
      const end = indexOfSeq(b, CDATA_CLOSE, lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantsText) this.handler.text(b, lt + 9, end, true);
      return end + 3;
    }
    if (lt + CDATA_OPEN.length > b.length) return -1; // may still become one of them
    throw new XlsxFormatError(
      `has a DOCTYPE or other declaration in ${this.part}, which a workbook never has`,
    );
  }
}

/**
 * Where the value of attribute `name` begins in a tag (its end is put in
 * `span.end`); -1 when absent. A name starting with `:` matches any prefix
 * (`:id` finds `r:id`).
 */
export function attributeStart(tag: TagView, name: string, span: { end: number }): number {
  const b = tag.buf;
  const anyPrefix = name.charCodeAt(0) === COLON;
  let p = tag.start;
  const len = tag.end;
  while (p < len && !isNameEnd(b[p])) p++; // the element name
  while (p < len) {
    while (p < len && b[p] <= 0x20) p++;
    const nameStart = p;
    while (p < len && b[p] !== EQUALS && b[p] > 0x20) p++;
    const nameEnd = p;
    while (p < len && b[p] <= 0x20) p++;
    if (b[p] !== EQUALS) return -1; // junk
    p++;
    while (p < len && b[p] <= 0x20) p++;
    const quote = b[p];
    if (quote !== DQUOTE && quote !== SQUOTE) return -1;
    const end = b.indexOf(quote, p + 1);
    if (end < 0 || end > len) return -1;
    if (nameMatches(b, nameStart, nameEnd, name, anyPrefix)) {
      span.end = end;
      return p + 1;
    }
    p = end + 1;
  }
  return -1;
}

function nameMatches(
  b: Uint8Array,
  start: number,
  end: number,
  name: string,
  anyPrefix: boolean,
): boolean {
  const n = name.length;
  if (anyPrefix ? end - start <= n : end - start !== n) return false;
  const from = end - n;
  for (let i = 0; i < n; i++) if (b[from + i] !== name.charCodeAt(i)) return false;
  return true;
}

const span = { end: 0 };

/** The decoded value of attribute `name` in a tag; null when absent. */
export function attribute(tag: TagView, name: string): string | null {
  const start = attributeStart(tag, name, span);
  return start < 0 ? null : decodeXml(decodeUtf8(tag.buf, start, span.end));
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references. */
export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (whole, hex: string, dec: string, named: string) => {
    if (named) return NAMED[named];
    const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text bytes → string: entities decoded unless CDATA. */
export function textOf(b: Uint8Array, start: number, end: number, cdata: boolean): string {
  const text = decodeUtf8(b, start, end);
  return cdata ? text : decodeXml(text);
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Undoes SpreadsheetML's `_xHHHH_` escapes in cell text (Excel writes a
 * carriage return as `_x000D_`, and a literal `_x` as `_x005F_x`).
 */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
