// Boundaries live in data/boundaries/ (committed, with their source note) and
// are served at <site>/boundaries/<file>: in dev from the folder, in the
// build copied into dist/boundaries/.
//
// Register in vite.config.ts: `plugins: [maplibreWorker(), boundaries()]`.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface BoundariesOptions {
  /** Folder holding *.topo.json, relative to the working directory. Default data/boundaries. */
  dir?: string;
  /** URL folder under the site's base. Default 'boundaries'. */
  urlPath?: string;
}

const FILE = /^[\w.-]+\.topo\.json$/;

export function boundaryFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => FILE.test(f))
        .sort()
    : [];
}

export function boundaries(options: BoundariesOptions = {}): Plugin {
  const dir = resolve(options.dir ?? 'data/boundaries');
  const urlPath = (options.urlPath ?? 'boundaries').replace(/^\/|\/$/g, '');
  return {
    name: 'edu-atlas:boundaries',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]);
        const match = path.match(new RegExp(`/${urlPath}/([^/]+)$`));
        if (!match || !FILE.test(match[1])) return next();
        const file = join(dir, match[1]);
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end(`No boundary file ${match[1]} in ${dir}`);
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    buildStart() {
      for (const f of boundaryFiles(dir)) this.addWatchFile(join(dir, f));
    },
    generateBundle() {
      for (const f of boundaryFiles(dir)) {
        this.emitFile({
          type: 'asset',
          fileName: `${urlPath}/${f}`,
          source: readFileSync(join(dir, f)),
        });
      }
    },
  };
}
