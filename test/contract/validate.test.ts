// The validators name the exact place of a fault, down to the item of an array,
// whichever depth it is at (src/contract/guards.ts writes an item's path only when it fails).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCoverage, validateAtlasIndex, type PublishedAtlasIndex } from '../../src/contract';

const EXPECTED = join(import.meta.dirname, '../fixtures/pipeline/golden/expected');

function goldenIndex(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(EXPECTED, 'v1/index.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}

function faultOf(index: unknown): string {
  try {
    validateAtlasIndex(index);
  } catch (error) {
    return (error as Error).message;
  }
  return 'valid';
}

describe('validator paths', () => {
  it('accepts the golden index', () => {
    expect(faultOf(goldenIndex())).toBe('valid');
  });

  it('names the item of a column', () => {
    const index = goldenIndex();
    const units = index.units as { level: unknown[] };
    units.level[3] = 'district';
    expect(faultOf(index)).toBe(
      'units.level[3]: expected one of nation, province, prefecture, county',
    );
  });

  it('names a field inside an item, and an item inside an item', () => {
    const index = goldenIndex();
    const metrics = index.metrics as { id: unknown; years: unknown[] }[];
    metrics[1].years[0] = 'x';
    expect(faultOf(index)).toBe('metrics[1].years[0]: expected an integer');
    metrics[1].years[0] = 2020;
    metrics[0].id = 'nope';
    expect(faultOf(index)).toBe('metrics[0].id: expected a catalogue metric id');
  });
});

describe('coverage in index.json', () => {
  const index = () => goldenIndex() as unknown as PublishedAtlasIndex;

  it('is written by unit rows and read back as levels and codes', () => {
    const published = index();
    const read = validateAtlasIndex(published);
    expect(published.coverage.length).toBeGreaterThan(0);
    read.coverage.forEach((year, y) => {
      const rows = published.coverage[y].unit;
      expect(year.code).toEqual(rows.map((row) => published.units.code[row]));
      expect(year.level).toEqual(rows.map((row) => published.units.level[row]));
      expect(year.level).not.toContain('county');
    });
    // Written again from what was read: the same bytes' worth of coverage.
    expect(encodeCoverage(read.coverage, read.units)).toEqual(published.coverage);
  });

  it('still reads the older form (levels and codes) of a build kept in a browser', () => {
    const published = index();
    const read = validateAtlasIndex(published);
    const older = { ...published, coverage: read.coverage };
    expect(validateAtlasIndex(older).coverage).toEqual(read.coverage);
  });

  it('names a row that is not a unit above county level', () => {
    const published = index();
    const county = published.units.level.indexOf('county');
    published.coverage[0].unit[1] = county;
    expect(faultOf(published)).toBe(
      'coverage[0].unit[1]: expected a row of units above county level',
    );
    published.coverage[0].unit[1] = published.units.code.length;
    expect(faultOf(published)).toBe(
      'coverage[0].unit[1]: expected a row of units above county level',
    );
  });

  it('refuses to write a unit missing from the units', () => {
    const read = validateAtlasIndex(index());
    const year = { ...read.coverage[0], code: ['999900', ...read.coverage[0].code.slice(1)] };
    expect(() => encodeCoverage([year], read.units)).toThrow(/999900 is not in units/);
  });
});
