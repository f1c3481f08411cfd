// MapLibre 6 loads its worker from a separate file that Vite does not copy.
// Dev: serve it at any path ending in /maplibre-gl-worker.mjs. Build: emit it
// as an asset next to the JS chunks (assets/maplibre-gl-worker.mjs), where
// src/map/worker-url.ts resolves it relative to its own module URL.
//
// Register in vite.config.ts: `plugins: [maplibreWorker(), boundaries()]`.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const MAPLIBRE_WORKER_FILE = 'maplibre-gl-worker.mjs';

function workerPath(root: string): string {
  return createRequire(join(root, 'package.json')).resolve(
    `maplibre-gl/dist/${MAPLIBRE_WORKER_FILE}`,
  );
}

export function maplibreWorker(): Plugin {
  let root = process.cwd();
  let assetsDir = 'assets';
  return {
    name: 'edu-atlas:maplibre-worker',
    configResolved(config) {
      // The package is resolved from the project, whatever `root` the page uses.
      root = config.envDir || process.cwd();
      assetsDir = config.build.assetsDir;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (!path.endsWith(`/${MAPLIBRE_WORKER_FILE}`)) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(workerPath(root)));
      });
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: assetsDir ? `${assetsDir}/${MAPLIBRE_WORKER_FILE}` : MAPLIBRE_WORKER_FILE,
        source: readFileSync(workerPath(root)),
      });
    },
  };
}
