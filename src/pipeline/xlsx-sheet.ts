// The first worksheet of an .xlsx, row by row, as text cells: what a careful
// "Save as CSV" would give. Numbers stored as numbers come out as their
// shortest decimal (410602 → "410602", 12.5 → "12.5"; a date keeps its
// serial number), booleans as "1"/"0", shared, inline and formula strings
// as their text, error values as written (#N/A). Styles are not read. No Node
// imports: the same code runs in a browser Web Worker over a Blob.

import {
  attribute,
  attributeStart,
  decodeOoxmlEscapes,
  textOf,
  XmlScanner,
  type TagView,
  type XmlHandler,
} from './xlsx-xml';
import {
  readZipDirectory,
  streamZipEntry,
  XlsxFormatError,
  type ByteSource,
  type ZipEntry,
} from './xlsx-zip';

export { XlsxFormatError, type ByteSource } from './xlsx-zip';

export interface SheetReader {
  /**
   * One row with at least one non-empty cell. `cells[0..count)` are its
   * cells by column (A = 0), '' where empty; the array is reused.
   */
  onRow(row: number, cells: readonly string[], count: number): void;
  /** Fraction of the worksheet read. */
  onProgress?(fraction: number): void;
}

export interface SheetInfo {
  /** The sheet's name as shown on its tab. */
  name: string;
  /** The worksheet part read (`xl/worksheets/sheet1.xml`). */
  part: string;
}

/** Excel's last column is XFD. */
const MAX_COLUMNS = 16384;
/** Bounds the memory shared strings may take (UTF-16 units, summed). */
const MAX_SHARED_TEXT = 64 * 1024 * 1024;
/** Relationship parts, the workbook part: small; refuse a bomb. */
const MAX_SMALL_PART = 16 * 1024 * 1024;

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** Streams one part as UTF-8 text through a scanner. */
async function scanPart(
  source: ByteSource,
  entry: ZipEntry,
  handler: XmlHandler,
  onProgress?: (fraction: number) => void,
): Promise<void> {
  const scanner = new XmlScanner(handler, entry.name);
  await streamZipEntry(
    source,
    entry,
    (chunk) => scanner.push(chunk),
    onProgress && ((read) => onProgress(read / Math.max(1, entry.compressedSize))),
  );
  scanner.end();
}

function partEntry(entries: Map<string, ZipEntry>, name: string): ZipEntry | undefined {
  return entries.get(name.toLowerCase());
}

async function readRelationships(
  source: ByteSource,
  entries: Map<string, ZipEntry>,
  part: string,
): Promise<Relationship[]> {
  const entry = partEntry(entries, part);
  if (!entry) return [];
  if (entry.size > MAX_SMALL_PART) throw new XlsxFormatError(`has an oversized ${part}`);
  const found: Relationship[] = [];
  await scanPart(source, entry, {
    wantsText: false,
    text: () => undefined,
    close: () => undefined,
    open(name, tag) {
      if (name !== 'Relationship' || attribute(tag, 'TargetMode') === 'External') return;
      found.push({
        id: attribute(tag, 'Id') ?? '',
        type: attribute(tag, 'Type') ?? '',
        target: attribute(tag, 'Target') ?? '',
      });
    },
  });
  return found;
}

/** A relationship target resolved against the folder of the part that holds it. */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const byType = (rels: Relationship[], suffix: string) => rels.find((r) => r.type.endsWith(suffix));

async function findWorkbook(source: ByteSource, entries: Map<string, ZipEntry>): Promise<string> {
  const rels = await readRelationships(source, entries, '_rels/.rels');
  const office = byType(rels, '/officeDocument');
  const workbook = office ? resolvePart('', office.target) : 'xl/workbook.xml';
  if (/\.bin$/i.test(workbook) || partEntry(entries, 'xl/workbook.bin')) {
    throw new XlsxFormatError(
      'is an Excel binary workbook (.xlsb); save it as "Excel Workbook (.xlsx)" or as "CSV UTF-8"',
    );
  }
  if (!partEntry(entries, workbook)) {
    throw new XlsxFormatError(
      'is a zip file but not an Excel workbook (no workbook inside); save it as "Excel Workbook (.xlsx)" or as "CSV UTF-8"',
    );
  }
  return workbook;
}

