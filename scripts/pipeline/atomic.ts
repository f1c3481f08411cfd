// The output folder is replaced as a whole, atomically: build into a sibling
// temporary folder on the same filesystem, then swap. A failed build leaves
// the previous output exactly as it was.

import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export function temporarySibling(out: string, tag: string): string {
  const target = resolve(out);
  return join(
    dirname(target),
    `.${basename(target)}.${tag}-${process.pid}-${Date.now().toString(36)}`,
  );
}

/** Runs `fill` on a fresh temporary folder and swaps it in for `out` on success. */
export async function replaceFolder(
  out: string,
  fill: (tmp: string) => Promise<void>,
): Promise<void> {
  const target = resolve(out);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = temporarySibling(target, 'new');
  mkdirSync(tmp);
  try {
    await fill(tmp);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  const old = temporarySibling(target, 'old');
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (error) {
    if (hadOld) renameSync(old, target);
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}
