import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { boundaries } from './scripts/build/vite-plugin-boundaries.ts';
import { embedBundle } from './scripts/build/vite-plugin-embed-bundle.ts';
import { maplibreWorker } from './scripts/build/vite-plugin-maplibre-worker.ts';
import { omitBuildTemporaries } from './scripts/build/vite-plugin-omit-temporaries.ts';
import { codeVersion } from './scripts/pipeline/code-version.ts';

// Entries whose file names hosts type into their pages: emitted unhashed at the root.
const UNHASHED_ENTRIES = new Set(['embed-resize']);

const input: Record<string, string> = {
  // The iframe route /embed/ and the resize host script (docs/embedding.md); embed.js is
  // built on its own (embedBundle below).
  'embed-frame': resolve(import.meta.dirname, 'embed/index.html'),
  'embed-resize': resolve(import.meta.dirname, 'src/embed/resize-host.ts'),
};
// The atlas page itself (being built alongside).
if (existsSync(resolve(import.meta.dirname, 'index.html'))) {
  input.main = resolve(import.meta.dirname, 'index.html');
}

// `base: './'` makes every asset URL relative, so dist/ works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [
    maplibreWorker(),
    boundaries(),
    omitBuildTemporaries(),
    embedBundle({ name: 'embed', entry: 'src/embed/embed.ts' }),
  ],
  define: { __ATLAS_CODE_VERSION__: JSON.stringify(codeVersion(import.meta.dirname)) },
  // The own-data build worker imports lazily loaded code: module workers.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    // MapLibre (≈ 1 MB minified) is one lazily loaded chunk by design; its size is budgeted by
    // `npm run bench:ui`, so the generic 500 kB warning only adds noise to `npm start`.
    chunkSizeWarningLimit: 1100,
    rollupOptions: {
      input,
      // Each entry keeps exactly its own exports (none is merged into a shared chunk).
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: (chunk) =>
          UNHASHED_ENTRIES.has(chunk.name) ? '[name].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
