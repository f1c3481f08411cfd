// One prefecture's returns, as a bureau would bring them: the synthetic demo
// cut to the county codes of one prefecture (鹤壁市 4106xx by default), still
// labelled synthetic (its SYNTHETIC.md is rewritten for the cut file), then
// built with build:data. Shared by the scope e2e test and the README picture.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function tsx(script: string, args: string[]): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Keeps the header and the lines whose county_code starts with `prefix`. */
export function keepCounties(csv: string, prefix: string): string {
  const [header, ...lines] = csv.split('\n');
  const column = header.split(',').indexOf('county_code');
  if (column < 0) throw new Error('no county_code column');
  const kept = lines.filter((line) => line.split(',')[column]?.startsWith(prefix));
  return `${[header, ...kept].join('\n')}\n`;
}

/** Demo data cut to one prefecture, built into `work/data`; returns that folder. */
export function buildPrefectureData(
  work: string,
  options: { prefix?: string; scale?: number; buildArgs?: string[] } = {},
): string {
  const prefix = options.prefix ?? '4106';
  const raw = join(work, 'raw');
  const data = join(work, 'data');
  tsx('scripts/demo-data.ts', ['--scale', String(options.scale ?? 0.02), '--out', raw]);
  for (const name of ['schools.csv', 'population.csv']) {
    const path = join(raw, name);
    writeFileSync(path, keepCounties(readFileSync(path, 'utf8'), prefix));
  }
  // The cut file is still synthetic: the marker records its new hash.
  const marker = join(raw, 'SYNTHETIC.md');
  if (existsSync(marker)) {
    const sha = createHash('sha256')
      .update(readFileSync(join(raw, 'schools.csv')))
      .digest('hex');
    writeFileSync(
      marker,
      readFileSync(marker, 'utf8').replace(/(schools\.csv sha256: )[0-9a-f]{64}/, `$1${sha}`),
    );
  }
  tsx('scripts/build-data.ts', ['--input', raw, '--out', data, ...(options.buildArgs ?? [])]);
  return data;
}
