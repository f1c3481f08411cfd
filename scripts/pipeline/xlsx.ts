// schools.xlsx / population.xlsx read from disk (the CLI host): the workbook
// is read by position and inflated by Node's zlib; xlsx-records.ts turns its
// first sheet into records.

import { open, type FileHandle } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { InputError } from '../../src/pipeline/errors';
import { sha256OfFile, type CsvConsumer, type FoundInput, type StreamResult } from './input';
import { streamSheet } from '../../src/pipeline/xlsx-records';
import type { ByteSource } from '../../src/pipeline/xlsx-sheet';

export { SheetRecords } from '../../src/pipeline/xlsx-records';

/** Node's zlib CRC-32 (Node 20.15 and later). */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, previous: number) => number }).crc32;

/** A file read by position, inflated by Node's zlib (native, faster than fflate's). */
function fileSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    inflateRaw(compressed) {
      const inflater = zlib.createInflateRaw({ chunkSize: 1024 * 1024 });
      const input = Readable.from(compressed);
      input.on('error', (error) => inflater.destroy(error));
      return input.pipe(inflater);
    },
    crc32: nativeCrc32,
    async read(offset, length) {
      const buf = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await handle.read(buf, done, length - done, offset + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return buf.subarray(0, done);
    },
  };
}

/** Streams an .xlsx input's first sheet through `consumer`, like `streamCsv` for a CSV. */
export async function streamXlsx(
  input: FoundInput,
  consumer: CsvConsumer,
  onProgress?: (fraction: number) => void,
): Promise<StreamResult> {
  const size = statSync(input.path).size;
  if (size === 0) {
    throw new InputError(input.file, 'the file is empty (0 bytes); expected a workbook');
  }
  const hashing = sha256OfFile(input.path);
  hashing.catch(() => undefined);
  const file = await open(input.path, 'r');
  try {
    const records = await streamSheet(input.file, fileSource(file, size), consumer, onProgress);
    return { sha256: hashing, encoding: 'utf-8', records };
  } finally {
    await file.close();
  }
}