/** The first sheet in workbook order: its name and relationship id. */
async function firstSheet(
  source: ByteSource,
  entry: ZipEntry,
): Promise<{ name: string; id: string } | null> {
  if (entry.size > MAX_SMALL_PART) throw new XlsxFormatError(`has an oversized ${entry.name}`);
  let first: { name: string; id: string } | null = null;
  await scanPart(source, entry, {
    wantsText: false,
    text: () => undefined,
    close: () => undefined,
    open(name, tag) {
      if (name === 'sheet' && !first) {
        first = { name: attribute(tag, 'name') ?? '', id: attribute(tag, ':id') ?? '' };
      }
    },
  });
  return first;
}

/** Shared strings: each `<si>`'s text, phonetic runs (`<rPh>`) left out. */
async function readSharedStrings(source: ByteSource, entry: ZipEntry): Promise<string[]> {
  const strings: string[] = [];
  let total = 0;
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let text = '';
  await scanPart(source, entry, {
    get wantsText() {
      return inText;
    },
    text(buf, start, end, cdata) {
      text += textOf(buf, start, end, cdata);
    },
    open(name) {
      if (name === 'si') {
        inItem = true;
        text = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inItem && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        inItem = false;
        total += text.length;
        if (total > MAX_SHARED_TEXT) {
          throw new XlsxFormatError(
            `has more shared text than this reader accepts (${MAX_SHARED_TEXT / 1024 / 1024} Mi characters); save it as "CSV UTF-8"`,
          );
        }
        strings.push(decodeOoxmlEscapes(text));
      }
    },
  });
  return strings;
}

/** `B12` → 1; -1 when the reference has no column letters. */
function columnOf(b: Uint8Array, start: number, end: number): number {
  let col = 0;
  let p = start;
  for (; p < end && p - start < 4; p++) {
    const c = b[p] & ~0x20; // upper case
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
  }
  return p === start ? -1 : col - 1;
}

