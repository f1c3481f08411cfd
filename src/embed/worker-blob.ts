// A page may start a module worker only from its own origin (or blob:). When
// an embed's code comes from the atlas on another origin, fetch MapLibre's
// worker script and start it from a blob: URL (the host's CSP allows
// `worker-src blob:`). On the atlas itself nothing changes.

import { getWorkerUrl, setWorkerUrl } from 'maplibre-gl';
import { configureMaplibreWorker } from '../map/worker-url';

let pending: Promise<void> | null = null;

async function configure(): Promise<void> {
  // Sets the default URL (next to the map chunk) once; later calls by the map are no-ops.
  configureMaplibreWorker();
  const url = new URL(getWorkerUrl(), location.href);
  if (url.protocol === 'blob:' || url.origin === location.origin) return;
  const response = await fetch(url.href);
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  const script = await response.text();
  setWorkerUrl(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
}

/** Once per page, before the first map is created. */
export function useReachableWorker(): Promise<void> {
  pending ??= configure().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
