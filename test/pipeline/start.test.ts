// npm start's data step works from an empty data/raw: it generates the
// synthetic demo (marked SYNTHETIC.md) and builds the data, labelled synthetic.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareData } from '../../scripts/start';
import { tempDir } from './helpers';

describe('npm start data step', () => {
  it('makes demo data when the input folder is empty, then builds', async () => {
    const raw = join(tempDir(), 'raw');
    const out = join(tempDir(), 'data');
    const log: string[] = [];
    const code = await prepareData({ scale: 0.01, raw, out, log: (line) => log.push(line) });
    expect(code).toBe(0);
    expect(existsSync(join(raw, 'SYNTHETIC.md'))).toBe(true);
    expect(log[0]).toMatch(/generating the synthetic demo/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.build.synthetic).toBe(true);
    expect(manifest.inputs.find((i: { role: string }) => i.role === 'schools').synthetic).toBe(
      true,
    );
    const index = JSON.parse(readFileSync(join(out, 'v1/index.json'), 'utf8'));
    expect(index.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    const download = readFileSync(join(out, 'downloads/education-atlas-aggregates.csv'), 'utf8');
    expect(download.charCodeAt(0)).toBe(0xfeff);
    expect(download.split('\n')[1].endsWith(',synthetic')).toBe(true);

    // A second start keeps the data it finds.
    const again: string[] = [];
    expect(await prepareData({ scale: 0.01, raw, out, log: (line) => again.push(line) })).toBe(0);
    expect(again[0]).toMatch(/using the data in/);
  }, 120_000);
});
