// The validators name the exact place of a fault, down to the item of an array,
// whichever depth it is at (src/contract/guards.ts writes an item's path only when it fails).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAtlasIndex } from '../../src/contract';

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
