// embed.js, the script news pages load, built on its own once the site is
// written (docs/embedding.md). In the site's build every module an embed shares
// with the atlas lands in a chunk shared with the atlas: a ranking embed
// fetched 13 chunks, each with its own request and gzip overhead. Built alone,
// embed.js is a one-line entry and one hashed chunk holding everything a
// ranking embed runs (Lit, the contract, the view codec, the ranking chart);
// the other charts, the map and the messages about wrong attributes stay lazy
// chunks of their own.
//
// The iframe route (embed/index.html) is built on its own too, for the same
// reason: in the site's build its modules and the atlas's were split into
// chunks shared by both pages, and each page loaded 14 or more files.
//
// Register in vite.config.ts:
// `embedBundle({ name: 'embed', entry: 'src/embed/embed.ts', pages: ['embed/index.html'] })`,
// and keep the entry and the pages out of the site's own `input`.

import { resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

export interface EmbedBundleOptions {
  /** The entry's file name at the site's root, without `.js`. */
  name: string;
  /** The entry module, relative to the project root. */
  entry: string;
  /** HTML pages built on their own as well (relative to the project root), each one script. */
  pages?: readonly string[];
}

/** Vite's helper that wraps every lazy `import()` (the preload of a chunk's CSS and imports). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * The embed preloads nothing (no CSS files; a lazy chunk's own imports are one
 * small chunk away), so its lazy imports are plain `import()` calls: the
 * helper was 1 KB gzip of every embed.
 */
function plainLazyImports(): Plugin {
  return {
    name: 'edu-atlas:embed-plain-lazy-imports',
    enforce: 'pre',
    load(id) {
      return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined;
    },
  };
}

/** The settings both separate builds share with the site's build. */
function inheritedConfig(config: ResolvedConfig) {
  return {
    configFile: false as const,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: config.logLevel,
    publicDir: false as const,
    define: config.define,
  };
}

function inheritedBuild(config: ResolvedConfig) {
  return {
    outDir: resolve(config.root, config.build.outDir),
    emptyOutDir: false,
    copyPublicDir: false,
    target: config.build.target,
    sourcemap: config.build.sourcemap,
    chunkSizeWarningLimit: config.build.chunkSizeWarningLimit,
  };
}

/** embed.js: an unhashed one-line entry and one hashed chunk of everything it imports. */
async function buildEmbedScript(config: ResolvedConfig, options: EmbedBundleOptions) {
  const entry = resolve(config.root, options.entry);
  await build({
    ...inheritedConfig(config),
    plugins: [plainLazyImports()],
    build: {
      ...inheritedBuild(config),
      modulePreload: false,
      rollupOptions: {
        input: { [options.name]: entry },
        output: {
          // Hosts link the entry by name; everything else is hashed and cached for a year.
          entryFileNames: '[name].js',
          chunkFileNames: `${config.build.assetsDir}/[name]-[hash].js`,
          assetFileNames: `${config.build.assetsDir}/[name]-[hash][extname]`,
          codeSplitting: {
            // Every module the entry imports statically, in one chunk (not the entry
            // itself, which stays unhashed and tiny).
            groups: [
              { name: `${options.name}-core`, tags: ['$initial'], test: (id) => id !== entry },
            ],
          },
        },
      },
    },
  });
}

/** An HTML page whose script and everything it imports statically are one hashed file. */
async function buildPage(config: ResolvedConfig, page: string) {
  const name = page.replace(/\/index\.html$|\.html$/, '').replace(/\//g, '-');
  await build({
    ...inheritedConfig(config),
    build: {
      ...inheritedBuild(config),
      rollupOptions: {
        input: { [name]: resolve(config.root, page) },
        output: {
          entryFileNames: `${config.build.assetsDir}/[name]-[hash].js`,
          chunkFileNames: `${config.build.assetsDir}/[name]-[hash].js`,
          assetFileNames: `${config.build.assetsDir}/[name]-[hash][extname]`,
          codeSplitting: { groups: [{ name, tags: ['$initial'] }] },
        },
      },
    },
  });
}

export function embedBundle(options: EmbedBundleOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'edu-atlas:embed-bundle',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      // An in-memory build (write: false) has no folder to add embed.js to.
      if (!config.build.write) return;
      await buildEmbedScript(config, options);
      for (const page of options.pages ?? []) await buildPage(config, page);
    },
  };
}
