// Published files written into a folder (the CLI's OutputSink): JSON on this
// thread, the two CSV tables on the table-writer thread when there is one.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AggregateRow } from '../../src/pipeline/aggregate';
import type { OutputSink } from '../../src/pipeline/outputs';
import { writeTables, type TableWriterThread } from './table-writer';

export class FolderSink implements OutputSink {
  constructor(
    private readonly root: string,
    private readonly tableWriter: TableWriterThread | null,
  ) {}

  sha256(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  write(path: string, bytes: Uint8Array): void {
    const target = join(this.root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }

  writeTables(
    paths: { contract: string; download: string },
    rows: readonly AggregateRow[],
    synthetic: boolean,
  ): Promise<void> {
    const files = {
      contract: join(this.root, paths.contract),
      download: join(this.root, paths.download),
    };
    mkdirSync(dirname(files.download), { recursive: true });
    return this.tableWriter
      ? this.tableWriter.write(files, rows, synthetic)
      : Promise.resolve(writeTables(files, rows, synthetic));
  }

  paths(): string[] {
    return filesUnder(this.root).sort();
  }
}

/** Every file under `dir`, relative, with `/` separators. */
export function filesUnder(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...filesUnder(join(dir, entry.name), rel));
    else files.push(rel);
  }
  return files;
}
