// The data build: inputs → validated rows → county-year sums → every level →
// the output folder, swapped in atomically. Returns an exit code; never throws
// for bad input.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SCHEMA_VERSION,
  type AtlasIndex,
  type BuildInfo,
  type BuildNote,
  type InputFileSummary,
} from '../../src/contract/published';
import { aggregate, type AggregateRow } from './aggregate';
import { remapReport, remapSummary } from './remaps';
import { replaceFolder } from './atomic';
import { checkOutputFolder, GENERATOR } from './output-folder';
import { checkRejectedPath, RejectedFile } from './rejected';
import { readSyntheticMarker, syntheticMarkerMismatch } from './synthetic-marker';
import { BuildContext } from './context';
import { CountyYearState } from './county-state';
import { InputError, MAX_PRINTED_ERRORS, UsageError } from './errors';
import { findInput, streamCsv, type CsvConsumer, type FoundInput } from './input';
import { streamXlsx } from './xlsx';
import { publish, unitColumns } from './outputs';
import { cachedSearchKeys } from './search-keys-cache';
import { PopulationReader } from './population';
import { loadReferenceList } from './reference';
import { ReportedReader } from './reported';
import { SchoolsReader } from './schools';
import { parallelThreshold, readSchoolsInParallel, ReaderThreads } from './parallel-schools';
import { TableWriterThread } from './table-writer';
import { findDuplicates } from './duplicate-search';
import { coverageAndScope, type CoverageAndScope } from './coverage';
import { readSiteFile, siteIdentity, type SiteSettings } from './site';

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

