// The browser host's inputs: File objects (the user's, each under its input
// name, e.g. `schools.csv.gz`) read as streams, with their SHA-256 taken on
// the way, gzip undone by the browser's DecompressionStream, and workbooks
// read by position (File.slice). Same rules as the CLI's findInput.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { CoreSource } from '../pipeline/core';
import { streamCsvChunks } from '../pipeline/csv-input';
import { InputError } from '../pipeline/errors';
import { streamSheet } from '../pipeline/xlsx-records';
import type { ByteSource } from '../pipeline/xlsx-sheet';

export type InputBase = 'schools' | 'population' | 'reported';

const FORMS = [
  { suffix: '.csv', gzip: false, xlsx: false },
  { suffix: '.csv.gz', gzip: true, xlsx: false },
  { suffix: '.xlsx', gzip: false, xlsx: true },
] as const;

export interface FoundFile {
  file: File;
  name: string;
  gzip: boolean;
  xlsx: boolean;
}

/** The file for one input (`base.csv`, `base.csv.gz` or, except for reported, `base.xlsx`), or null. */
export function findFile(files: readonly File[], base: InputBase): FoundFile | null {
  const present = FORMS.filter((form) => base !== 'reported' || !form.xlsx).flatMap((form) => {
    const file = files.find((f) => f.name === `${base}${form.suffix}`);
    return file ? [{ file, name: file.name, gzip: form.gzip, xlsx: form.xlsx }] : [];
  });
  if (present.length > 1) {
    const names = present.map((found) => found.name);
    throw new InputError(names[1], `both ${names.join(' and ')} were given; keep only one of them`);
  }
  return present[0] ?? null;
}

/** A stream of the file's bytes that hashes them and reports how far it got. */
function hashedStream(
  file: File,
  hash: ReturnType<typeof sha256.create>,
  onProgress: (fraction: number) => void,
): ReadableStream<Uint8Array> {
  let read = 0;
  return file.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        hash.update(chunk);
        onProgress((read += chunk.length) / Math.max(1, file.size));
        controller.enqueue(chunk);
      },
    }),
  );
}

async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The browser's own inflater (the DOM typings want BufferSource in, Uint8Array comes out). */
function decompressed(
  stream: ReadableStream<Uint8Array>,
  format: 'gzip' | 'deflate-raw',
): ReadableStream<Uint8Array> {
  const inflater = new DecompressionStream(format) as unknown as TransformStream<
    Uint8Array,
    Uint8Array
  >;
  return stream.pipeThrough(inflater);
}

/** An async iterable as a stream (ReadableStream.from is recent in some browsers). */
function streamFrom(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** SHA-256 of a whole file, read in slices (workbooks, which are read by position). */
async function sha256OfFile(file: File): Promise<string> {
  const hash = sha256.create();
  for await (const chunk of chunksOf(file.stream())) hash.update(chunk);
  return bytesToHex(hash.digest());
}

/** A workbook read by position; deflate undone by the browser. */
function fileByteSource(file: File): ByteSource {
  return {
    size: file.size,
    async read(offset, length) {
      return new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
    },
    inflateRaw(compressed) {
      return chunksOf(decompressed(streamFrom(compressed), 'deflate-raw'));
    },
  };
}

function emptyFile(found: FoundFile): InputError {
  return new InputError(
    found.name,
    found.xlsx
      ? 'the file is empty (0 bytes); expected a workbook'
      : 'the file is empty (0 bytes); expected a header row',
  );
}

/** One user file as a source of the core. */
export function fileSource(
  role: CoreSource['role'],
  found: FoundFile,
  synthetic = false,
): CoreSource {
  return {
    role,
    file: found.name,
    gzip: found.gzip,
    synthetic,
    async read(consumer, _ctx, onProgress) {
      if (found.file.size === 0) throw emptyFile(found);
      if (found.xlsx) {
        const hashing = sha256OfFile(found.file);
        hashing.catch(() => undefined);
        const records = await streamSheet(
          found.name,
          fileByteSource(found.file),
          consumer,
          onProgress,
        );
        return { sha256: hashing, encoding: 'utf-8', records };
      }
      const hash = sha256.create();
      let stream = hashedStream(found.file, hash, onProgress);
      if (found.gzip) stream = decompressed(stream, 'gzip');
      const reading = await streamCsvChunks(found.name, found.gzip, chunksOf(stream), consumer);
      return { ...reading, sha256: Promise.resolve(bytesToHex(hash.digest())) };
    },
  };
}

/** Text bundled with the atlas (the project's reported figures) as a source. */
export function textSource(role: CoreSource['role'], name: string, text: string): CoreSource {
  const file = new File([text], name);
  return fileSource(role, { file, name, gzip: false, xlsx: false });
}
