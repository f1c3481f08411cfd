// Reading parts out of an .xlsx (a zip archive) with bounded memory: the
// central directory is read by random access, then only the parts that are
// needed are inflated, chunk by chunk, with fflate's streaming Inflate. No
// Node imports: the same code runs in a browser Web Worker over a Blob.

import { Inflate } from 'fflate';

/** Random access to the workbook's bytes (a file in Node, a Blob in a browser). */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  /**
   * A faster raw-deflate decoder of the platform (Node's zlib; a browser's
   * DecompressionStream('deflate-raw')), used instead of fflate's when given.
   */
  inflateRaw?(compressed: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array>;
  /** The platform's CRC-32 (`zlib.crc32(data, previous)`), used instead of ours when given. */
  crc32?(data: Uint8Array, previous: number): number;
}

/** The file is not a readable .xlsx; the message is for the user. */
export class XlsxFormatError extends Error {
  override name = 'XlsxFormatError';
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
const MAX_DIRECTORY = 64 * 1024 * 1024;
const CHUNK = 1024 * 1024;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

const NOT_XLSX =
  'is not an Excel workbook (.xlsx); in Excel use "Save As" → "Excel Workbook (.xlsx)" or "CSV UTF-8"';

function u16(b: Uint8Array, p: number): number {
  return b[p] | (b[p + 1] << 8);
}

function u32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
}

function u64(b: Uint8Array, p: number): number {
  return u32(b, p) + u32(b, p + 4) * 2 ** 32;
}

async function readExactly(
  source: ByteSource,
  offset: number,
  length: number,
): Promise<Uint8Array> {
  if (offset < 0 || length < 0 || offset + length > source.size) {
    throw new XlsxFormatError('is damaged: the zip archive points outside the file');
  }
  const bytes = await source.read(offset, length);
  if (bytes.length < length) throw new XlsxFormatError('is damaged: the file ends too early');
  return bytes;
}

/** Where the central directory is and how many entries it has. */
async function findDirectory(
  source: ByteSource,
): Promise<{ offset: number; size: number; entries: number }> {
  const head = await readExactly(source, 0, Math.min(source.size, 4));
  if (OLE_SIGNATURE.every((b, i) => head[i] === b)) {
    throw new XlsxFormatError(
      'is a password-protected workbook or an old .xls file; save it unprotected as "Excel Workbook (.xlsx)" or as "CSV UTF-8"',
    );
  }
  if (source.size < EOCD_MIN) throw new XlsxFormatError(NOT_XLSX);
  const tailLength = Math.min(source.size, EOCD_MIN + MAX_COMMENT);
  const tailStart = source.size - tailLength;
  const tail = await readExactly(source, tailStart, tailLength);
  let at = -1;
  for (let p = tail.length - EOCD_MIN; p >= 0; p--) {
    if (u32(tail, p) === EOCD) {
      at = p;
      break;
    }
  }
  if (at < 0) throw new XlsxFormatError(NOT_XLSX);
  let entries = u16(tail, at + 10);
  let size = u32(tail, at + 12);
  let offset = u32(tail, at + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locatorAt = tailStart + at - 20;
    const locator = await readExactly(source, locatorAt, 20);
    if (u32(locator, 0) !== ZIP64_LOCATOR) throw new XlsxFormatError(NOT_XLSX);
    const record = await readExactly(source, u64(locator, 8), 56);
    if (u32(record, 0) !== ZIP64_EOCD) throw new XlsxFormatError(NOT_XLSX);
    entries = u64(record, 32);
    size = u64(record, 40);
    offset = u64(record, 48);
  }
  return { offset, size, entries };
}

