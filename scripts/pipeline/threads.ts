// Starts a pipeline module on a worker thread. Run from the bundle that
// `npm run build:data` builds (scripts/compiled.mjs), a worker is the bundled
// module beside it; run from the TypeScript sources (tests, tsx), it is the
// source module, compiled by tsx on the thread.

import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The modules that run on threads of their own; each is also a bundle entry. */
export type ThreadModule = 'schools-part' | 'table-writer' | 'duplicate-search';

const bundled = import.meta.url.endsWith('.mjs');

export function startThread(module: ThreadModule, options: WorkerOptions): Worker {
  if (bundled) return new Worker(new URL(`./${module}.mjs`, import.meta.url), options);
  const source = new URL(`./${module}.ts`, import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
