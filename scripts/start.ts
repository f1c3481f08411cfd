// npm start: make the demo data if data/raw has none, build the data, serve the atlas.
// Options: --scale N (demo size, default 1 = national scale), --port P, --no-serve.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { generateDemoData } from './demo/generate';
import { createProgressReporter, summaryLine } from './demo/progress';
import { buildData, defaultBuildOptions, REPO_ROOT } from './pipeline/build';
import { progressBar } from './progress';

const RAW = join(REPO_ROOT, 'data/raw');

function hasSchools(dir: string): boolean {
  return existsSync(join(dir, 'schools.csv')) || existsSync(join(dir, 'schools.csv.gz'));
}

export interface PrepareOptions {
  scale: number;
  raw?: string;
  out?: string;
  log: (line: string) => void;
}

/** The data step of `npm start`: demo data when the input folder is empty, then the build. */
export async function prepareData({
  scale,
  raw = RAW,
  out = join(REPO_ROOT, 'public/data'),
  log,
}: PrepareOptions): Promise<number> {
  if (!hasSchools(raw)) {
    log(`start: ${raw} has no schools.csv; generating the synthetic demo (scale ${scale}) …`);
    const summary = generateDemoData({
      scale,
      seed: 1,
      out: raw,
      sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
      onYear: createProgressReporter(process.stderr),
    });
    log(summaryLine(summary));
  } else {
    log(`start: using the data in ${raw} (delete it to regenerate the demo)`);
  }
  const options = defaultBuildOptions();
  options.input = raw;
  options.out = out;
  options.log = log;
  options.progress = progressBar();
  const started = performance.now();
  const result = await buildData(options);
  if (result.exitCode === 0) {
    log(
      `start: built ${result.rows.length} aggregate rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
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
  const code = await prepareData({ scale: Number(values.scale), log });
  if (code !== 0) process.exit(code);
  if (values['no-serve']) return;
  const server = await createServer({
    root: REPO_ROOT,
    server: { port: Number(values.port), host: '127.0.0.1' },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${values.port}/`;
  process.stdout.write(`\n  教育地图 Education Atlas is running at ${url}\n  (Ctrl+C to stop)\n\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
