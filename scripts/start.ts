// npm start: build the data, build the site a reader gets (vite build and the
// static embed images, into dist/), and serve it with the headers of
// public/_headers. Your returns in data/raw/ are used when that folder holds a
// schools file; otherwise the synthetic demo in data/demo/ (generated on first
// use). It says which. `npm run dev` is the developer's server.
// Options: --scale N (demo size, default 1 = national scale), --port P, --no-serve.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { serveSite, type RunningServer } from './embeds/serve';
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

/** One step of the site build as its own node process; false (and its output shown) when it fails. */
function runStep(label: string, args: string[], log: (line: string) => void): boolean {
  log(`start: ${label} …`);
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    log(`start: ${label} failed (exit ${run.status ?? run.signal})`);
    return false;
  }
  log(`start: ${label} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

/** The production site in dist/ (what `npm run build` makes, without its type check). */
export function buildSite(log: (line: string) => void): boolean {
  const require = createRequire(import.meta.url);
  const vite = join(require.resolve('vite/package.json'), '../bin/vite.js');
  return runStep('building the site (vite build)', [vite, 'build', '--logLevel', 'error'], log);
}

/**
 * The static embed images (PNG/SVG pages for newsletters and link previews),
 * drawn in the background once the site is served: they take a minute or two
 * at national scale, and only the share dialog's image code needs them.
 */
function drawStaticImages(log: (line: string) => void): void {
  const args = [
    '--import',
    'tsx',
    'scripts/build-embeds.ts',
    '--data',
    'public/data',
    '--out',
    'dist',
  ];
  log('start: drawing the static embed images in the background …');
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let summary = '';
  child.stdout.on(
    'data',
    (chunk: Buffer) => (summary = chunk.toString().trim().split('\n').at(-1) ?? ''),
  );
  child.on('exit', (code) =>
    log(
      code === 0
        ? `start: static images ready (${summary})`
        : `start: static images failed (exit ${code})`,
    ),
  );
}

/** Serves dist/ on the first free port from `port` on. */
async function serveDist(port: number): Promise<RunningServer> {
  const options = {
    dist: join(REPO_ROOT, 'dist'),
    headersFile: join(REPO_ROOT, 'public/_headers'),
  };
  for (let p = port; ; p++) {
    try {
      return await serveSite({ ...options, port: p });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || p >= port + 20) throw error;
    }
  }
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
  if (!buildSite(log)) process.exit(1);
  const site = await serveDist(Number(values.port));
  process.stdout.write(
    `\n  教育地图 Education Atlas is running at ${site.origin}/\n  (the built site in dist/, as a reader gets it; npm run dev for the developer's server; Ctrl+C to stop)\n\n`,
  );
  drawStaticImages(log);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
