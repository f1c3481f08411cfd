// What the atlas and the own-data dialog share about the user's data on
// screen. Type-only, so the atlas entry carries none of the dialog's code.

import type { Locale } from '../../format';
import type { PublishedFiles } from '../../own-data/protocol';

export interface OwnDataSession {
  files: PublishedFiles;
  /** The names of the files the user chose. */
  inputs: string[];
  /** Kept in this browser (IndexedDB). */
  kept: boolean;
}

/** How the dialog reaches the atlas. */
export interface OwnDataHost {
  locale: Locale;
  /** The user's data on screen now, or null for the published data. */
  current(): OwnDataSession | null;
  /** A build succeeded: show its files (settles once the atlas runs on them). */
  show(files: PublishedFiles, inputs: string[]): Promise<void>;
  /** Kept in, or forgotten from, this browser. */
  setKept(kept: boolean): void;
  /** Back to the published data. */
  leave(): void;
}
