// Builds the site with Vite's JS API into a folder (e2e and bench), without
// copying public/ (they serve their own small data set at /data/).

import { resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

export async function buildSite(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    publicDir: false,
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
}
