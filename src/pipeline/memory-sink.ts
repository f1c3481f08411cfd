// Published files held in memory: the browser host's OutputSink. Same paths
// and bytes as the CLI's folder (output-sink.ts).

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AggregateRow } from './aggregate';
import type { OutputSink } from './outputs';
import type { ReferenceUnit } from './reference-list';
import { tablesInMemory } from './tables';

export class MemorySink implements OutputSink {
  readonly files = new Map<string, Uint8Array>();

  constructor(private readonly units: readonly ReferenceUnit[]) {}

  sha256(bytes: Uint8Array): string {
    return bytesToHex(sha256(bytes));
  }

  write(path: string, bytes: Uint8Array): void {
    this.files.set(path, bytes);
  }

  async writeTables(
    paths: { contract: string; download: string },
    rows: readonly AggregateRow[],
    synthetic: boolean,
  ): Promise<void> {
    const tables = tablesInMemory(rows, synthetic, this.units);
    this.files.set(paths.contract, tables.contract);
    this.files.set(paths.download, tables.download);
  }

  paths(): string[] {
    return [...this.files.keys()].sort();
  }
}
