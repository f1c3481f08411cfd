// The demo data generator: profiles → rosters → yearly plans → CSV files,
// written into a temporary sibling folder and renamed into place.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isRunning } from '../pipeline/atomic';
import { buildCountyProfiles, type CountyProfile } from './county';
import { ChunkedFileWriter } from './csv';
import { syntheticNote } from './note';
import { planYear, type YearPlan } from './plan';
import { loadReferenceCounties } from './reference';
import { buildCountyRoster, type CountyRoster } from './roster';
import { POPULATION_HEADER, SCHOOLS_HEADER, populationRows, writeCountyYear } from './rows';
import { YEARS } from './series';

export interface DemoOptions {
  scale: number;
  seed: number;
  out: string;
  sourceDateEpoch?: string;
  onYear?: (progress: YearProgress) => void;
}

export interface YearProgress {
  year: number;
  done: number;
  total: number;
  rows: number;
}

export interface DemoSummary {
  out: string;
  schoolRows: number;
  populationRows: number;
  schoolBytes: number;
  populationBytes: number;
  seconds: number;
}

export const OUTPUT_FILES = ['population.csv', 'schools.csv', 'SYNTHETIC.md'] as const;

export interface DemoModel {
  profiles: CountyProfile[];
  rosters: CountyRoster[];
  plans: YearPlan[];
}

export function buildDemoModel(seed: number, scale: number): DemoModel {
  const profiles = buildCountyProfiles(seed, loadReferenceCounties());
  const rosters = profiles.map((profile) => buildCountyRoster(seed, profile, scale));
  const plans = YEARS.map((year) => planYear(profiles, rosters, year));
  return { profiles, rosters, plans };
}

function writePopulation(path: string, model: DemoModel): { rows: number; bytes: number } {
  const writer = new ChunkedFileWriter(path);
  writer.write(POPULATION_HEADER);
  for (const plan of model.plans) writer.write(populationRows(model.profiles, plan));
  writer.close();
  return { rows: model.plans.length * model.profiles.length, bytes: writer.bytes };
}

function writeSchools(
  path: string,
  model: DemoModel,
  options: DemoOptions,
): { rows: number; bytes: number } {
  const writer = new ChunkedFileWriter(path);
  writer.write(SCHOOLS_HEADER);
  let rows = 0;
  model.plans.forEach((plan, done) => {
    let yearRows = 0;
    for (const profile of model.profiles) {
      yearRows += writeCountyYear(
        writer,
        options.seed,
        profile,
        model.rosters[profile.index],
        plan,
      );
    }
    rows += yearRows;
    options.onYear?.({
      year: plan.year,
      done: done + 1,
      total: model.plans.length,
      rows: yearRows,
    });
  });
  writer.close();
  return { rows, bytes: writer.bytes };
}

/** Moves the finished files over the old ones; each rename is atomic. */
function moveIntoPlace(temp: string, out: string): void {
  mkdirSync(out, { recursive: true });
  for (const file of OUTPUT_FILES) renameSync(join(temp, file), join(out, file));
}

function tempPrefix(out: string): string {
  return `.${basename(out)}.demo-tmp-`;
}

/** Removes temporary folders left by interrupted runs (their process is gone). */
export function removeStaleTempFolders(out: string): void {
  const prefix = tempPrefix(out);
  for (const name of readdirSync(dirname(out))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && (pid === process.pid || !isRunning(pid))) {
      rmSync(join(dirname(out), name), { recursive: true, force: true });
    }
  }
}

function sha256OfFileSync(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(8 << 20);
    let n;
    while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The generator writes only into its own folders: never over a user's returns. */
export function assertDemoFolder(out: string): void {
  const userFiles = ['schools.csv', 'schools.csv.gz', 'schools.xlsx'].filter((f) =>
    existsSync(join(out, f)),
  );
  if (userFiles.length > 0 && !existsSync(join(out, 'SYNTHETIC.md'))) {
    throw new DemoFolderError(
      `${out} holds ${userFiles.join(' and ')} without SYNTHETIC.md: it looks like real returns, which the demo would overwrite; pass --out with a folder of its own (the default is data/demo)`,
    );
  }
}

/** Refusal to write into a folder of real returns (exit 2). */
export class DemoFolderError extends Error {}

export function generateDemoData(options: DemoOptions): DemoSummary {
  const started = performance.now();
  const out = resolve(options.out);
  assertDemoFolder(out);
  mkdirSync(dirname(out), { recursive: true });
  removeStaleTempFolders(out);
  const temp = join(dirname(out), `${tempPrefix(out)}${process.pid}`);
  mkdirSync(temp);
  try {
    const model = buildDemoModel(options.seed, options.scale);
    const population = writePopulation(join(temp, 'population.csv'), model);
    const schools = writeSchools(join(temp, 'schools.csv'), model, options);
    writeFileSync(
      join(temp, 'SYNTHETIC.md'),
      syntheticNote(
        options.seed,
        options.scale,
        options.sourceDateEpoch,
        sha256OfFileSync(join(temp, 'schools.csv')),
      ),
    );
    moveIntoPlace(temp, out);
    return {
      out,
      schoolRows: schools.rows,
      populationRows: population.rows,
      schoolBytes: schools.bytes,
      populationBytes: population.bytes,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
