// The data build's temporary siblings (`.edu-atlas-tmp.*`, beside public/data
// while a build runs or after one was killed) are never part of the site:
// Vite copies public/ into dist/, so they are removed from the output.

import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { TEMP_PREFIX } from '../pipeline/atomic.ts';

/** Removes every `.edu-atlas-tmp.*` entry under `dir`; returns how many. */
export function removeTemporaries(dir: string): number {
  let removed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith(TEMP_PREFIX)) {
      rmSync(path, { recursive: true, force: true });
      removed++;
    } else if (entry.isDirectory()) removed += removeTemporaries(path);
  }
  return removed;
}

export function omitBuildTemporaries(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'edu-atlas:omit-build-temporaries',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      if (existsSync(outDir)) removeTemporaries(outDir);
    },
  };
}
