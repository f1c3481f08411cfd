// npm run bench:pipeline [-- --input DIR --rounds N]
// Times build:data end to end on the full demo against DuckDB reading the same
// file and computing the same county sums, alternating in one run, and prints
// rows/s, seconds, peak RSS, the baseline and the ratio.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDemoData } from './demo/generate';
import { REPO_ROOT } from './pipeline/build';

const BUDGET_RATIO = 3;
const BUDGET_RSS_MB = 1536;

const { values } = parseArgs({
  options: { input: { type: 'string' }, rounds: { type: 'string', default: '2' } },
});

function benchInput(): string {
  if (values.input) return values.input;
  const cached = join(REPO_ROOT, '.cache/bench-demo');
  if (!existsSync(join(cached, 'schools.csv'))) {
    process.stderr.write('bench: generating the full-scale demo into .cache/bench-demo …\n');
    generateDemoData({
      scale: 1,
      seed: 1,
      out: cached,
      sourceDateEpoch: '0',
      onYear: () => undefined,
    });
  }
  return cached;
}

function runJson(args: string[]): Record<string, unknown> {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const input = benchInput();
const schools = join(input, 'schools.csv');
const rowCount =
  Number(spawnSync('wc', ['-l', schools], { encoding: 'utf8' }).stdout.trim().split(' ')[0]) - 1;
const sizeMB = statSync(schools).size / 1e6;
const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'out');
const ours: Record<string, unknown>[] = [];
const duck: Record<string, unknown>[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  duck.push(runJson(['scripts/bench/run-duckdb.ts', schools]));
  ours.push(runJson(['scripts/bench/run-build.ts', input, out]));
}
rmSync(out, { recursive: true, force: true });

const oursSeconds = median(ours.map((r) => r.seconds as number));
const duckSeconds = median(duck.map((r) => r.seconds as number));
const rss = Math.max(...ours.map((r) => r.maxRssMB as number));
const ratio = oursSeconds / duckSeconds;
const line = (k: string, v: string) => process.stdout.write(`${k.padEnd(34)} ${v}\n`);
process.stdout.write(
  `\nbench:pipeline — ${rowCount.toLocaleString('en')} school rows, ${sizeMB.toFixed(0)} MB (${input})\n\n`,
);
line(
  'build:data end to end (median)',
  `${oursSeconds.toFixed(2)} s   (${ours.map((r) => (r.seconds as number).toFixed(2)).join(', ')})`,
);
line('rows per second', `${Math.round(rowCount / oursSeconds).toLocaleString('en')}`);
line(
  'peak RSS',
  `${rss.toFixed(0)} MB   (budget ≤ ${BUDGET_RSS_MB} MB: ${rss <= BUDGET_RSS_MB ? 'PASS' : 'FAIL'})`,
);
line(
  'DuckDB read_csv + county sums',
  `${duckSeconds.toFixed(2)} s   (${duck.map((r) => (r.seconds as number).toFixed(2)).join(', ')})`,
);
line(
  'ratio build:data / DuckDB',
  `${ratio.toFixed(2)}×   (budget ≤ ${BUDGET_RATIO}×: ${ratio <= BUDGET_RATIO ? 'PASS' : 'FAIL'})`,
);
const phases = ours.at(-1)!.timings as Record<string, number>;
for (const [phase, seconds] of Object.entries(phases))
  line(`  phase: ${phase}`, `${seconds.toFixed(2)} s`);
process.stdout.write('\n');
