// The own-data build worker: loaded only when the user opens "Use your own
// data". Runs the pipeline core on the files it is given and answers with the
// published files (transferred, not copied). Nothing leaves the browser.

import { buildInBrowser, type BuildOutcome } from './browser-build';
import type { FromBuildWorker, ToBuildWorker } from './protocol';

const post = (message: FromBuildWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

function transferablesOf(outcome: BuildOutcome): Transferable[] {
  if (outcome.type !== 'built') return [];
  const buffers = Object.values(outcome.files).map((bytes) => bytes.buffer);
  if (outcome.rejected) buffers.push(outcome.rejected.buffer);
  return [...new Set(buffers)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

self.onmessage = async (event: MessageEvent<ToBuildWorker>) => {
  const request = event.data;
  if (request.type !== 'build') return;
  try {
    const outcome = await buildInBrowser({
      files: request.files,
      skipInvalid: request.skipInvalid,
      onProgress: (progress) => post({ type: 'progress', ...progress }),
    });
    post(outcome, transferablesOf(outcome));
  } catch (error) {
    post({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
