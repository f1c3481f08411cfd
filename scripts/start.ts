// npm start: make the demo data if data/raw has none, build the data, serve the atlas.
// Options: --scale N (demo size, default 1 = national scale), --port P, --no-serve.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { generateDemoData } from './demo/generate';
import { createProgressReporter, summaryLine } from './demo/progress';
import { buildData, defaultBuildOptions, REPO_ROOT } from './pipeline/build';
import { progressBar } from './progress';

const RAW = join(REPO_ROOT, 'data/raw');

function hasSchools(dir: string): boolean {
  return existsSync(join(dir, 'schools.csv')) || existsSync(join(dir, 'schools.csv.gz'));
}

export async function prepareData(scale: number, log: (line: string) => void): Promise<number> {
  if (!hasSchools(RAW)) {
    log(`start: data/raw has no schools.csv; generating the synthetic demo (scale ${scale}) …`);
    const summary = generateDemoData({
      scale,
      seed: 1,
      out: RAW,
      sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
      onYear: createProgressReporter(process.stderr),
    });
    log(summaryLine(summary));
  } else {
    log('start: using the data in data/raw (delete data/raw to regenerate the demo)');
  }
  const options = defaultBuildOptions();
  options.input = RAW;
  options.out = join(REPO_ROOT, 'public/data');
  options.progress = progressBar();
  const started = performance.now();
  const result = await buildData(options);
  if (result.exitCode === 0) {
    log(`start: built ${result.rows.length} aggregate rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return result.exitCode;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      port: { type: 'string', default: '5173' },
      'no-serve': { type: 'boolean', default: false },
    },
  });
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const code = await prepareData(Number(values.scale), log);
  if (code !== 0) process.exit(code);
  if (values['no-serve']) return;
  const server = await createServer({ root: REPO_ROOT, server: { port: Number(values.port), host: '127.0.0.1' } });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${values.port}/`;
  process.stdout.write(`\n  教育地图 Education Atlas is running at ${url}\n  (Ctrl+C to stop)\n\n`);
}

await main();
