import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Rolldown } from 'vite';
import { boundaries } from './scripts/build/vite-plugin-boundaries.ts';
import { embedBundle } from './scripts/build/vite-plugin-embed-bundle.ts';
import { maplibreWorker } from './scripts/build/vite-plugin-maplibre-worker.ts';
import { omitBuildTemporaries } from './scripts/build/vite-plugin-omit-temporaries.ts';
import { codeVersion } from './scripts/pipeline/code-version.ts';

// Entries whose file names hosts type into their pages: emitted unhashed at the root.
const UNHASHED_ENTRIES = new Set(['embed-resize']);

const input: Record<string, string> = {
  // The resize host script (docs/embedding.md); embed.js and the iframe route /embed/ are
  // built on their own (embedBundle below).
  'embed-resize': resolve(import.meta.dirname, 'src/embed/resize-host.ts'),
};
const atlasPage = resolve(import.meta.dirname, 'index.html');

/** Whether the atlas page imports `id` statically (through any chain of static imports). */
function loadedByAtlasPage(id: string, info: (id: string) => Rolldown.ModuleInfo | null): boolean {
  const seen = new Set<string>();
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (next === atlasPage) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(info(next)?.importers ?? []));
  }
  return false;
}
// The atlas page itself (being built alongside).
if (existsSync(atlasPage)) input.main = atlasPage;

// `base: './'` makes every asset URL relative, so dist/ works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [
    maplibreWorker(),
    boundaries(),
    omitBuildTemporaries(),
    embedBundle({ name: 'embed', entry: 'src/embed/embed.ts', pages: ['embed/index.html'] }),
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
        // Everything the atlas page loads before its first view is one file: split into
        // the modules each lazy chunk shares with it, it was 14 requests, and the first
        // view spent ≈ 0.3 s (4× throttling) only queueing their preloads.
        codeSplitting: {
          groups: [
            {
              debugName: 'atlas',
              name: (id, ctx) =>
                loadedByAtlasPage(id, (m) => ctx.getModuleInfo(m)) ? 'atlas' : null,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
