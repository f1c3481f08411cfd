// npm start's data step: the user's returns in data/raw when there are any,
// otherwise the synthetic demo in its own folder (generated on first use,
// marked SYNTHETIC.md), and it says which.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareData } from '../../scripts/start';
import { schools, tempDir } from './helpers';

describe('npm start data step', () => {
  it('makes the demo in its own folder when data/raw is empty, then uses data/raw once it holds returns', async () => {
    const raw = join(tempDir(), 'raw');
    const demo = join(tempDir(), 'demo');
    const out = join(tempDir(), 'data');
    const log: string[] = [];
    const code = await prepareData({ scale: 0.002, raw, demo, out, log: (l) => log.push(l) });
    expect(code).toBe(0);
    expect(log[0]).toMatch(/holds no schools file; generating the synthetic demo/);
    expect(existsSync(join(demo, 'SYNTHETIC.md'))).toBe(true);
    expect(existsSync(raw) ? readdirSync(raw) : []).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.build.synthetic).toBe(true);
    const index = JSON.parse(readFileSync(join(out, 'v1/index.json'), 'utf8'));
    expect(index.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    const download = readFileSync(join(out, 'downloads/education-atlas-aggregates.csv'), 'utf8');
    expect(download.charCodeAt(0)).toBe(0xfeff);
    expect(download.split('\n')[1].endsWith(',synthetic')).toBe(true);

    // A second start keeps the demo it finds.
    const again: string[] = [];
    expect(await prepareData({ scale: 0.002, raw, demo, out, log: (l) => again.push(l) })).toBe(0);
    expect(again[0]).toMatch(/using the synthetic demo in/);

    // The user's own returns in data/raw win, and are not labelled synthetic.
    mkdirSync(raw, { recursive: true });
    writeFileSync(join(raw, 'schools.csv'), schools('2021,S1,,410602,senior,public,,,10,7,,,,,'));
    const own: string[] = [];
    expect(await prepareData({ scale: 0.002, raw, demo, out, log: (l) => own.push(l) })).toBe(0);
    expect(own[0]).toMatch(/using the returns in/);
    const real = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(real.synthetic).toBe(false);
  }, 240_000);
});
