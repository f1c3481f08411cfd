// A minimal streaming .xlsx writer (one or more plain sheets, no styles), for
// tests and the bench: numbers stored as numbers, text as shared or inline
// strings, booleans as booleans. Rows are deflated as they are added, so a
// large sheet never exists as one string.

import { strToU8, Zip, ZipDeflate } from 'fflate';

/** A cell: `null` leaves it out of the XML (a gap the `r` references skip over). */
export type XlsxCell = string | number | boolean | null;

export interface XlsxSheetOptions {
  name?: string;
  /** How text cells are stored: in the shared-string table (Excel's way) or inline. */
  strings?: 'shared' | 'inline';
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Writes a workbook to `onData`; sheets are written one after another. */
export class XlsxWriter {
  private readonly zip: Zip;
  private readonly sheets: string[] = [];
  private readonly shared = new Map<string, number>();
  private sheet: ZipDeflate | null = null;
  private strings: 'shared' | 'inline' = 'shared';
  private lastRow = 0;
  private buffered: string[] = [];
  private bufferedLength = 0;

  constructor(onData: (data: Uint8Array, final: boolean) => void) {
    this.zip = new Zip((error, data, final) => {
      if (error) throw error;
      onData(data, final);
    });
  }

  startSheet(options: XlsxSheetOptions = {}): void {
    this.endSheet();
    this.sheets.push(options.name ?? `Sheet${this.sheets.length + 1}`);
    this.strings = options.strings ?? 'shared';
    this.lastRow = 0;
    this.sheet = new ZipDeflate(`xl/worksheets/sheet${this.sheets.length}.xml`, { level: 6 });
    this.zip.add(this.sheet);
    this.write(`${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>`);
  }

  /** Adds a row; `rowNumber` (1-based) may skip rows, which are then absent from the XML. */
  addRow(cells: readonly XlsxCell[], rowNumber = this.lastRow + 1): void {
    this.lastRow = rowNumber;
    let xml = `<row r="${rowNumber}">`;
    cells.forEach((cell, i) => {
      if (cell === null) return;
      const ref = `${columnName(i)}${rowNumber}`;
      if (typeof cell === 'number') xml += `<c r="${ref}"><v>${cell}</v></c>`;
      else if (typeof cell === 'boolean') xml += `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
      else if (this.strings === 'inline') {
        xml += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
      } else {
        let index = this.shared.get(cell);
        if (index === undefined) this.shared.set(cell, (index = this.shared.size));
        xml += `<c r="${ref}" t="s"><v>${index}</v></c>`;
      }
    });
    this.write(`${xml}</row>`);
  }

  private write(xml: string, final = false): void {
    this.buffered.push(xml);
    this.bufferedLength += xml.length;
    if (final || this.bufferedLength > 1 << 20) {
      this.sheet!.push(strToU8(this.buffered.join('')), final);
      this.buffered = [];
      this.bufferedLength = 0;
    }
  }

  private endSheet(): void {
    if (!this.sheet) return;
    this.write('</sheetData></worksheet>', true);
    this.sheet = null;
  }

  end(): void {
    this.endSheet();
    const files: Record<string, string> = {
      '[Content_Types].xml':
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        this.sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '</Types>',
      '_rels/.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      'xl/workbook.xml':
        `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>` +
        this.sheets
          .map(
            (name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
        this.sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${this.sheets.length + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        '</Relationships>',
    };
    for (const [name, xml] of Object.entries(files)) this.addFile(name, xml);
    const parts = [
      `${XML_HEAD}<sst xmlns="${NS}" count="${this.shared.size}" uniqueCount="${this.shared.size}">`,
    ];
    for (const text of this.shared.keys())
      parts.push(`<si><t xml:space="preserve">${escapeXml(text)}</t></si>`);
    parts.push('</sst>');
    this.addFile('xl/sharedStrings.xml', parts.join(''));
    this.zip.end();
  }

  private addFile(name: string, xml: string): void {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    file.push(strToU8(xml), true);
  }
}

export interface XlsxSheet extends XlsxSheetOptions {
  /** Rows in order from row 1; one given as `{ row, cells }` sits at that row number. */
  rows: readonly (readonly XlsxCell[] | { row: number; cells: readonly XlsxCell[] })[];
}

/** A whole workbook in memory (tests): the sheets in workbook order. */
export function writeXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new XlsxWriter((data) => chunks.push(data));
  for (const sheet of sheets) {
    writer.startSheet(sheet);
    for (const row of sheet.rows) {
      if (Array.isArray(row)) writer.addRow(row as readonly XlsxCell[]);
      else {
        const placed = row as { row: number; cells: readonly XlsxCell[] };
        writer.addRow(placed.cells, placed.row);
      }
    }
  }
  writer.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
