// The data build's core: inputs → validated rows → county-year sums → every
// level → the published files. Host-free: it knows nothing of files, threads
// or folders. The CLI (build.ts) gives it files read from disk and a folder
// sink; the browser worker (src/own-data/build-worker.ts) gives it File
// streams and memory. Both get the same messages, flags and bytes.

import {
  SCHEMA_VERSION,
  type AtlasIndex,
  type BuildInfo,
  type BuildNote,
  type InputFileSummary,
} from '../contract/published';
import { aggregate, type AggregateRow } from './aggregate';
import { BuildContext } from './context';
import { CountyYearState } from './county-state';
import { coverageAndScope, type CoverageAndScope } from './coverage';
import type { CsvConsumer, StreamResult } from './csv-input';
import type { KeyLog } from './duplicate-keys';
import { InputError, MAX_PRINTED_ERRORS } from './errors';
import { GENERATOR } from './generator';
import { publish, type OutputSink } from './outputs';
import { PopulationReader } from './population';
import type { ReferenceList } from './reference-list';
import type { RejectedSink } from './rejected-rows';
import { remapReport, remapSummary } from './remaps';
import { ReportedReader } from './reported';
import { SchoolsReader } from './schools';
import { siteIdentity, type SiteSettings } from './site';

/** A reader made by the core for one input, with what a host's reading needs. */
export interface InputConsumer extends CsvConsumer {
  rejectedCount: number;
}

/** One input as the host offers it. */
export interface CoreSource {
  role: InputFileSummary['role'];
  /** The name used in every message (`schools.csv.gz`). */
  file: string;
  gzip: boolean;
  synthetic: boolean;
  /**
   * Streams the input through `consumer` (the host decides how: threads,
   * gzip, workbook). Throws InputError for a file that cannot be used.
   */
  read(
    consumer: InputConsumer,
    ctx: BuildContext,
    onProgress: (fraction: number) => void,
  ): Promise<StreamResult>;
}

export interface CoreOptions {
  reference: ReferenceList;
  skipInvalid: boolean;
  /** Where rows set aside under skipInvalid go. */
  rejected?: RejectedSink;
  /** In reading order: schools, population, the project's reported figures, the user's. */
  sources: CoreSource[];
  /** Problems the host found before reading (a missing schools file, two forms of one input). */
  fileErrors: string[];
  synthetic: boolean;
  /** A check of the read inputs (hashes known) that refuses the build with a message, or null. */
  checkInputs?: (inputs: readonly InputFileSummary[]) => string | null;
  /** site.json (already parsed) and the command line's settings (which win). */
  siteFile: SiteSettings | null;
  siteFlags: SiteSettings;
  /** The unit tree with search keys; independent of the data, so a host may make it early. */
  unitTree: () => Promise<AtlasIndex['units']>;
  /** The duplicate school keys (later line → first line); a host may search on another thread. */
  findDuplicates: (keys: KeyLog) => Promise<Map<number, number>>;
  build: Pick<BuildInfo, 'builtAt' | 'codeVersion'>;
  /** Problems: only `FILE:LINE:COLUMN: message` lines. */
  log: (line: string) => void;
  /** Other messages. */
  info: (line: string) => void;
  progress?: (step: string, done: number) => void;
  timings?: Record<string, number>;
  /** How the host says nothing was written, e.g. `public/data is unchanged`. */
  unchanged: string;
  /** Writes the published files through a sink the host provides (a fresh folder, or memory). */
  output: (write: (sink: OutputSink) => Promise<void>) => Promise<void>;
}

export interface CoreResult {
  exitCode: 0 | 1;
  rows: AggregateRow[];
  /** Problems found (also given to `log`, at most 50 of them). */
  problemCount: number;
}

/** A build's time as written into manifests: UTC to the second (`2024-03-01T08:00:00Z`). */
export function buildTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Reads one input and records its summary (the hash may come later). */
async function readSource(
  source: CoreSource,
  consumer: InputConsumer,
  ctx: BuildContext,
  summaries: InputFileSummary[],
  hashes: Promise<unknown>[],
  onProgress: (fraction: number) => void,
): Promise<void> {
  const result = await source.read(consumer, ctx, onProgress);
  const summary: InputFileSummary = {
    role: source.role,
    file: source.file,
    sha256: '',
    encoding: result.encoding,
    gzip: source.gzip,
    rowsRead: result.records,
    rowsRejected: consumer.rejectedCount,
    synthetic: source.synthetic,
  };
  summaries.push(summary);
  const hashed = result.sha256.then((sha256) => (summary.sha256 = sha256));
  hashed.catch(() => undefined); // awaited before publishing; a failed build never waits
  hashes.push(hashed);
}

/**
 * Under skipInvalid, a build that accepts no row fails: the schools file had
 * rows and every one was rejected (a site without a school row shows nothing).
 */
function noSchoolAccepted(summaries: readonly InputFileSummary[]): InputFileSummary | null {
  const schools = summaries.find((f) => f.role === 'schools');
  return schools && schools.rowsRead > 0 && schools.rowsRejected === schools.rowsRead
    ? schools
    : null;
}

function missingPopulationNote(): BuildNote {
  return {
    metric: 'preschool_gross_enrollment',
    message: {
      zh: '未提供 population.csv（3—5岁常住人口），因此没有学前三年毛入园率。',
      en: 'No population.csv (resident population aged 3–5) was given, so gross enrollment has no values.',
    },
  };
}

