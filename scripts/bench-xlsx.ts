// npm run bench:xlsx [-- --rows N --rounds N]
// Writes the same N synthetic school rows (default 100,000, from the demo
// generator) as schools.csv and as schools.xlsx (numbers stored as numbers,
// text as shared strings, as Excel saves them), times build:data on each in
// its own process, and prints seconds, CPU time and peak RSS. Budget: ≤ 10 s for
// 100,000 rows from .xlsx. Both builds must give byte-identical aggregates.csv.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDemoData } from './demo/generate';
import { REPO_ROOT } from './pipeline/build';
import { CsvScanner } from '../src/pipeline/csv-scan';
import { CellDecoder } from '../src/pipeline/encoding';
import { markerHashLine, SYNTHETIC_MARKER } from './pipeline/synthetic-marker';
import { writeWorkbookRows } from './bench/workbook';

const BUDGET_SECONDS = 10;
/** The demo has about 5 million rows at scale 1. */
const ROWS_PER_SCALE = 4_500_000;

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '2' },
  },
});
const wanted = Number(values.rows);

/** Header and the first `wanted` data rows of a CSV file, as cells. */
function readRows(path: string, limit: number): string[][] {
  const decoder = new CellDecoder('utf-8');
  const rows: string[][] = [];
  const scanner = new CsvScanner((record) => {
    if (rows.length <= limit)
      rows.push(Array.from({ length: record.count }, (_, i) => decoder.original(record, i)));
  });
  scanner.push(readFileSync(path));
  scanner.end();
  return rows;
}

function csvText(rows: string[][]): string {
  const quote = (cell: string) =>
    /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  return rows.map((cells) => cells.map(quote).join(',')).join('\n') + '\n';
}

type Run = Record<string, number>;

