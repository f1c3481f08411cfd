// Which folders `build:data` may replace (docs/data-contract.md, "The output
// folder"): it must be absent, empty, or an earlier build's output. Anything
// else is refused before a byte is written, with what to do instead.

import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../../src/pipeline/errors';
import { GENERATOR } from '../../src/pipeline/generator';
import { filesUnder } from './output-sink';

/** Written into every manifest.json: the mark of a folder this build made. */
export { GENERATOR } from '../../src/pipeline/generator';

/** Files an operating system drops into folders by itself; never a user's work. */
const SYSTEM_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

const WHAT_TO_DO =
  '--out must be an empty folder, a folder that does not exist yet, or the output of an earlier build:data';

/** Follows symlinks (also dangling ones) to the path the swap must replace. */
export function resolveOutput(out: string): string {
  let path = resolve(out);
  for (let hops = 0; hops < 40; hops++) {
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      // Absent: resolve the parent (it may be a symlink) and keep the name.
      const parent = dirname(path);
      return parent === path ? path : join(realParent(parent), relative(parent, path));
    }
    if (!stat.isSymbolicLink())
      return join(realParent(dirname(path)), relative(dirname(path), path));
    path = resolve(dirname(path), readlinkSync(path));
  }
  throw new UsageError(`--out ${out} is a chain of symbolic links that does not end`);
}

/** The real path of a folder that may not exist yet (its existing part resolved). */
function realParent(path: string): string {
  let missing = '';
  let current = path;
  while (!existsSync(current)) {
    const parent = dirname(current);
    if (parent === current) break;
    missing = join(relative(parent, current), missing);
    current = parent;
  }
  return join(realpath(current), missing);
}

function realpath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

/** True when `inner` is `outer` or lies inside it. */
export function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

interface EarlierBuild {
  outputs: string[];
  /** True when the manifest lists every file (builds that write `generator`). */
  complete: boolean;
}

/** The manifest of an earlier build in `dir`, or null when there is none. */
function earlierBuild(dir: string): EarlierBuild | null {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return null;
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const outputs = Array.isArray(manifest.outputs) ? manifest.outputs.map(String) : null;
    const ours =
      manifest.generator === GENERATOR ||
      // builds from before the generator field: the same manifest shape
      (typeof manifest.schemaVersion === 'number' &&
        typeof manifest.codeVersion === 'string' &&
        Array.isArray(manifest.inputs));
    return ours && outputs ? { outputs, complete: manifest.generator === GENERATOR } : null;
  } catch {
    return null;
  }
}

/** Files in an earlier build's folder that the build did not write. */
function foreignFiles(dir: string, build: EarlierBuild): string[] {
  const written = new Set([...build.outputs, 'manifest.json']);
  // Older builds listed their content-hashed JSON under v1/ only through index.json.
  const listed = (file: string) => written.has(file) || (!build.complete && file.startsWith('v1/'));
  return filesUnder(dir).filter(
    (file) => !listed(file) && !SYSTEM_LITTER.has(file.split('/').at(-1)!),
  );
}

export interface OutputCheck {
  /** `--out` as given. */
  out: string;
  input: string;
  repoRoot: string;
  cwd?: string;
}

function refuse(out: string, why: string): never {
  throw new UsageError(`refusing to write to --out ${JSON.stringify(out)}: ${why}. ${WHAT_TO_DO}`);
}

/** The swap writes beside the target: its nearest existing parent must be a writable folder. */
function assertWritableParent(out: string, target: string): void {
  let parent = dirname(target);
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
  try {
    if (!statSync(parent).isDirectory()) throw new Error('not a folder');
    accessSync(parent, constants.W_OK);
  } catch {
    refuse(out, `${parent} is not a folder that can be written to`);
  }
}

/**
 * Checks `--out` before anything is written; returns the resolved folder the
 * swap replaces (a symlink's target). Throws UsageError (exit 2) otherwise.
 */
export function checkOutputFolder({
  out,
  input,
  repoRoot,
  cwd = process.cwd(),
}: OutputCheck): string {
  if (out.trim() === '') refuse(out, 'it is empty (an unset variable?)');
  const target = resolveOutput(resolve(cwd, out));
  const here = realpath(cwd);
  const inputDir = realpath(resolve(cwd, input));
  const root = realpath(repoRoot);
  if (isWithin(here, target))
    refuse(
      out,
      here === target ? 'it is the current directory' : 'it contains the current directory',
    );
  if (isWithin(root, target))
    refuse(out, root === target ? 'it is the repository root' : 'it contains the repository');
  if (isWithin(inputDir, target))
    refuse(
      out,
      inputDir === target ? 'it is the input folder' : `it contains the input folder ${input}`,
    );
  if (target === dirname(target)) refuse(out, 'it is the root of the filesystem');
  assertWritableParent(out, target);
  if (!existsSync(target)) return target;
  if (!statSync(target).isDirectory()) refuse(out, 'it is a file, not a folder');
  const present = readdirSync(target).filter((name) => !SYSTEM_LITTER.has(name));
  if (present.length === 0) return target;
  const build = earlierBuild(target);
  if (!build) {
    const shown = present.slice(0, 5).join(', ') + (present.length > 5 ? ', …' : '');
    refuse(out, `it holds files that build:data did not write (${shown})`);
  }
  const foreign = foreignFiles(target, build);
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? ', …' : '');
    refuse(
      out,
      `it is an earlier build's output but also holds other files (${shown}), which would be lost`,
    );
  }
  return target;
}