function buildTime(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function codeVersion(): string {
  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  try {
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    return `${version}+${commit}`;
  } catch {
    return version;
  }
}

interface Reading {
  role: InputFileSummary['role'];
  input: FoundInput;
  consumer: CsvConsumer & { rejectedCount: number };
  synthetic: boolean;
}

async function readInput(
  reading: Reading,
  summaries: InputFileSummary[],
  hashes: Promise<unknown>[],
  ctx: BuildContext,
  onProgress?: (fraction: number) => void,
  threads?: ReaderThreads | null,
): Promise<void> {
  const { consumer } = reading;
  // An .xlsx is always read sequentially (its rows come out of one zip stream).
  const result = reading.input.xlsx
    ? await streamXlsx(reading.input, consumer, onProgress)
    : ((consumer instanceof SchoolsReader && !consumer.isSecondPass
        ? await readSchoolsInParallel(
            reading.input,
            ctx,
            consumer.state,
            consumer,
            onProgress,
            threads ?? undefined,
          )
        : null) ?? (await streamCsv(reading.input, consumer, onProgress)));
  const summary: InputFileSummary = {
    role: reading.role,
    file: reading.input.file,
    sha256: '',
    encoding: result.encoding,
    gzip: reading.input.gzip,
    rowsRead: result.records,
    rowsRejected: reading.consumer.rejectedCount,
    synthetic: reading.synthetic,
  };
  summaries.push(summary);
  const hashed = result.sha256.then((sha256) => (summary.sha256 = sha256));
  hashed.catch(() => undefined); // awaited before publishing; a failed build never waits
  hashes.push(hashed);
}

/**
 * Under --skip-invalid, a build that accepts no row fails: the schools file had
 * rows and every one was rejected (a site without a school row shows nothing).
 */
function noSchoolAccepted(summaries: readonly InputFileSummary[]): InputFileSummary | null {
  const schools = summaries.find((f) => f.role === 'schools');
  return schools && schools.rowsRead > 0 && schools.rowsRejected === schools.rowsRead
    ? schools
    : null;
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
    const ctx = new BuildContext(reference, options.skipInvalid, rejectedFile ?? undefined);
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

    const timed = async <T>(phase: string, work: () => Promise<T> | T): Promise<T> => {
      const started = performance.now();
      try {
        return await work();
      } finally {
        if (options.timings) options.timings[phase] = (performance.now() - started) / 1000;
      }
    };

    /** One pass over every input; `duplicateOf` (second pass only) names the later duplicate lines. */
    const readInputs = async (duplicateOf: ReadonlyMap<number, number> | null) => {
      const state = new CountyYearState(reference.countyCodes.length);
      const readings: Reading[] = [];
      const schools = schoolsInput
        ? new SchoolsReader(schoolsInput.file, ctx, state, duplicateOf)
        : null;
      if (schoolsInput && schools) {
        readings.push({ role: 'schools', input: schoolsInput, consumer: schools, synthetic });
      }
      const population = populationInput ? new PopulationReader(populationInput.file, ctx) : null;
      if (populationInput && population) {
        readings.push({
          role: 'population',
          input: populationInput,
          consumer: population,
          synthetic,
        });
      }
      const reportedReaders: ReportedReader[] = [];
      const projectReported = options.projectReported;
      if (projectReported && existsSync(projectReported)) {
        const file = relative(REPO_ROOT, projectReported) || projectReported;
        const reader = new ReportedReader(file, file, ctx);
        reportedReaders.push(reader);
        readings.push({
          role: 'project_reported',
          input: { path: projectReported, file, gzip: false },
          consumer: reader,
          synthetic: false,
        });
      }
      if (
        reportedInput &&
        resolve(reportedInput.path) !== (projectReported && resolve(projectReported))
      ) {
        const reader = new ReportedReader(reportedInput.file, reportedInput.file, ctx);
        reportedReaders.push(reader);
        readings.push({ role: 'reported', input: reportedInput, consumer: reader, synthetic });
      }
      const summaries: InputFileSummary[] = [];
      const hashes: Promise<unknown>[] = [];
      const readErrors: string[] = [];
      for (const reading of readings) {
        options.progress?.(`reading ${reading.input.file}`, 0);
        try {
          const phase = `${duplicateOf ? 'reread' : 'read'} ${reading.input.file}`;
          const step = `reading ${reading.input.file}`;
          await timed(phase, () =>
            readInput(
              reading,
              summaries,
              hashes,
              ctx,
              (done) => options.progress?.(step, Math.min(done, 0.99)),
              readerThreads,
            ),
          );
        } catch (error) {
          if (error instanceof InputError) readErrors.push(error.message);
          else throw error;
        }
        options.progress?.(`reading ${reading.input.file}`, 1);
      }
      return { state, schools, population, reportedReaders, summaries, hashes, readErrors };
    };
    const isFatal = (pass: { readErrors: string[] }) =>
      fileErrors.length + pass.readErrors.length > 0 ||
      (ctx.problems.count > 0 && !options.skipInvalid);
    let coverage: CoverageAndScope | null = null;
    const aggregateIfSound = (pass: Awaited<ReturnType<typeof readInputs>>) => {
      if (isFatal(pass)) return [];
      coverage = coverageAndScope(pass.state, reference);
      return aggregate(pass.state, pass.population, reference, coverage.partialUnits);
    };

    // The unit tree and its pinyin do not depend on the data: made while the
    // reader threads parse (this thread is otherwise only hashing), with the
    // search keys of earlier builds when the names have not changed.
    const unitTree = new Promise<AtlasIndex['units']>((done) =>
      setImmediate(() => {
        const keysOf = cachedSearchKeys(reference.units.map((u) => u.name));
        done(unitColumns(reference, keysOf));
      }),
    );
    let pass = await readInputs(null);
    // Duplicates are looked for on another thread while the sums are rolled up;
    // in the rare case there are some, everything is read again rejecting them.
    const duplicatesFound = pass.schools
      ? findDuplicates(pass.schools.keys)
      : Promise.resolve(new Map<number, number>());
    options.progress?.('aggregating', 0);
    let rows = await timed('aggregate', () => aggregateIfSound(pass));
    const duplicates = await timed('find duplicates (wait)', () => duplicatesFound);
    if (duplicates.size > 0) {
      ctx.reset();
      pass = await readInputs(duplicates);
      rows = await timed('aggregate again', () => aggregateIfSound(pass));
    }
    options.progress?.('aggregating', 1);
    const { population, reportedReaders, summaries } = pass;
    fileErrors.push(...pass.readErrors);

    for (const line of fileErrors.slice(0, MAX_PRINTED_ERRORS)) log(line);
    for (const line of ctx.problems.render(MAX_PRINTED_ERRORS - fileErrors.length)) log(line);
    if (fileErrors.length > 0 || (ctx.problems.count > 0 && !options.skipInvalid)) {
      info(
        `build:data: ${fileErrors.length + ctx.problems.count} problem${fileErrors.length + ctx.problems.count === 1 ? '' : 's'} in the input; nothing was written (${options.out} is unchanged)` +
          (options.skipInvalid || fileErrors.length > 0
            ? ''
            : '. Fix them, or rerun with --skip-invalid to set invalid rows aside in rejected.csv'),
      );
      return fail(1);
    }
    const emptied = noSchoolAccepted(summaries);
    if (emptied) {
      log(
        `${emptied.file}: every one of its ${emptied.rowsRead.toLocaleString('en')} rows is invalid, so no school row was accepted (see the problems above); nothing was written`,
      );
      return fail(1);
    }
    await Promise.all(pass.hashes);
    const markerProblem = marker && syntheticMarkerMismatch(marker, summaries);
    if (markerProblem) {
      log(markerProblem);
      return fail(1);
    }

    const notes: BuildNote[] = [];
    if (!population) {
      notes.push({
        metric: 'preschool_gross_enrollment',
        message: {
          zh: '未提供 population.csv（3—5岁常住人口），因此没有学前三年毛入园率。',
          en: 'No population.csv (resident population aged 3–5) was given, so gross enrollment has no values.',
        },
      });
    }
    const remaps = remapSummary(
      [pass.schools?.remapped, population?.remapped].filter((log) => log !== undefined),
      reference.crosswalk,
      (code) => reference.nameOf('county', code) ?? '',
    );
    const build: BuildInfo = {
      builtAt: buildTime(),
      codeVersion: codeVersion(),
      synthetic,
      dataStatus: synthetic ? 'synthetic' : 'real',
      referenceList: reference.version,
    };
    const { scope, coverage: coverageYears } = coverage ?? coverageAndScope(pass.state, reference);
    const site = siteIdentity(scope, siteFile, options.site ?? {});
    const units = await unitTree;
    const swapStarted = performance.now();
    await replaceFolder(outFolder, async (tmp) => {
      await timed('write outputs', () =>
        publish({
          root: tmp,
          rows,
          reference,
          reported: reportedReaders.flatMap((r) => r.figures),
          build,
          manifest: {
            schemaVersion: SCHEMA_VERSION,
            generator: GENERATOR,
            synthetic,
            builtAt: build.builtAt,
            codeVersion: build.codeVersion,
            build,
            inputs: summaries,
            notes,
            remaps,
          },
          notes,
          scope,
          coverage: coverageYears,
          site,
          tableWriter,
          units,
        }),
      );
    });
    if (options.timings)
      options.timings['output folder total'] = (performance.now() - swapStarted) / 1000;
    const remapLine = remapReport(remaps);
    if (remapLine) info(remapLine);
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
    return { exitCode: 0, rows };
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
