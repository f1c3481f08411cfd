// A failing build leaves the previous output folder byte-identical.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFolder } from '../../scripts/pipeline/atomic';
import { runBuild, schools, tempDir } from './helpers';

function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        files[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return files;
}

describe('atomic output', () => {
  it('keeps the previous build intact when the next one has invalid input', async () => {
    const good = await runBuild({
      'schools.csv': schools('2021,S1,,410602,senior,public,,,10,7,,,,,'),
    });
    expect(good.exitCode).toBe(0);
    const before = snapshot(good.out);
    expect(Object.keys(before)).toContain('aggregates.csv');

    const bad = await runBuild(
      { 'schools.csv': schools('2021,S1,,410602,senior,public,,,10,70,,,,,') },
      { out: good.out },
    );
    expect(bad.exitCode).toBe(1);
    expect(bad.log).toHaveLength(1);
    expect(bad.info.at(-1)).toMatch(/nothing was written/);
    expect(snapshot(good.out)).toEqual(before);
    const leftovers = readdirSync(dirname(good.out)).filter((name) => name.startsWith('.'));
    expect(leftovers).toEqual([]);
  });

  it('restores nothing half-written when writing fails midway', async () => {
    const out = join(tempDir(), 'out');
    await replaceFolder(out, async (tmp) => writeFileSync(join(tmp, 'a.txt'), 'first'));
    const before = snapshot(out);
    await expect(
      replaceFolder(out, async (tmp) => {
        writeFileSync(join(tmp, 'a.txt'), 'second');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dirname(out))).toEqual(['out']);
  });

  it('replaces the output folder as a whole', async () => {
    const out = join(tempDir(), 'out');
    await replaceFolder(out, async (tmp) => writeFileSync(join(tmp, 'stale.txt'), 'old'));
    await replaceFolder(out, async (tmp) => writeFileSync(join(tmp, 'fresh.txt'), 'new'));
    expect(existsSync(join(out, 'stale.txt'))).toBe(false);
    expect(readFileSync(join(out, 'fresh.txt'), 'utf8')).toBe('new');
  });
});
