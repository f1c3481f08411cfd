// CSV text and a chunked file writer: rows are gathered into large strings
// and written with one writeSync per few megabytes.
import { closeSync, openSync, writeSync } from 'node:fs';

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180: quote a field only when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export class ChunkedFileWriter {
  private readonly fd: number;
  private pending = '';
  private written = 0;

  constructor(
    path: string,
    private readonly chunkChars = 4 * 1024 * 1024,
  ) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= this.chunkChars) this.flush();
  }

  /** Bytes written to disk so far. */
  get bytes(): number {
    return this.written;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.pending === '') return;
    const buffer = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    let offset = 0;
    while (offset < buffer.length) {
      offset += writeSync(this.fd, buffer, offset, buffer.length - offset);
    }
    this.written += buffer.length;
  }
}
