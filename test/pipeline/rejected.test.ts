// Rejected rows (docs/data-contract.md, "Rejected rows"): streamed to
// --rejected FILE (default rejected.csv in the input folder, never the
// published output folder), with a BOM and formulas neutralised; a build that
// accepts no row fails.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { neutralised } from '../../scripts/pipeline/rejected';
import { parseCsv, runBuild, SCHOOL_HEADER, schools, tempDir } from './helpers';

const GOOD_ROW = '2021,S1,,410602,senior,public,,,10,7,,,,,';

function readRejected(path: string): { bom: boolean; rows: string[][] } {
  const text = readFileSync(path, 'utf8');
  return { bom: text.charCodeAt(0) === 0xfeff, rows: parseCsv(text.replace(/^\uFEFF/, '')) };
}

describe('--skip-invalid and rejected rows', () => {
  afterEach(() => {
    delete process.env.ATLAS_PARALLEL_MIN_BYTES;
  });

  it('writes them beside the inputs with a BOM, formulas shown as text, and a summary', async () => {
    const run = await runBuild(
      {
        'schools.csv': schools(
          GOOD_ROW,
          '2021,S2,=HYPERLINK("http://x"),410602,senior,public,,,10,70,,,,,',
          '2021,S3,+cmd|calc,419999,senior,public,,,10,7,,,,,',
          '2021,S4,@SUM(A1),410602,senior,public,,,-1,7,,,,,',
        ),
      },
      { skipInvalid: true },
    );
    expect(run.exitCode).toBe(0);
    expect(existsSync(join(run.out, 'rejected.csv'))).toBe(false);
    const { bom, rows } = readRejected(join(run.input, 'rejected.csv'));
    expect(bom).toBe(true);
    expect(rows[0].slice(0, 6)).toEqual(['file', 'line', 'column', 'reason', 'year', 'school_id']);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['schools.csv', '3', 'classes_with_multimedia'],
      ['schools.csv', '4', 'county_code'],
      ['schools.csv', '5', 'classes'],
    ]);
    expect(rows[1][6]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[2][6]).toBe(`'+cmd|calc`);
    expect(rows[3][6]).toBe(`'@SUM(A1)`);
    expect(rows[3][12]).toBe(`'-1`);
    expect(run.info.join('\n')).toMatch(
      /3 invalid rows set aside in .*rejected\.csv \(1 classes_with_multimedia; 1 county_code; 1 classes\)/,
    );
    const manifest = JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8'));
    expect(manifest.outputs.some((f: string) => f.includes('rejected'))).toBe(false);
  });

  it('neutralises every formula start: = + - @ tab and CR', () => {
    for (const cell of ['=1', '+1', '-1', '@a', '\tx', '\rx'])
      expect(neutralised(cell)).toBe(`'${cell}`);
    for (const cell of ['1', 'a=b', ' =x', '淇滨区']) expect(neutralised(cell)).toBe(cell);
  });

  it('goes to --rejected FILE, never into the output folder, and never over a foreign file', async () => {
    const elsewhere = join(tempDir(), 'rejected-2021.csv');
    const bad = schools(GOOD_ROW, '2021,S2,,410602,senior,public,,,10,70,,,,,');
    const run = await runBuild({ 'schools.csv': bad }, { skipInvalid: true, rejected: elsewhere });
    expect(run.exitCode).toBe(0);
    expect(readRejected(elsewhere).rows).toHaveLength(2);

    const out = join(tempDir(), 'out');
    const inside = await runBuild(
      { 'schools.csv': bad },
      { skipInvalid: true, out, rejected: join(out, 'rejected.csv') },
    );
    expect(inside.exitCode).toBe(2);
    expect(inside.log.join('\n')).toMatch(/inside the output folder, which is published/);

    const nowhere = await runBuild(
      { 'schools.csv': bad },
      { skipInvalid: true, rejected: join(tempDir(), 'no', 'such', 'rejected.csv') },
    );
    expect(nowhere.exitCode).toBe(2);
    expect(nowhere.log.join('\n')).toMatch(/cannot write into .*no\/such/);
    expect(nowhere.log.join('\n')).not.toMatch(/\n\s+at /);

    const mine = join(tempDir(), 'my-notes.csv');
    writeFileSync(mine, 'my,own,file\n');
    const foreign = await runBuild({ 'schools.csv': bad }, { skipInvalid: true, rejected: mine });
    expect(foreign.exitCode).toBe(2);
    expect(foreign.log.join('\n')).toMatch(/refusing to overwrite it/);
    expect(readFileSync(mine, 'utf8')).toBe('my,own,file\n');
  });

  it('fails a build that accepts no row at all', async () => {
    const run = await runBuild(
      { 'schools.csv': schools('2021,S2,,410602,senior,public,,,10,70,,,,,') },
      { skipInvalid: true },
    );
    expect(run.exitCode).toBe(1);
    expect(run.log.join('\n')).toMatch(/schools\.csv: every one of its 1 rows is invalid/);
    expect(existsSync(join(run.out, 'aggregates.csv'))).toBe(false);
    expect(existsSync(join(run.input, 'rejected.csv'))).toBe(false);
  });

  it('starts the file again when a duplicate makes the build read everything twice', async () => {
    const bad = Array.from(
      { length: 20_000 },
      (_, i) => `2021,B${i},,410602,senior,public,,,10,70,,,,,`,
    );
    const run = await runBuild(
      { 'schools.csv': schools(GOOD_ROW, ...bad, GOOD_ROW) },
      { skipInvalid: true },
    );
    expect(run.exitCode).toBe(0);
    const text = readFileSync(join(run.input, 'rejected.csv'), 'utf8');
    expect(text.includes('\0')).toBe(false);
    const { rows } = readRejected(join(run.input, 'rejected.csv'));
    expect(rows).toHaveLength(20_002); // header, 20,000 invalid rows, the duplicate
    expect(rows.at(-1)!.slice(0, 2)).toEqual(['schools.csv', '20003']);
    expect(rows.at(-1)![3]).toMatch(/^duplicate school/);
  }, 120_000);

  it('streams 150,000 rejected rows into a complete file, also from the two-thread reader', async () => {
    // 150,000 on one thread; 60,000 on two (more than a reader thread passes back in memory).
    for (const [parallel, count] of [
      [false, 150_000],
      [true, 60_000],
    ] as const) {
      const bad = Array.from(
        { length: count },
        (_, i) => `2021,B${i},,410602,senior,public,,,10,70,,,,,`,
      );
      const text = `${SCHOOL_HEADER}\n${GOOD_ROW}\n${bad.join('\n')}\n`;
      if (parallel) process.env.ATLAS_PARALLEL_MIN_BYTES = String(1 << 20);
      const run = await runBuild({ 'schools.csv': text }, { skipInvalid: true });
      expect(run.exitCode).toBe(0);
      const { rows } = readRejected(join(run.input, 'rejected.csv'));
      expect(rows).toHaveLength(count + 1);
      expect(rows[1][1]).toBe('3');
      expect(rows.at(-1)![1]).toBe(String(count + 2));
      expect(new Set(rows.slice(1).map((r) => r[1])).size).toBe(count);
      expect(run.info.join('\n')).toMatch(
        new RegExp(`${count.toLocaleString('en')} invalid rows set aside`),
      );
      const manifest = JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8'));
      expect(manifest.inputs[0].rowsRejected).toBe(count);
    }
  }, 300_000);
});
