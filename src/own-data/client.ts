// The page side of an own-data build: starts the worker (its chunk is loaded
// only now), relays progress, and ends with the worker's verdict. Cancel
// terminates the worker, which drops everything it had read.

import type { BuildProgress, FromBuildWorker, ToBuildWorker } from './protocol';

export type BuildOutcome = Exclude<FromBuildWorker, { type: 'progress' }>;

export interface OwnBuild {
  /** Settles with the build's outcome; `{ type: 'failed', message: 'cancelled' }` after cancel(). */
  readonly outcome: Promise<BuildOutcome>;
  cancel(): void;
}

export function startOwnBuild(
  files: File[],
  skipInvalid: boolean,
  onProgress: (progress: BuildProgress) => void,
): OwnBuild {
  const worker = new Worker(new URL('./build-worker.ts', import.meta.url), {
    type: 'module',
    name: 'own-data-build',
  });
  let settle: (outcome: BuildOutcome) => void = () => undefined;
  const outcome = new Promise<BuildOutcome>((resolve) => (settle = resolve));
  const finish = (result: BuildOutcome): void => {
    worker.terminate();
    settle(result);
  };
  worker.onmessage = (event: MessageEvent<FromBuildWorker>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message);
    else finish(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ type: 'failed', message: event.message || 'the build worker stopped' });
  };
  const request: ToBuildWorker = { type: 'build', files, skipInvalid };
  worker.postMessage(request);
  return { outcome, cancel: () => finish({ type: 'failed', message: 'cancelled' }) };
}