/** The archive's entries by lower-case name (OPC part names are case-insensitive). */
export async function readZipDirectory(source: ByteSource): Promise<Map<string, ZipEntry>> {
  const where = await findDirectory(source);
  if (where.size > MAX_DIRECTORY) {
    throw new XlsxFormatError('has an unusually large zip directory; is it really a workbook?');
  }
  const dir = await readExactly(source, where.offset, where.size);
  const names = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < where.entries; i++) {
    if (p + 46 > dir.length || u32(dir, p) !== CENTRAL) {
      throw new XlsxFormatError('is damaged: its zip directory cannot be read');
    }
    const nameLength = u16(dir, p + 28);
    const extraLength = u16(dir, p + 30);
    const commentLength = u16(dir, p + 32);
    const entry: ZipEntry = {
      name: names.decode(dir.subarray(p + 46, p + 46 + nameLength)),
      flags: u16(dir, p + 8),
      method: u16(dir, p + 10),
      crc32: u32(dir, p + 16),
      compressedSize: u32(dir, p + 20),
      size: u32(dir, p + 24),
      localHeader: u32(dir, p + 42),
    };
    readZip64Extra(dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    entries.set(entry.name.toLowerCase(), entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset that did not fit 32 bits are in the zip64 extra field, in this order. */
function readZip64Extra(extra: Uint8Array, entry: ZipEntry): void {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = u16(extra, p);
    const length = u16(extra, p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const end = q + length;
      const next = (): number | null => {
        if (q + 8 > end || q + 8 > extra.length) return null;
        q += 8;
        return u64(extra, q - 8);
      };
      if (entry.size === 0xffffffff) entry.size = next() ?? entry.size;
      if (entry.compressedSize === 0xffffffff)
        entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localHeader === 0xffffffff) entry.localHeader = next() ?? entry.localHeader;
      return;
    }
    p += 4 + length;
  }
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (the zip checksum) of `bytes` continuing `previous` (0 to start). */
function crc32(bytes: Uint8Array, previous: number): number {
  let c = ~previous;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** fflate's Inflate as an async stream of chunks. */
async function* fflateInflateRaw(compressed: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => out.push(chunk));
  for await (const chunk of compressed) {
    inflate.push(chunk, false);
    yield* out.splice(0);
  }
  inflate.push(new Uint8Array(0), true);
  yield* out.splice(0);
}

/** fflate's errors carry a numeric code, zlib's a `Z_…` one. */
function isInflateError(error: unknown): error is Error {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'number' || (typeof code === 'string' && code.startsWith('Z_'));
}

/**
 * Streams one entry's uncompressed bytes to `onData`, chunk by chunk.
 * `onProgress` gets the compressed bytes read so far.
 */
export async function streamZipEntry(
  source: ByteSource,
  entry: ZipEntry,
  onData: (chunk: Uint8Array) => void,
  onProgress?: (compressedBytesRead: number) => void,
): Promise<void> {
  if (entry.flags & 0x1) {
    throw new XlsxFormatError(
      'is encrypted; save it without a password as "Excel Workbook (.xlsx)" or as "CSV UTF-8"',
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new XlsxFormatError(
      `uses an unsupported zip compression (method ${entry.method}) for ${entry.name}; save it again from Excel`,
    );
  }
  const local = await readExactly(source, entry.localHeader, 30);
  if (u32(local, 0) !== LOCAL) throw new XlsxFormatError('is damaged: a zip entry cannot be found');
  const dataStart = entry.localHeader + 30 + u16(local, 26) + u16(local, 28);
  let produced = 0;
  let crc = 0;
  const checksum = source.crc32 ?? crc32;
  async function* compressed(): AsyncIterable<Uint8Array> {
    for (let done = 0; done < entry.compressedSize;) {
      const length = Math.min(CHUNK, entry.compressedSize - done);
      const bytes = await readExactly(source, dataStart + done, length);
      done += length;
      yield bytes;
      onProgress?.(done);
    }
  }
  const inflateRaw = source.inflateRaw?.bind(source) ?? fflateInflateRaw;
  try {
    for await (const chunk of entry.method === 8 ? inflateRaw(compressed()) : compressed()) {
      produced += chunk.length;
      if (produced > entry.size) {
        throw new XlsxFormatError(
          `is damaged: ${entry.name} is longer than its zip directory says`,
        );
      }
      crc = checksum(chunk, crc);
      if (chunk.length > 0) onData(chunk);
    }
  } catch (error) {
    if (!isInflateError(error)) throw error; // the consumer's own errors pass through
    const reason = error instanceof Error ? error.message : String(error);
    throw new XlsxFormatError(`is damaged: ${entry.name} cannot be decompressed (${reason})`);
  }
  if (produced !== entry.size) {
    throw new XlsxFormatError(`is damaged: ${entry.name} is shorter than its zip directory says`);
  }
  if (crc !== entry.crc32) {
    throw new XlsxFormatError(`is damaged: ${entry.name} fails its checksum`);
  }
}
