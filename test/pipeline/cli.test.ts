// The command line: exit codes and messages, never a stack trace.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schools, tempDir, writeInputs } from './helpers';

const ROOT = join(import.meta.dirname, '../..');

function buildData(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/build-data.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    },
  );
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe('npm run build:data', () => {
  it('exits 2 on wrong usage', () => {
    const result = buildData('--frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run build:data/);
    expect(buildData('--input', '/nonexistent/folder').status).toBe(2);
  });

  it('exits 1 on invalid input with file:line:column messages and no stack trace', () => {
    const input = tempDir();
    const out = join(tempDir(), 'out');
    writeInputs(input, { 'schools.csv': schools('2021,S1,,410602,senior,public,,,ten,7,,,,,') });
    const result = buildData('--input', input, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^schools\.csv:2:classes: classes "ten" is not a count/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // stderr carries only problems, one per line, FILE:LINE:COLUMN form
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/nothing was written/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 0 and writes the output folder', () => {
    const input = tempDir();
    const out = join(tempDir(), 'out');
    writeInputs(input, { 'schools.csv': schools('2021,S1,,410602,senior,public,,,10,7,,,,,') });
    const result = buildData('--input', input, '--out', out);
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'aggregates.csv'))).toBe(true);
    expect(existsSync(join(out, 'v1/index.json'))).toBe(true);
  });
});
