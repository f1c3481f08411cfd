// The output folder is replaced as a whole, atomically: build into a sibling
// temporary folder on the same filesystem, then swap. A failed build leaves
// the previous output exactly as it was. Temporary siblings are named
// `.edu-atlas-tmp.*` (ignored by git, removed from dist/ by the site build);
// those of a build that was killed are removed by the next one, and SIGINT /
// SIGTERM clean up their own before the process exits.

import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export const TEMP_PREFIX = '.edu-atlas-tmp.';

let made = 0;

function tempName(target: string, tag: string, pid: number): string {
  return `${TEMP_PREFIX}${basename(target)}.${tag}-${pid}-${Date.now().toString(36)}${(made++).toString(36)}`;
}

export function temporarySibling(out: string, tag: string): string {
  const target = resolve(out);
  return join(dirname(target), tempName(target, tag, process.pid));
}

/** True while a process with this pid exists (signal 0 only asks). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid a temporary sibling's name records, or null for another name. */
function ownerPid(name: string, target: string): number | null {
  const prefix = `${TEMP_PREFIX}${basename(target)}.`;
  if (!name.startsWith(prefix)) return null;
  const match = /^(?:new|old)-(\d+)-[0-9a-z]+$/.exec(name.slice(prefix.length));
  return match ? Number(match[1]) : null;
}

/** Removes temporary siblings of `out` left by builds whose process is gone; returns their names. */
export function removeStaleSiblings(out: string): string[] {
  const target = resolve(out);
  const parent = dirname(target);
  if (!existsSync(parent)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    const pid = ownerPid(name, target);
    if (pid === null || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** Temporary files (not swaps) to delete if the process is interrupted. */
const temporaryFiles = new Set<string>();

/** Deletes `path` if SIGINT/SIGTERM arrives before `forget` is called. */
export function removeOnSignal(path: string): () => void {
  installSignalHandlers();
  temporaryFiles.add(path);
  return () => temporaryFiles.delete(path);
}

/** What an interrupted swap must undo: folders to delete, and an old output to put back. */
interface PendingSwap {
  tmp: string;
  old: string | null;
  target: string;
}

const pending = new Set<PendingSwap>();
let handlersInstalled = false;

function undo(swap: PendingSwap): void {
  rmSync(swap.tmp, { recursive: true, force: true });
  if (swap.old && existsSync(swap.old)) {
    if (!existsSync(swap.target)) renameSync(swap.old, swap.target);
    else rmSync(swap.old, { recursive: true, force: true });
  }
}

function onSignal(signal: NodeJS.Signals): void {
  for (const swap of pending) {
    try {
      undo(swap);
    } catch {
      // best effort: the next build removes what is left
    }
  }
  pending.clear();
  for (const path of temporaryFiles) rmSync(path, { force: true });
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

/** Runs `fill` on a fresh temporary folder and swaps it in for `out` on success. */
export async function replaceFolder(
  out: string,
  fill: (tmp: string) => Promise<void>,
): Promise<void> {
  const target = resolve(out);
  mkdirSync(dirname(target), { recursive: true });
  removeStaleSiblings(target);
  installSignalHandlers();
  const swap: PendingSwap = { tmp: temporarySibling(target, 'new'), old: null, target };
  pending.add(swap);
  try {
    mkdirSync(swap.tmp);
    await fill(swap.tmp);
    const hadOld = existsSync(target);
    if (hadOld) {
      swap.old = temporarySibling(target, 'old');
      renameSync(target, swap.old);
    }
    renameSync(swap.tmp, target);
    if (swap.old) rmSync(swap.old, { recursive: true, force: true });
    swap.old = null;
  } catch (error) {
    undo(swap);
    throw error;
  } finally {
    pending.delete(swap);
  }
}
