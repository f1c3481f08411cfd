// Builds the atlas the production way (Vite with the repo's config, base './')
// and a small synthetic dataset, and serves both under a sub-path:
// /atlas/ → dist, /atlas/data/ → the data build, with the headers of
// public/_headers (its CSP included). Shared by the atlas e2e tests and
// scripts/bench-ui.ts. public/data is never touched.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { serveStatic, type StaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '../..');
export const SUB_PATH = '/atlas/';
/** The response headers the host sends (Netlify / Cloudflare Pages format). */
export const HEADERS_FILE = join(ROOT, 'public/_headers');

export interface AtlasSite {
  server: StaticServer;
  /** URL of the atlas page (ends in '/'). */
  url: string;
  dist: string;
  close(): Promise<void>;
}

function tsx(script: string, args: string[]): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Demo data at `scale`, built into a temp folder. */
export function buildTestData(work: string, scale: number): string {
  const raw = join(work, 'raw');
  const data = join(work, 'data');
  tsx('scripts/demo-data.ts', ['--scale', String(scale), '--out', raw]);
  tsx('scripts/build-data.ts', ['--input', raw, '--out', data]);
  return data;
}

export async function buildSite(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export async function startAtlasSite(
  options: { scale?: number; dataDir?: string } = {},
): Promise<AtlasSite> {
  const work = mkdtempSync(join(tmpdir(), 'edu-atlas-site-'));
  const dist = join(work, 'dist');
  const data = options.dataDir ?? buildTestData(work, options.scale ?? 0.02);
  await buildSite(dist);
  // With the response headers of public/_headers: the page runs under the CSP that ships.
  const server = await serveStatic({ [SUB_PATH]: dist, [`${SUB_PATH}data/`]: data }, 'index.html', {
    headersFile: HEADERS_FILE,
    siteRoot: SUB_PATH,
  });
  return {
    server,
    url: `${server.origin}${SUB_PATH}`,
    dist,
    close: async () => {
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
