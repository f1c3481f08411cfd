// Messages between the atlas page and the own-data build worker. The worker
// runs the same pipeline core as `npm run build:data` on files the user chose;
// nothing it reads or writes leaves the browser.

/** Page → worker. */
export type ToBuildWorker = {
  type: 'build';
  /** The files the user chose or dropped: schools, population, reported (.csv, .csv.gz, .xlsx). */
  files: File[];
  /** Set invalid rows aside (as `--skip-invalid`) instead of failing. */
  skipInvalid: boolean;
};

export interface BuildProgress {
  /** e.g. `reading schools.csv`, `aggregating`, `writing`. */
  step: string;
  /** Data rows read so far over all files. */
  rowsRead: number;
  /** Rows per second since the build started. */
  rowsPerSecond: number;
  /** 0…1 over the whole build, as far as it can be known. */
  fraction: number;
}

/** The published files of a build, by path inside the data folder (`manifest.json`, `v1/…`, `aggregates.csv`). */
export type PublishedFiles = Record<string, Uint8Array>;

/** Worker → page. */
export type FromBuildWorker =
  | ({ type: 'progress' } & BuildProgress)
  | {
      /** The build refused the input: nothing was built. */
      type: 'problems';
      /** `FILE:LINE:COLUMN: message` lines (at most 50). */
      lines: string[];
      /** How many problems there were in all. */
      count: number;
      /** The summary line the CLI prints. */
      summary: string;
    }
  | {
      type: 'built';
      files: PublishedFiles;
      /** rejected.csv (with --skip-invalid semantics), or null when no row was set aside or skipInvalid was off. */
      rejected: Uint8Array | null;
      /** The CLI's information lines (remaps, rejected summary). */
      info: string[];
      rowsRead: number;
      seconds: number;
    }
  | {
      /** A fault in the build itself (not the user's data); the message is for the user. */
      type: 'failed';
      message: string;
    };
