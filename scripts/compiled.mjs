// node scripts/compiled.mjs ENTRY [ARGS…]
// Runs a script of the data build from JavaScript that esbuild bundled into
// .cache/compiled/ (git-ignored), bundling again first when any of its sources
// changed. `npm run build:data` starts through here: compiling the TypeScript
// on every start (tsx) costs more than a second, on the main thread and on
// each reader thread. Plain JavaScript, so that nothing needs compiling to
// start it; tests and `tsx` keep running the sources directly.

import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Two folders deep, like scripts/pipeline/, so that paths made from
// import.meta.url (the repository root, data/) resolve the same from a bundle.
const OUT = join(ROOT, '.cache/compiled');
const MANIFEST = join(OUT, 'manifest.json');

/** Bundle name → source. Threads (scripts/pipeline/threads.ts) start the bundle beside. */
const ENTRIES = {
  'build-data': 'scripts/build-data.ts',
  'bench-run-build': 'scripts/bench/run-build.ts',
  'schools-part': 'scripts/pipeline/schools-part.ts',
  'table-writer': 'scripts/pipeline/table-writer.ts',
  'duplicate-search': 'scripts/pipeline/duplicate-search.ts',
};

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** True when every bundle exists and is newer than each source it was made from. */
function fresh() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return false;
  }
  const builtAt = mtime(MANIFEST);
  const sources = [...manifest.inputs, 'scripts/compiled.mjs', 'package-lock.json'];
  return (
    Object.keys(ENTRIES).every((name) => mtime(join(OUT, `${name}.mjs`)) <= builtAt) &&
    sources.every((source) => mtime(join(ROOT, source)) <= builtAt)
  );
}

async function bundle() {
  const { build } = await import('esbuild');
  const staging = join(OUT, `.staging-${process.pid}`);
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'error',
  });
  // Each file replaced atomically, the manifest last: a concurrent start sees old or new.
  for (const name of Object.keys(ENTRIES)) {
    renameSync(join(staging, `${name}.mjs`), join(OUT, `${name}.mjs`));
  }
  rmSync(staging, { recursive: true, force: true });
  const inputs = Object.keys(result.metafile.inputs);
  writeFileSync(`${MANIFEST}.${process.pid}`, JSON.stringify({ inputs }, null, 1));
  renameSync(`${MANIFEST}.${process.pid}`, MANIFEST);
}

const [entry, ...rest] = process.argv.slice(2);
if (!(entry in ENTRIES)) {
  process.stderr.write(`usage: node scripts/compiled.mjs ${Object.keys(ENTRIES).join('|')} …\n`);
  process.exit(2);
}
if (!fresh()) {
  mkdirSync(OUT, { recursive: true });
  await bundle();
}
// The bundle reads its arguments from process.argv as if it were started itself.
process.argv.splice(2, process.argv.length - 2, ...rest);
await import(pathToFileURL(join(OUT, `${entry}.mjs`)).href);
