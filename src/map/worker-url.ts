import { setWorkerUrl } from 'maplibre-gl';

// A variable, not a literal: Vite would otherwise try to resolve the file at
// build time. The worker is emitted next to the JS chunks by
// vite-plugin-maplibre-worker, so resolving it against this module's URL
// works from any sub-path the site is served from.
const WORKER_FILE = 'maplibre-gl-worker.mjs';

let configured = false;

export function configureMaplibreWorker(): void {
  if (configured) return;
  setWorkerUrl(new URL(WORKER_FILE, import.meta.url).href);
  configured = true;
}
