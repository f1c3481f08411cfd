// Finds duplicate school keys, on a worker thread when there are many (so
// that the main thread can roll up the sums meanwhile), inline otherwise.

import { parentPort, workerData } from 'node:worker_threads';
import { KeyLog, type LoggedKeys } from '../../src/pipeline/duplicate-keys';
import { startThread } from './threads';

/** Below this many keys the search runs inline (override: ATLAS_DUPLICATES_OFF_THREAD_FROM). */
function offThreadFrom(): number {
  const override = Number(process.env.ATLAS_DUPLICATES_OFF_THREAD_FROM);
  return Number.isFinite(override) && override > 0 ? override : 500_000;
}

export function findDuplicates(keys: KeyLog): Promise<Map<number, number>> {
  if (keys.count < offThreadFrom()) return Promise.resolve(keys.duplicates());
  const logged = keys.export();
  const worker = startThread('duplicate-search', {
    workerData: logged,
    transferList: [logged.hi.buffer, logged.lo.buffer, logged.lines.buffer] as ArrayBuffer[],
  });
  return new Promise<Map<number, number>>((resolve, reject) => {
    worker.once('message', (found: Map<number, number>) => resolve(found));
    worker.once('error', reject);
  }).finally(() => worker.terminate());
}

if (parentPort && workerData && 'lines' in (workerData as object)) {
  parentPort.postMessage(KeyLog.from(workerData as LoggedKeys).duplicates());
}