/** One timed build in its own process, from the bundled build (peak RSS is the build's alone). */
function runBuild(input: string, out: string): Run {
  const result = spawnSync(
    process.execPath,
    ['scripts/compiled.mjs', 'bench-run-build', input, out],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  const json = JSON.parse(result.stdout.trim().split('\n').at(-1) || '{}') as Run;
  if (result.status !== 0 || json.exitCode !== 0)
    throw new Error(`build:data on ${input} failed:\n${result.stderr}`);
  return json;
}

/** Wall seconds of `npm run build:data` as a user runs it (start-up included). */
function runCommand(input: string, out: string): number {
  const started = performance.now();
  const result = spawnSync(
    'npm',
    ['run', '--silent', 'build:data', '--', '--input', input, '--out', out],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`npm run build:data failed:\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fixed = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');
const line = (k: string, v: string) => process.stdout.write(`${k.padEnd(36)} ${v}\n`);

/** The same rows as schools.csv + population.csv in one folder and as .xlsx in another. */
async function writeInputs(
  work: string,
): Promise<{ csvDir: string; xlsxDir: string; rows: number }> {
  process.stderr.write(`bench:xlsx: generating synthetic demo rows into ${work} …\n`);
  const demo = join(work, 'demo');
  generateDemoData({
    scale: Math.min(1, (wanted * 1.2) / ROWS_PER_SCALE),
    seed: 1,
    out: demo,
    sourceDateEpoch: '0',
    onYear: () => undefined,
  });
  const schools = readRows(join(demo, 'schools.csv'), wanted);
  const population = readRows(join(demo, 'population.csv'), Infinity);
  if (schools.length - 1 < wanted) throw new Error(`the demo gave only ${schools.length - 1} rows`);
  const csvDir = join(work, 'csv');
  const xlsxDir = join(work, 'xlsx');
  mkdirSync(csvDir);
  mkdirSync(xlsxDir);
  writeFileSync(join(csvDir, 'schools.csv'), csvText(schools));
  writeFileSync(join(csvDir, 'population.csv'), csvText(population));
  await writeWorkbookRows(join(xlsxDir, 'schools.xlsx'), schools);
  await writeWorkbookRows(join(xlsxDir, 'population.xlsx'), population);
  // Labelled synthetic, with the hash of the schools file the marker describes.
  for (const [dir, file] of [
    [csvDir, 'schools.csv'],
    [xlsxDir, 'schools.xlsx'],
  ]) {
    const sha256 = createHash('sha256')
      .update(readFileSync(join(dir, file)))
      .digest('hex');
    writeFileSync(
      join(dir, SYNTHETIC_MARKER),
      `Synthetic rows from the demo generator, written by bench:xlsx.\n\n${markerHashLine(sha256)}\n`,
    );
  }
  return { csvDir, xlsxDir, rows: schools.length - 1 };
}

const work = mkdtempSync(join(tmpdir(), 'bench-xlsx-'));
try {
  const { csvDir, xlsxDir, rows } = await writeInputs(work);
  // Bundles the build first if a source changed, outside the timings.
  spawnSync(process.execPath, ['scripts/compiled.mjs', 'build-data', '--help'], { cwd: REPO_ROOT });
  const csvRuns: Run[] = [];
  const xlsxRuns: Run[] = [];
  const commandSeconds: number[] = [];
  const csvCommandSeconds: number[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    csvRuns.push(runBuild(csvDir, join(work, 'out-csv')));
    xlsxRuns.push(runBuild(xlsxDir, join(work, 'out-xlsx')));
    commandSeconds.push(runCommand(xlsxDir, join(work, 'out-command')));
    csvCommandSeconds.push(runCommand(csvDir, join(work, 'out-command')));
  }
  const identical = readFileSync(join(work, 'out-csv/aggregates.csv')).equals(
    readFileSync(join(work, 'out-xlsx/aggregates.csv')),
  );

  const budget = (BUDGET_SECONDS * rows) / 100_000;
  const command = median(commandSeconds);
  const mb = (path: string) => `${(statSync(path).size / 1e6).toFixed(1)} MB`;
  process.stdout.write(
    `\nbench:xlsx — ${rows.toLocaleString('en')} synthetic school rows: schools.xlsx ${mb(join(xlsxDir, 'schools.xlsx'))}, the same rows as schools.csv ${mb(join(csvDir, 'schools.csv'))}\n\n`,
  );
  line(
    'npm run build:data on .xlsx (median)',
    `${command.toFixed(2)} s   (${fixed(commandSeconds)}; budget ≤ ${budget.toFixed(0)} s: ${command <= budget ? 'PASS' : 'FAIL'})`,
  );
  line(
    'npm run build:data on .csv (median)',
    `${median(csvCommandSeconds).toFixed(2)} s   (${fixed(csvCommandSeconds)})`,
  );
  for (const [label, runs] of [
    ['.xlsx', xlsxRuns],
    ['.csv', csvRuns],
  ] as const) {
    const seconds = runs.map((r) => r.seconds);
    line(
      `build:data on ${label} (median)`,
      `${median(seconds).toFixed(2)} s   (${fixed(seconds)})`,
    );
    line(
      '  CPU time, all threads (median)',
      `${median(runs.map((r) => r.cpuSeconds)).toFixed(2)} s`,
    );
    line('  peak RSS', `${Math.max(...runs.map((r) => r.maxRssMB)).toFixed(0)} MB`);
  }
  line('aggregates.csv identical', identical ? 'yes' : 'NO');
  const phases = (runs: Run[]) => runs.at(-1)!.timings as unknown as Record<string, number>;
  const csvPhases = Object.values(phases(csvRuns));
  Object.entries(phases(xlsxRuns)).forEach(([phase, seconds], i) =>
    line(
      `  phase: ${phase.replace('.xlsx', '')}`,
      `${seconds.toFixed(2)} s .xlsx   ${csvPhases[i]?.toFixed(2) ?? '–'} s .csv`,
    ),
  );
  process.stdout.write('\n');
  if (!identical) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
