// npm run bench:pipeline [-- --input DIR --rounds N]
// Times build:data on the full demo against DuckDB reading the same file and
// computing the same county sums, alternating in one run, two ways:
// - in process: the build (buildData, from the bundle npm run build:data runs)
//   against DuckDB's read_csv + GROUP BY, each timed from inside its process;
// - the whole command as a user runs it: `npm run build:data` wall time,
//   start-up included, against a whole `node` process running DuckDB.
// Prints medians, rows/s, peak RSS, both ratios and the build's phases.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDemoData } from './demo/generate';
import { REPO_ROOT } from './pipeline/build';

const BUDGET_RATIO = 2;
const BUDGET_RSS_MB = 1536;

const { values } = parseArgs({
  options: { input: { type: 'string' }, rounds: { type: 'string', default: '3' } },
});

function benchInput(): string {
  if (values.input) return values.input;
  const cached = join(REPO_ROOT, '.cache/bench-demo');
  const marker = join(cached, 'SYNTHETIC.md');
  // A demo from before the marker recorded its schools.csv hash would not build.
  if (!existsSync(marker) || !/sha256: [0-9a-f]{64}/.test(readFileSync(marker, 'utf8'))) {
    process.stderr.write('bench: generating the full-scale demo into .cache/bench-demo …\n');
    rmSync(cached, { recursive: true, force: true });
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

interface Run {
  /** Wall time of the whole process, start-up included. */
  wall: number;
  /** The last stdout line (JSON) of the process, when it prints one. */
  json: Record<string, unknown>;
}

function run(command: string, args: string[]): Run {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  }
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  return { wall, json: last.startsWith('{') ? JSON.parse(last) : {} };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const each = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');

const input = benchInput();
const schools = join(input, 'schools.csv');
const rowCount =
  Number(spawnSync('wc', ['-l', schools], { encoding: 'utf8' }).stdout.trim().split(' ')[0]) - 1;
const sizeMB = statSync(schools).size / 1e6;
const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
const out = join(scratch, 'out');
const outOfCommand = join(scratch, 'out-command');
// Bundles the build first if a source changed, so that no round pays for it.
run(process.execPath, ['scripts/compiled.mjs', 'build-data', '--help']);

const duck: Run[] = [];
const ours: Run[] = [];
const command: Run[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  duck.push(run(process.execPath, ['scripts/bench/run-duckdb.mjs', schools]));
  ours.push(run(process.execPath, ['scripts/compiled.mjs', 'bench-run-build', input, out]));
  command.push(
    run('npm', ['run', '--silent', 'build:data', '--', '--input', input, '--out', outOfCommand]),
  );
}
rmSync(scratch, { recursive: true, force: true });

const oursSeconds = ours.map((r) => r.json.seconds as number);
const duckSeconds = duck.map((r) => r.json.seconds as number);
const commandWall = command.map((r) => r.wall);
const duckWall = duck.map((r) => r.wall);
const rss = Math.max(...ours.map((r) => r.json.maxRssMB as number));
const ratio = median(oursSeconds) / median(duckSeconds);
const wholeRatio = median(commandWall) / median(duckWall);
const verdict = (r: number) =>
  `${r.toFixed(2)}×   (budget ≤ ${BUDGET_RATIO}×: ${r <= BUDGET_RATIO ? 'PASS' : 'FAIL'})`;
const line = (k: string, v: string) => process.stdout.write(`${k.padEnd(40)} ${v}\n`);

process.stdout.write(
  `\nbench:pipeline — ${rowCount.toLocaleString('en')} school rows, ${sizeMB.toFixed(0)} MB (${input}), medians of ${ours.length}\n\n`,
);
line('build:data in process', `${median(oursSeconds).toFixed(2)} s   (${each(oursSeconds)})`);
line('rows per second', `${Math.round(rowCount / median(oursSeconds)).toLocaleString('en')}`);
line(
  'peak RSS',
  `${rss.toFixed(0)} MB   (budget ≤ ${BUDGET_RSS_MB} MB: ${rss <= BUDGET_RSS_MB ? 'PASS' : 'FAIL'})`,
);
line(
  'DuckDB read_csv + county sums',
  `${median(duckSeconds).toFixed(2)} s   (${each(duckSeconds)})`,
);
line('ratio in process', verdict(ratio));
// CPU time (every thread, start-up included) tells a busy machine from a slow build.
line(
  'CPU seconds, build:data / DuckDB',
  `${median(ours.map((r) => r.json.cpuSeconds as number)).toFixed(2)} / ${median(duck.map((r) => r.json.cpuSeconds as number)).toFixed(2)} s`,
);
line(
  'npm run build:data, whole command',
  `${median(commandWall).toFixed(2)} s   (${each(commandWall)})`,
);
line(
  'node running DuckDB, whole process',
  `${median(duckWall).toFixed(2)} s   (${each(duckWall)})`,
);
line('ratio whole command', verdict(wholeRatio));
// Phases of the median in-process run.
const middle = ours[oursSeconds.indexOf(median(oursSeconds))];
for (const [phase, seconds] of Object.entries(middle.json.timings as Record<string, number>))
  line(`  phase: ${phase}`, `${seconds.toFixed(2)} s`);
process.stdout.write('\n');
