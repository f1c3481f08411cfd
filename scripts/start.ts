// npm start: build the data and serve the atlas. Your returns in data/raw/
// are used when that folder holds a schools file; otherwise the synthetic
// demo in data/demo/ (generated on first use). It says which.
// Options: --scale N (demo size, default 1 = national scale), --port P, --no-serve.

import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { generateDemoData } from './demo/generate';
import { createProgressReporter, summaryLine } from './demo/progress';
import { buildData, defaultBuildOptions, REPO_ROOT } from './pipeline/build';
import { readSyntheticMarker } from './pipeline/synthetic-marker';
import { progressBar } from './progress';

const RAW = join(REPO_ROOT, 'data/raw');
const DEMO = join(REPO_ROOT, 'data/demo');
const SCHOOL_FILES = ['schools.csv', 'schools.csv.gz', 'schools.xlsx'];

function hasSchools(dir: string): boolean {
  return SCHOOL_FILES.some((file) => existsSync(join(dir, file)));
}

/** A demo folder that the generator made and nobody has changed since (its marker records a hash). */
function hasDemo(dir: string): boolean {
  return hasSchools(dir) && readSyntheticMarker(dir)?.schoolsSha256 != null;
}

export interface PrepareOptions {
  scale: number;
  raw?: string;
  demo?: string;
  out?: string;
  log: (line: string) => void;
}

const shown = (dir: string) => relative(process.cwd(), dir) || '.';

/** Which folder to build: the user's returns when there are any, else the demo (made if needed). */
function chooseInput({ scale, raw = RAW, demo = DEMO, log }: PrepareOptions): string {
  if (hasSchools(raw)) {
    log(`start: using the returns in ${shown(raw)}`);
    return raw;
  }
  if (hasDemo(demo)) {
    log(
      `start: ${shown(raw)} holds no schools file; using the synthetic demo in ${shown(demo)} (put your own schools.csv in ${shown(raw)} to use it instead)`,
    );
    return demo;
  }
  log(
    `start: ${shown(raw)} holds no schools file; generating the synthetic demo (scale ${scale}) in ${shown(demo)} …`,
  );
  const summary = generateDemoData({
    scale,
    seed: 1,
    out: demo,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
    onYear: createProgressReporter(process.stderr),
  });
  log(summaryLine(summary));
  return demo;
}

/** The data step of `npm start`: choose the input, then build it. */
export async function prepareData(options: PrepareOptions): Promise<number> {
  const { out = join(REPO_ROOT, 'public/data'), log } = options;
  const build = defaultBuildOptions();
  build.input = chooseInput(options);
  build.out = out;
  build.log = log;
  build.progress = progressBar();
  const started = performance.now();
  const result = await buildData(build);
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
