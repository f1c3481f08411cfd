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

/** The share-dialog harness (test/e2e), built into <outDir>/share/ beside the site. */
export async function buildShareHarness(outDir: string): Promise<void> {
  await build({
    root: resolve(ROOT, 'test/e2e'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: resolve(outDir, 'share'),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: resolve(ROOT, 'test/e2e/embed-share-harness.html') },
    },
  });
}
