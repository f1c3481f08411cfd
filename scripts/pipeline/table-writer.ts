// aggregates.csv and its download copy written into files (tables.ts makes
// their bytes). For large builds the writing runs on a worker thread, started
// early, while the main thread writes the JSON: the rows cross over as typed
// columns.

import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData, type Worker } from 'node:worker_threads';
import type { AggregateRow } from '../../src/pipeline/aggregate';
import { loadReferenceList } from './reference';
import {
  toColumns,
  writeAggregateTables,
  type ByteTarget,
  type RowColumns,
} from '../../src/pipeline/tables';
import { startThread } from './threads';

export { csvCell } from '../../src/contract/published';
export { csvLine } from '../../src/pipeline/tables';

/** A file opened for writing as a table's target. */
function fileTarget(path: string): ByteTarget {
  const fd = openSync(path, 'w');
  return {
    write: (bytes, length) => void writeSync(fd, bytes, 0, length),
    close: () => closeSync(fd),
  };
}

function writeTableFiles(paths: TablePaths, columns: RowColumns, synthetic: boolean): void {
  writeAggregateTables(
    fileTarget(paths.contract),
    fileTarget(paths.download),
    columns,
    synthetic,
    loadReferenceList().units,
  );
}

export interface TablePaths {
  contract: string;
  download: string;
}

/** Writes the two tables on the calling thread. */
export function writeTables(
  paths: TablePaths,
  rows: readonly AggregateRow[],
  synthetic: boolean,
): void {
  writeTableFiles(paths, toColumns(rows), synthetic);
}

interface Job {
  paths: TablePaths;
  columns: RowColumns;
  synthetic: boolean;
}

/** A worker thread that waits for the rows and writes the two tables. */
export class TableWriterThread {
  private readonly worker: Worker;
  private readonly done: Promise<void>;

  constructor() {
    this.worker = startThread('table-writer', { workerData: { tableWriter: true } });
    this.done = new Promise<void>((resolve, reject) => {
      this.worker.once('message', () => resolve());
      this.worker.once('error', reject);
    });
    this.done.catch(() => undefined);
  }

  write(paths: TablePaths, rows: readonly AggregateRow[], synthetic: boolean): Promise<void> {
    const columns = toColumns(rows);
    const job: Job = { paths, columns, synthetic };
    this.worker.postMessage(
      job,
      Object.values(columns).map((a: ArrayBufferView) => a.buffer as ArrayBuffer),
    );
    return this.done;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

if (parentPort && (workerData as { tableWriter?: boolean } | null)?.tableWriter) {
  const port = parentPort;
  port.once('message', (job: Job) => {
    writeTableFiles(job.paths, job.columns, job.synthetic);
    port.postMessage('done');
  });
}

export function tablePaths(root: string, downloadPath: string): TablePaths {
  return { contract: join(root, 'aggregates.csv'), download: join(root, downloadPath) };
}