export async function runBuild(options: CoreOptions): Promise<CoreResult> {
  const { log, info, reference, fileErrors } = options;
  const ctx = new BuildContext(reference, options.skipInvalid, options.rejected);

  const timed = async <T>(phase: string, work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      if (options.timings) options.timings[phase] = (performance.now() - started) / 1000;
    }
  };

  const consumerFor = (
    source: CoreSource,
    state: CountyYearState,
    duplicateOf: ReadonlyMap<number, number> | null,
  ): InputConsumer => {
    switch (source.role) {
      case 'schools':
        return new SchoolsReader(source.file, ctx, state, duplicateOf);
      case 'population':
        return new PopulationReader(source.file, ctx);
      case 'reported':
      case 'project_reported':
        return new ReportedReader(source.file, source.file, ctx);
    }
  };

  /** One pass over every input; `duplicateOf` (second pass only) names the later duplicate lines. */
  const readInputs = async (duplicateOf: ReadonlyMap<number, number> | null) => {
    const state = new CountyYearState(reference.countyCodes.length);
    let schools: SchoolsReader | null = null;
    let population: PopulationReader | null = null;
    const reportedReaders: ReportedReader[] = [];
    const summaries: InputFileSummary[] = [];
    const hashes: Promise<unknown>[] = [];
    const readErrors: string[] = [];
    for (const source of options.sources) {
      const consumer = consumerFor(source, state, duplicateOf);
      if (consumer instanceof SchoolsReader) schools = consumer;
      else if (consumer instanceof PopulationReader) population = consumer;
      else if (consumer instanceof ReportedReader) reportedReaders.push(consumer);
      const step = `reading ${source.file}`;
      options.progress?.(step, 0);
      try {
        const phase = `${duplicateOf ? 'reread' : 'read'} ${source.file}`;
        await timed(phase, () =>
          readSource(source, consumer, ctx, summaries, hashes, (done) =>
            options.progress?.(step, Math.min(done, 0.99)),
          ),
        );
      } catch (error) {
        if (error instanceof InputError) readErrors.push(error.message);
        else throw error;
      }
      options.progress?.(step, 1);
    }
    return { state, schools, population, reportedReaders, summaries, hashes, readErrors };
  };
  type Pass = Awaited<ReturnType<typeof readInputs>>;

  const isFatal = (pass: Pass) =>
    fileErrors.length + pass.readErrors.length > 0 ||
    (ctx.problems.count > 0 && !options.skipInvalid);
  let coverage: CoverageAndScope | null = null;
  const aggregateIfSound = (pass: Pass) => {
    if (isFatal(pass)) return [];
    coverage = coverageAndScope(pass.state, reference);
    return aggregate(pass.state, pass.population, reference, coverage.partialUnits);
  };

  let pass = await readInputs(null);
  // Duplicates are looked for (on another thread, where the host has one)
  // while the sums are rolled up; in the rare case there are some, everything
  // is read again rejecting them.
  const duplicatesFound = pass.schools
    ? options.findDuplicates(pass.schools.keys)
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
  const errors = [...fileErrors, ...pass.readErrors];
  const problemCount = errors.length + ctx.problems.count;
  const fail = (): CoreResult => ({ exitCode: 1, rows: [], problemCount });

  for (const line of errors.slice(0, MAX_PRINTED_ERRORS)) log(line);
  for (const line of ctx.problems.render(MAX_PRINTED_ERRORS - errors.length)) log(line);
  if (errors.length > 0 || (ctx.problems.count > 0 && !options.skipInvalid)) {
    info(
      `build:data: ${problemCount} problem${problemCount === 1 ? '' : 's'} in the input; nothing was written (${options.unchanged})` +
        (options.skipInvalid || errors.length > 0
          ? ''
          : '. Fix them, or rerun with --skip-invalid to set invalid rows aside in rejected.csv'),
    );
    return fail();
  }
  const emptied = noSchoolAccepted(summaries);
  if (emptied) {
    log(
      `${emptied.file}: every one of its ${emptied.rowsRead.toLocaleString('en')} rows is invalid, so no school row was accepted (see the problems above); nothing was written`,
    );
    return fail();
  }
  await Promise.all(pass.hashes);
  const inputProblem = options.checkInputs?.(summaries);
  if (inputProblem) {
    log(inputProblem);
    return fail();
  }

  const notes: BuildNote[] = population ? [] : [missingPopulationNote()];
  const remaps = remapSummary(
    [pass.schools?.remapped, population?.remapped].filter((remapped) => remapped !== undefined),
    reference.crosswalk,
    (code) => reference.nameOf('county', code) ?? '',
  );
  const { synthetic } = options;
  const build: BuildInfo = {
    ...options.build,
    synthetic,
    dataStatus: synthetic ? 'synthetic' : 'real',
    referenceList: reference.version,
  };
  const { scope, coverage: coverageYears } = coverage ?? coverageAndScope(pass.state, reference);
  const site = siteIdentity(scope, options.siteFile, options.siteFlags);
  const units = await options.unitTree();
  await options.output((sink) =>
    timed('write outputs', () =>
      publish(
        {
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
          units,
        },
        sink,
      ),
    ),
  );
  const remapLine = remapReport(remaps);
  if (remapLine) info(remapLine);
  return { exitCode: 0, rows, problemCount: 0 };
}