/** A row number; -1 when not all digits. */
function digitsOf(b: Uint8Array, start: number, end: number): number {
  if (end === start || end - start > 9) return -1;
  let n = 0;
  for (let p = start; p < end; p++) {
    const d = b[p] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const span = { end: 0 };

/** A cell's `t` attribute. */
const CellType = { Number: 0, Shared: 1, Boolean: 2, Error: 3, Date: 4, Text: 5 } as const;
type CellType = (typeof CellType)[keyof typeof CellType];

function cellType(b: Uint8Array, start: number, end: number): CellType {
  const first = b[start];
  if (end - start === 1) {
    if (first === 0x73) return CellType.Shared; // s
    if (first === 0x62) return CellType.Boolean; // b
    if (first === 0x65) return CellType.Error; // e
    if (first === 0x64) return CellType.Date; // d
    if (first === 0x6e) return CellType.Number; // n
  }
  return CellType.Text; // str (a formula's text), inlineStr
}

const PLAIN_INTEGER = /^-?\d+$/;

/** A number cell's text: integers as written, anything else as JavaScript's shortest decimal. */
function numberText(raw: string): string {
  const v = raw.trim();
  if (v === '' || PLAIN_INTEGER.test(v)) return v;
  const n = Number(v);
  return Number.isFinite(n) ? String(n) : v;
}

function booleanText(raw: string): string {
  const v = raw.trim().toLowerCase();
  if (v === '1' || v === 'true') return '1';
  if (v === '0' || v === 'false') return '0';
  return raw;
}

/** The worksheet's rows, one callback each; cells skipped in the XML (`r` attributes) stay ''. */
class RowAssembler implements XmlHandler {
  wantsText = false;
  private readonly cells: string[] = [];
  private count = 0;
  private row = 0;
  private col = -1;
  private type: CellType = CellType.Number;
  private value = '';
  private inline = false;
  private inlineText = false;
  private phonetic = 0;

  constructor(
    private readonly shared: readonly string[],
    private readonly reader: SheetReader,
  ) {}

  open(name: string, tag: TagView): void {
    switch (name) {
      case 'row': {
        const start = attributeStart(tag, 'r', span);
        const r = start < 0 ? -1 : digitsOf(tag.buf, start, span.end);
        this.row = r > 0 ? r : this.row + 1;
        for (let i = 0; i < this.count; i++) this.cells[i] = '';
        this.count = 0;
        this.col = -1;
        break;
      }
      case 'c': {
        const start = attributeStart(tag, 'r', span);
        const col = start < 0 ? -1 : columnOf(tag.buf, start, span.end);
        this.col = col >= 0 ? col : this.col + 1;
        if (this.col >= MAX_COLUMNS) {
          throw new XlsxFormatError(`has a cell beyond column XFD on row ${this.row}`);
        }
        const t = attributeStart(tag, 't', span);
        this.type = t < 0 ? CellType.Number : cellType(tag.buf, t, span.end);
        this.value = '';
        this.inline = false;
        break;
      }
      case 'v':
        this.wantsText = true;
        break;
      case 'is':
        this.inline = true;
        break;
      case 'rPh':
        this.phonetic++;
        break;
      case 't':
        if (this.inline && this.phonetic === 0) this.wantsText = this.inlineText = true;
        break;
    }
  }

  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    this.value += textOf(buf, start, end, cdata);
  }

  close(name: string): void {
    switch (name) {
      case 'v':
        this.wantsText = false;
        break;
      case 't':
        if (this.inlineText) this.wantsText = this.inlineText = false;
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'c':
        this.store(this.cellText());
        break;
      case 'row':
        if (this.count > 0) this.reader.onRow(this.row, this.cells, this.count);
        break;
    }
  }

  private cellText(): string {
    switch (this.type) {
      case CellType.Shared: {
        const index = this.value.trim();
        const text = /^\d+$/.test(index) ? this.shared[Number(index)] : undefined;
        if (text === undefined) {
          throw new XlsxFormatError(
            `is damaged: a cell on row ${this.row} refers to shared string "${index}" of ${this.shared.length}`,
          );
        }
        return text;
      }
      case CellType.Boolean:
        return booleanText(this.value);
      case CellType.Number:
        return numberText(this.value);
      case CellType.Error:
      case CellType.Date:
        return this.value;
      default:
        return decodeOoxmlEscapes(this.value);
    }
  }

  private store(text: string): void {
    if (text === '') return;
    while (this.cells.length <= this.col) this.cells.push('');
    this.cells[this.col] = text;
    if (this.col >= this.count) this.count = this.col + 1;
  }
}

/** Reads the workbook's first sheet (in workbook order) row by row. */
export async function readFirstSheet(source: ByteSource, reader: SheetReader): Promise<SheetInfo> {
  const entries = await readZipDirectory(source);
  const workbook = await findWorkbook(source, entries);
  const rels = await readRelationships(source, entries, relsOf(workbook));
  const sheet = await firstSheet(source, partEntry(entries, workbook)!);
  if (!sheet) throw new XlsxFormatError('has no sheets');
  const rel = rels.find((r) => r.id === sheet.id);
  const part = rel ? resolvePart(workbook, rel.target) : '';
  if (rel && !rel.type.endsWith('/worksheet')) {
    throw new XlsxFormatError(
      `has a chart or dialog as its first sheet ("${sheet.name}"); move the data sheet to the front`,
    );
  }
  const sheetEntry = partEntry(entries, part);
  if (!sheetEntry) {
    throw new XlsxFormatError(`is damaged: its first sheet ("${sheet.name}") cannot be found`);
  }
  const sharedRel = byType(rels, '/sharedStrings');
  const sharedEntry = partEntry(
    entries,
    sharedRel ? resolvePart(workbook, sharedRel.target) : 'xl/sharedStrings.xml',
  );
  const shared = sharedEntry ? await readSharedStrings(source, sharedEntry) : [];
  await scanPart(source, sheetEntry, new RowAssembler(shared, reader), reader.onProgress);
  return { name: sheet.name, part };
}
