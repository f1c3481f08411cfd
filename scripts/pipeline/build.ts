// The data build's command-line host: checks the folders, finds the inputs
// on disk, reads them (on reader threads when large) through the core
// (core.ts), and swaps the published files into the output folder
// atomically. Returns an exit code; never throws for bad input.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AtlasIndex } from '../../src/contract/published';
import type { AggregateRow } from '../../src/pipeline/aggregate';
import { replaceFolder } from './atomic';
import { buildTimestamp, runBuild, type CoreSource } from '../../src/pipeline/core';
import { codeVersion } from './code-version';
import { findDuplicates } from './duplicate-search';
import { InputError, UsageError } from '../../src/pipeline/errors';
import { findInput, streamCsv, type FoundInput } from './input';
import { checkOutputFolder } from './output-folder';
import { FolderSink } from './output-sink';
import { unitColumns } from '../../src/pipeline/outputs';
import { parallelThreshold, readSchoolsInParallel, ReaderThreads } from './parallel-schools';
import { loadReferenceList } from './reference';
import { checkRejectedPath, RejectedFile } from './rejected';
import { SchoolsReader } from '../../src/pipeline/schools';
import { cachedSearchKeys } from './search-keys-cache';
import { parseSiteSettings, SITE_FILE, type SiteSettings } from '../../src/pipeline/site';
import { readSyntheticMarker, syntheticMarkerMismatch } from './synthetic-marker';
import { TableWriterThread } from './table-writer';
import { streamXlsx } from './xlsx';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export { SYNTHETIC_MARKER } from './synthetic-marker';

export interface BuildOptions {
  input: string;
  out: string;
  skipInvalid: boolean;
  /** Where --skip-invalid writes rejected rows; default rejected.csv in the input folder. */
  rejected?: string;
  /** The project's committed reported figures; null to leave them out (tests). */
  projectReported: string | null;
  /** Where problems go (stderr by default): only `FILE:LINE:COLUMN: message` lines. */
  log: (line: string) => void;
  /** Where other messages go (stdout by default). */
  info?: (line: string) => void;
  /** Called with a step name and a fraction done, for progress bars. */
  progress?: (step: string, done: number) => void;
  /** Filled with seconds per phase when given (benchmarks). */
  timings?: Record<string, number>;
  /** Site identity from the command line; wins over site.json. */
  site?: SiteSettings;
}

export interface BuildResult {
  exitCode: 0 | 1 | 2;
  rows: AggregateRow[];
}

export function defaultBuildOptions(): BuildOptions {
  return {
    input: 'data/raw',
    out: 'public/data',
    skipInvalid: false,
    projectReported: join(REPO_ROOT, 'data/reported.csv'),
    log: (line) => process.stderr.write(`${line}\n`),
    info: (line) => process.stdout.write(`${line}\n`),
  };
}

/** `site.json` in the input folder, or nothing. */
function readSiteFile(inputDir: string): SiteSettings | null {
  const path = join(inputDir, SITE_FILE);
  if (!existsSync(path)) return null;
  return parseSiteSettings(SITE_FILE, readFileSync(path, 'utf8'));
}

function buildTime(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return buildTimestamp(date);
}

