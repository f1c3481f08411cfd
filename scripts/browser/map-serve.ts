// Builds the map harness with Vite (the production path: the worker and the
// boundaries are emitted by our plugins) and serves it from a sub-path, so the
// test also proves that the site works away from the server root.

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import { boundaries } from '../build/vite-plugin-boundaries';
import { maplibreWorker } from '../build/vite-plugin-maplibre-worker';

// One Chromium and one set of flags for every e2e test and bench (./chromium.ts).
export { CHROMIUM_PATH as CHROMIUM, CHROMIUM_FLAGS as CHROMIUM_ARGS } from './chromium';

const ROOT = resolve(import.meta.dirname, '../..');
export const SUB_PATH = '/atlas/preview/';

/** Real boundaries when the boundary build has produced them, else the tiny fixture. */
export function boundaryDir(): { dir: string; real: boolean } {
  const real = join(ROOT, 'data/boundaries');
  if (existsSync(join(real, 'china-provinces.topo.json'))) return { dir: real, real: true };
  return { dir: join(ROOT, 'test/fixtures/map'), real: false };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface HarnessServer {
  url: string;
  /** Requests answered 404, to catch a missing worker or boundary file. */
  notFound: string[];
  close(): Promise<void>;
}

export async function buildAndServeHarness(): Promise<HarnessServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'edu-map-harness-'));
  await build({
    root: join(ROOT, 'test/e2e'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [maplibreWorker(), boundaries({ dir: boundaryDir().dir })],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: join(ROOT, 'test/e2e/map-harness.html') },
    },
  });
  const notFound: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (!path.startsWith(SUB_PATH)) {
      notFound.push(path);
      res.writeHead(404).end();
      return;
    }
    const rel = path.slice(SUB_PATH.length) || 'map-harness.html';
    const file = normalize(join(outDir, rel));
    if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) {
      notFound.push(path);
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}map-harness.html`,
    notFound,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        rmSync(outDir, { recursive: true, force: true });
      }),
  };
}
