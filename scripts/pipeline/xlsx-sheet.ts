// The first worksheet of an .xlsx, row by row, as text cells: what a careful
// "Save as CSV" would give. Numbers stored as numbers come out as their
// shortest decimal (410602 → "410602", 12.5 → "12.5"; a date keeps its
// serial number), booleans as "1"/"0", shared, inline and formula strings
// as their text, error values as written (#N/A). Styles are not read. No Node
// imports: the same code runs in a browser Web Worker over a Blob.

import { attribute, decodeOoxmlEscapes, decodeXml, XmlScanner, type XmlHandler } from './xlsx-xml';
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
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const scanner = new XmlScanner(handler, entry.name);
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      throw new XlsxFormatError(`is damaged: ${entry.name} is not valid UTF-8 XML`);
    }
  };
  await streamZipEntry(
    source,
    entry,
    (chunk) => scanner.push(decode(chunk, true)),
    onProgress && ((read) => onProgress(read / Math.max(1, entry.compressedSize))),
  );
  scanner.push(decode(new Uint8Array(0), false));
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
    text(raw, cdata) {
      text += cdata ? raw : decodeXml(raw);
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

/** `B12` → 1; null when the reference has no column letters. */
function columnOf(ref: string): number | null {
  let col = 0;
  let letters = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~0x20; // upper case
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
    letters++;
  }
  return letters === 0 ? null : col - 1;
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
  private type = 'n';
  private value = '';
  private inline = false;
  private inlineText = false;
  private phonetic = 0;

  constructor(
    private readonly shared: readonly string[],
    private readonly reader: SheetReader,
  ) {}

  open(name: string, tag: string): void {
    switch (name) {
      case 'row': {
        const r = attribute(tag, 'r');
        this.row = r !== null && /^\d+$/.test(r) ? Number(r) : this.row + 1;
        for (let i = 0; i < this.count; i++) this.cells[i] = '';
        this.count = 0;
        this.col = -1;
        break;
      }
      case 'c': {
        const ref = attribute(tag, 'r');
        const col = ref === null ? null : columnOf(ref);
        this.col = col ?? this.col + 1;
        if (this.col >= MAX_COLUMNS) {
          throw new XlsxFormatError(`has a cell beyond column XFD on row ${this.row}`);
        }
        this.type = attribute(tag, 't') ?? 'n';
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

  text(raw: string, cdata: boolean): void {
    this.value += cdata ? raw : decodeXml(raw);
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
      case 's': {
        const index = Number(this.value.trim());
        const text = this.shared[index];
        if (this.value.trim() === '' || text === undefined) {
          throw new XlsxFormatError(
            `is damaged: a cell on row ${this.row} refers to shared string ${this.value} of ${this.shared.length}`,
          );
        }
        return text;
      }
      case 'b':
        return booleanText(this.value);
      case 'n':
        return numberText(this.value);
      case 'e':
      case 'd':
        return this.value;
      default: // str (a formula's text), inlineStr
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
