// A small deterministic published data set for the embed tests (demo
// generator at 2 % scale, then the real data build), ~10 s.

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** 2026-01-01: the build date printed on the figures. */
export const EPOCH = '1767225600';

export function buildTestData(): string {
  // A folder built the same way beforehand (EDU_TEST_DATA=…/data) saves ~10 s per suite.
  if (process.env.EDU_TEST_DATA) return process.env.EDU_TEST_DATA;
  const dir = mkdtempSync(join(tmpdir(), 'edu-embed-data-'));
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const env = { ...process.env, SOURCE_DATE_EPOCH: EPOCH };
  const run = (script: string, args: string[]) =>
    execFileSync(tsx, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env, stdio: 'pipe' });
  run('demo-data.ts', ['--scale', '0.02', '--out', join(dir, 'raw')]);
  run('build-data.ts', ['--input', join(dir, 'raw'), '--out', join(dir, 'data')]);
  return join(dir, 'data');
}

export function buildEmbeds(data: string, out: string, extra: string[] = []): string {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  return execFileSync(
    tsx,
    [join(ROOT, 'scripts/build-embeds.ts'), '--data', data, '--out', out, ...extra],
    { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' },
  );
}
