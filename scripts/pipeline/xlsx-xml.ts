// A small streaming XML scanner for the few SpreadsheetML parts an .xlsx
// reader needs (relationships, workbook, shared strings, one worksheet). It
// reports start tags, end tags and text, holds back only an unfinished tag
// or text node between chunks, and never expands a DTD (a DOCTYPE is
// refused). Element names are reported without their namespace prefix
// (`x:row` → `row`). No Node imports: it also runs in a browser Web Worker.

import { XlsxFormatError } from './xlsx-zip';

export interface XmlHandler {
  /** Called for each start tag; `tag` is the raw text between `<` and `>` (for attributes). */
  open(name: string, tag: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Only called while this is true: text outside the wanted elements is skipped unsliced. */
  readonly wantsText: boolean;
  /** Raw text (entities still encoded) or CDATA content (`cdata`, taken literally). */
  text(raw: string, cdata: boolean): void;
}

/** The longest unfinished tag or text node held between chunks (UTF-16 units). */
const MAX_PENDING = 16 * 1024 * 1024;

const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === SLASH || c === GT;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

export class XmlScanner {
  private pending = '';

  constructor(
    private readonly handler: XmlHandler,
    /** The part's name, for messages. */
    private readonly part: string,
  ) {}

  push(chunk: string): void {
    const s = this.pending.length > 0 ? this.pending + chunk : chunk;
    const consumed = this.scan(s);
    this.pending = consumed < s.length ? s.slice(consumed) : '';
    if (this.pending.length > MAX_PENDING) {
      throw new XlsxFormatError(
        `has a cell or XML element in ${this.part} longer than ${MAX_PENDING / 1024 / 1024} Mi characters`,
      );
    }
  }

  end(): void {
    if (this.pending.trim().length > 0 && this.pending.includes('<')) {
      throw new XlsxFormatError(`is damaged: ${this.part} ends in the middle of an XML tag`);
    }
    this.pending = '';
  }

  /** Handles every complete token; returns where the unfinished rest begins. */
  private scan(s: string): number {
    const h = this.handler;
    const len = s.length;
    let pos = 0;
    while (pos < len) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) return pos;
      if (lt > pos && h.wantsText) h.text(s.slice(pos, lt), false);
      const next = s.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return lt;
      if (next === BANG) {
        const after = this.special(s, lt);
        if (after < 0) return lt;
        pos = after;
        continue;
      }
      if (next === QUESTION) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) return lt;
        pos = end + 2;
        continue;
      }
      // A tag: find its `>` outside quoted attribute values.
      let p = lt + 1;
      let quote = 0;
      for (; p < len; p++) {
        const c = s.charCodeAt(p);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === DQUOTE || c === SQUOTE) quote = c;
        else if (c === GT) break;
      }
      if (p >= len) return lt;
      if (next === SLASH) {
        h.close(localName(s.slice(lt + 2, p).trim()));
      } else {
        let n = lt + 1;
        while (n < p && !isNameEnd(s.charCodeAt(n))) n++;
        const selfClosing = s.charCodeAt(p - 1) === SLASH;
        const name = localName(s.slice(lt + 1, n));
        const tag = s.slice(lt + 1, p);
        h.open(name, tag, selfClosing);
        if (selfClosing) h.close(name);
      }
      pos = p + 1;
    }
    return pos;
  }

  /** Comments and CDATA; returns the offset after the token, or -1 when unfinished. */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantsText) this.handler.text(s.slice(lt + 9, end), true);
      return end + 3;
    }
    if (lt + 9 > s.length) return -1;
    throw new XlsxFormatError(
      `has a DOCTYPE or other declaration in ${this.part}, which a workbook never has`,
    );
  }
}

/**
 * The value of the attribute named `name` in a raw tag, entities decoded; null
 * when absent. A name starting with `:` matches any prefix (`:id` finds `r:id`).
 */
export function attribute(tag: string, name: string): string | null {
  const anyPrefix = name.charCodeAt(0) === 0x3a;
  let p = 0;
  const len = tag.length;
  while (p < len && !isNameEnd(tag.charCodeAt(p))) p++; // the element name
  while (p < len) {
    while (p < len && tag.charCodeAt(p) <= 0x20) p++;
    const nameStart = p;
    while (p < len && tag.charCodeAt(p) !== 0x3d && tag.charCodeAt(p) > 0x20) p++;
    const qname = tag.slice(nameStart, p);
    while (p < len && tag.charCodeAt(p) <= 0x20) p++;
    if (tag.charCodeAt(p) !== 0x3d) return null; // `/` of a self-closing tag, or junk
    p++;
    while (p < len && tag.charCodeAt(p) <= 0x20) p++;
    const quote = tag.charCodeAt(p);
    if (quote !== DQUOTE && quote !== SQUOTE) return null;
    const end = tag.indexOf(String.fromCharCode(quote), p + 1);
    if (end < 0) return null;
    if (qname === name || (anyPrefix && qname.endsWith(name))) {
      return decodeXml(tag.slice(p + 1, end));
    }
    p = end + 1;
  }
  return null;
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

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Undoes SpreadsheetML's `_xHHHH_` escapes in cell text (Excel writes a
 * carriage return as `_x000D_`, and a literal `_x` as `_x005F_x`).
 */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
