// Input encodings: UTF-8 (with or without BOM) or GB18030/GBK, detected from
// the bytes. GB18030 text is almost never valid UTF-8, so the first bytes
// decide: valid UTF-8 (or pure ASCII) is read as UTF-8, anything else as GB18030.

import type { CsvRecord } from './csv-scan';

export type Encoding = 'utf-8' | 'gb18030';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

/** Drops a possibly cut multi-byte character at the end of a sample. */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  let back = 0;
  while (end - back - 1 >= 0 && back < 4 && (bytes[end - back - 1] & 0xc0) === 0x80) back++;
  const lead = bytes[end - back - 1];
  if (lead !== undefined && lead >= 0xc0) end = end - back - 1;
  return bytes.subarray(0, end);
}

export function detectEncoding(sample: Uint8Array, complete: boolean): Encoding {
  if (hasUtf8Bom(sample)) return 'utf-8';
  const bytes = complete ? sample : trimPartialUtf8(sample);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

export class CellDecoder {
  private readonly decoder: TextDecoder;

  constructor(readonly encoding: Encoding) {
    this.decoder = new TextDecoder(encoding);
  }

  /** The trimmed cell as text, with doubled quotes of a quoted cell undone. */
  text(rec: CsvRecord, i: number): string {
    if (i < 0 || i >= rec.count) return '';
    const raw = this.decoder.decode(rec.buf.subarray(rec.trimmedStart(i), rec.trimmedEnd(i)));
    return rec.escaped[i] ? raw.replaceAll('""', '"') : raw;
  }

  /** The cell exactly as written (untrimmed), for rejected.csv. */
  original(rec: CsvRecord, i: number): string {
    const raw = this.decoder.decode(rec.buf.subarray(rec.starts[i], rec.ends[i]));
    return rec.escaped[i] ? raw.replaceAll('""', '"') : raw;
  }
}
