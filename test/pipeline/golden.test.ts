// Golden test: a small committed input folder → the expected output folder,
// compared byte for byte (build time and code version normalised).
// After a reviewed change: UPDATE_GOLDEN=1 npx vitest run test/pipeline/golden.test.ts

import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/pipeline/build';
import { tempDir } from './helpers';

const GOLDEN = join(import.meta.dirname, '../fixtures/pipeline/golden');
const NORMALISED_VERSION = '0.0.0+golden';

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out;
}

/** Replaces what legitimately differs between runs: the code version. */
function normalise(path: string, text: string): string {
  if (!path.endsWith('index.json') && !path.endsWith('manifest.json')) return text;
  return text.replace(/"codeVersion":\s*"[^"]*"/g, `"codeVersion": "${NORMALISED_VERSION}"`);
}

let out = '';
const epoch = process.env.SOURCE_DATE_EPOCH;

beforeAll(async () => {
  process.env.SOURCE_DATE_EPOCH = '1700000000';
  out = join(tempDir(), 'out');
  const result = await buildData({
    input: join(GOLDEN, 'input'),
    out,
    skipInvalid: false,
    projectReported: null,
    log: (line) => {
      throw new Error(`unexpected problem: ${line}`);
    },
    info: () => undefined,
  });
  expect(result.exitCode).toBe(0);
  if (process.env.UPDATE_GOLDEN) {
    rmSync(join(GOLDEN, 'expected'), { recursive: true, force: true });
    mkdirSync(join(GOLDEN, 'expected'), { recursive: true });
    cpSync(out, join(GOLDEN, 'expected'), { recursive: true });
    for (const file of listFiles(join(GOLDEN, 'expected'))) {
      const path = join(GOLDEN, 'expected', file);
      writeFileSync(path, normalise(file, readFileSync(path, 'utf8')));
    }
  }
});

afterAll(() => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
});

describe('golden build', () => {
  it('writes exactly the expected files', () => {
    expect(existsSync(join(GOLDEN, 'expected'))).toBe(true);
    expect(listFiles(out)).toEqual(listFiles(join(GOLDEN, 'expected')));
  });

  it('matches every expected file byte for byte', () => {
    for (const file of listFiles(join(GOLDEN, 'expected'))) {
      const actual = normalise(file, readFileSync(join(out, file), 'utf8'));
      const expected = readFileSync(join(GOLDEN, 'expected', file), 'utf8');
      expect(actual, file).toBe(expected);
    }
  });

  it('agrees with hand-worked figures for 鹤壁 (410600) in 2021', () => {
    const text = readFileSync(join(out, 'aggregates.csv'), 'utf8');
    // Inclusive: 鹤山 151+60 of 251 (K3 not inclusive), 山城 210/210, 淇滨 300 (K2 private, inclusive
    // unknown → left out), 浚县 public with unknown children → left out: 721 / 761.
    expect(text).toContain(
      'prefecture,410600,鹤壁市,410000,2021,inclusive_kindergarten_coverage,721,761,',
    );
    // Gross: 浚县 has a kindergarten without a child count → left out; 410622 has no kindergartens.
    // 鹤山 251 + 山城 210 + 淇滨 390 = 851 over 260 + 200 + 420 = 880.
    expect(text).toContain(
      `prefecture,410600,鹤壁市,410000,2021,preschool_gross_enrollment,851,880,${851 / 880},incomplete`,
    );
    expect(text).toContain(
      'county,410603,山城区,410600,2021,preschool_gross_enrollment,210,200,1.05,over_100',
    );
  });
});