/** How the CLI reads one input: a plain schools.csv on reader threads, a workbook by position, else a stream. */
function diskSource(
  role: CoreSource['role'],
  input: FoundInput,
  synthetic: boolean,
  threads: () => ReaderThreads | null,
): CoreSource {
  return {
    role,
    file: input.file,
    gzip: input.gzip,
    synthetic,
    async read(consumer, ctx, onProgress) {
      if (input.xlsx) return streamXlsx(input, consumer, onProgress);
      const parallel =
        consumer instanceof SchoolsReader && !consumer.isSecondPass
          ? await readSchoolsInParallel(
              input,
              ctx,
              consumer.state,
              consumer,
              onProgress,
              threads() ?? undefined,
            )
          : null;
      return parallel ?? streamCsv(input, consumer, onProgress);
    },
  };
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const { log } = options;
  const info = options.info ?? (() => undefined);
  const fail = (code: 1 | 2): BuildResult => ({ exitCode: code, rows: [] });
  let tableWriter: TableWriterThread | null = null;
  let readerThreads: ReaderThreads | null = null;
  let rejectedFile: RejectedFile | null = null;
  let built = false;
  try {
    if (!existsSync(options.input) || !statSync(options.input).isDirectory()) {
      throw new UsageError(`input folder ${options.input} does not exist (pass --input DIR)`);
    }
    const outFolder = checkOutputFolder({
      out: options.out,
      input: options.input,
      repoRoot: REPO_ROOT,
    });
    if (options.skipInvalid) {
      rejectedFile = new RejectedFile(
        resolve(options.rejected ?? join(options.input, 'rejected.csv')),
      );
      checkRejectedPath(rejectedFile.destination, outFolder);
    }
    const fileErrors: string[] = [];
    const find = (base: string): FoundInput | null => {
      try {
        return findInput(options.input, base, { xlsx: base !== 'reported' });
      } catch (error) {
        if (error instanceof InputError) fileErrors.push(error.message);
        else throw error;
        return null;
      }
    };
    const schoolsInput = find('schools');
    // A large build reads a plain schools.csv on two threads and writes its CSV
    // tables on a third: started first, so that they load while this one does.
    if (schoolsInput && statSync(schoolsInput.path).size >= parallelThreshold()) {
      if (!schoolsInput.gzip && !schoolsInput.xlsx) readerThreads = new ReaderThreads();
      tableWriter = new TableWriterThread();
    }
    const reference = loadReferenceList();
    const marker = readSyntheticMarker(options.input);
    const synthetic = marker !== null;

    if (!schoolsInput && fileErrors.length === 0) {
      fileErrors.push(
        `schools.csv: not found in ${options.input} (expected schools.csv, schools.csv.gz or schools.xlsx; for the synthetic demo, run npm run demo:data and pass --input data/demo)`,
      );
    }
    const populationInput = find('population');
    const reportedInput = find('reported');
    let siteFile: SiteSettings | null = null;
    try {
      siteFile = readSiteFile(options.input);
    } catch (error) {
      if (error instanceof InputError) fileErrors.push(error.message);
      else throw error;
    }

    const threads = () => readerThreads;
    const sources: CoreSource[] = [];
    if (schoolsInput) sources.push(diskSource('schools', schoolsInput, synthetic, threads));
    if (populationInput)
      sources.push(diskSource('population', populationInput, synthetic, threads));
    const projectReported = options.projectReported;
    if (projectReported && existsSync(projectReported)) {
      const file = relative(REPO_ROOT, projectReported) || projectReported;
      sources.push(
        diskSource(
          'project_reported',
          { path: projectReported, file, gzip: false },
          false,
          threads,
        ),
      );
    }
    if (
      reportedInput &&
      resolve(reportedInput.path) !== (projectReported && resolve(projectReported))
    ) {
      sources.push(diskSource('reported', reportedInput, synthetic, threads));
    }

    // The unit tree and its pinyin do not depend on the data: made while the
    // reader threads parse (this thread is otherwise only hashing), with the
    // search keys of earlier builds when the names have not changed.
    const unitTree = new Promise<AtlasIndex['units']>((done) =>
      setImmediate(() => {
        const keysOf = cachedSearchKeys(reference.units.map((u) => u.name));
        done(unitColumns(reference, keysOf));
      }),
    );
    let swapStarted = 0;
    const result = await runBuild({
      reference,
      skipInvalid: options.skipInvalid,
      rejected: rejectedFile ?? undefined,
      sources,
      fileErrors,
      synthetic,
      checkInputs: (inputs) => (marker ? syntheticMarkerMismatch(marker, inputs) : null),
      siteFile,
      siteFlags: options.site ?? {},
      unitTree: () => unitTree,
      findDuplicates,
      build: { builtAt: buildTime(), codeVersion: codeVersion(REPO_ROOT) },
      log,
      info,
      progress: options.progress,
      timings: options.timings,
      unchanged: `${options.out} is unchanged`,
      output: async (write) => {
        swapStarted = performance.now();
        await replaceFolder(outFolder, (tmp) => write(new FolderSink(tmp, tableWriter)));
      },
    });
    if (result.exitCode !== 0) return fail(1);
    if (options.timings)
      options.timings['output folder total'] = (performance.now() - swapStarted) / 1000;
    if (rejectedFile) {
      rejectedFile.finish();
      const n = rejectedFile.count;
      info(
        n === 0
          ? `build:data: no invalid rows (${rejectedFile.destination} lists none)`
          : `build:data: ${n.toLocaleString('en')} invalid row${n === 1 ? '' : 's'} set aside in ${rejectedFile.destination} (${rejectedFile.summary()})`,
      );
    }
    built = true;
    return { exitCode: 0, rows: result.rows };
  } catch (error) {
    if (error instanceof UsageError) {
      log(`build:data: ${error.message}`);
      return fail(2);
    }
    if (error instanceof InputError) {
      log(error.message);
      return fail(1);
    }
    throw error;
  } finally {
    if (!built) rejectedFile?.discard();
    await readerThreads?.close();
    await tableWriter?.close();
  }
}
