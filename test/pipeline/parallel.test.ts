// The two-thread read of a large schools.csv gives exactly what a sequential
// read gives: sums, CVs, problems with their lines, rejected rows, duplicates.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parallelReads } from '../../scripts/pipeline/parallel-schools';
import { runBuild, schools } from './helpers';

function lines(count: number): string[] {
  const out: string[] = [];
  const counties = ['410602', '410603', '410611', '110101', '441900'];
  for (let i = 0; i < count; i++) {
    const county = counties[i % counties.length];
    if (i % 3 === 0)
      out.push(
        `2021,K${i},,${county},kindergarten,${i % 2 ? 'public' : 'private'},${i % 4 ? 1 : 0},${50 + (i % 90)},,,,,,,`,
      );
    else
      out.push(
        `2021,P${i},"小学, ${i}",${county},primary,public,,,${10 + (i % 7)},${5 + (i % 5)},${300 + i},${200 + (i % 50)},30,${20 + (i % 9)},${i % 2}`,
      );
  }
  return out;
}

afterEach(() => {
  delete process.env.ATLAS_PARALLEL_MIN_BYTES;
  delete process.env.ATLAS_DUPLICATES_OFF_THREAD_FROM;
});

describe('parallel read', () => {
  it('matches the sequential read byte for byte, including problems and rejected rows', async () => {
    const body = lines(4000);
    body[1500] = '2021,BAD1,,410602,primary,public,,,10,11,300,,,,'; // part ≤ whole
    body[3500] = '2021,BAD2,,999999,primary,public,,,10,1,300,,,,'; // unknown code
    body[3600] = body[10]; // duplicate of an earlier row, across the split
    const files = { 'schools.csv': schools(...body) };

    const sequential = await runBuild(files, { skipInvalid: true });
    process.env.ATLAS_PARALLEL_MIN_BYTES = '1000';
    process.env.ATLAS_DUPLICATES_OFF_THREAD_FROM = '10';
    const before = parallelReads.count;
    const parallel = await runBuild(files, { skipInvalid: true });
    expect(parallelReads.count).toBe(before + 1);

    expect(parallel.exitCode).toBe(0);
    for (const file of ['aggregates.csv', 'downloads/education-atlas-aggregates.csv']) {
      expect(readFileSync(join(parallel.out, file), 'utf8'), file).toBe(
        readFileSync(join(sequential.out, file), 'utf8'),
      );
    }
    // rejected.csv goes beside the inputs, never into the published output.
    expect(readFileSync(join(parallel.input, 'rejected.csv'), 'utf8')).toBe(
      readFileSync(join(sequential.input, 'rejected.csv'), 'utf8'),
    );
    expect(parallel.log.map((l) => l.replace(parallel.out, 'OUT'))).toEqual(
      sequential.log.map((l) => l.replace(sequential.out, 'OUT')),
    );
    const rejected = readFileSync(join(parallel.input, 'rejected.csv'), 'utf8')
      .split('\n')
      .slice(1, -1);
    expect(rejected.map((row) => row.split(',').slice(1, 3).join(':'))).toEqual([
      '1502:classes_with_multimedia',
      '3502:county_code',
      '3602:',
    ]);
  }, 60_000);

  it('reports the same problems in strict mode', async () => {
    const body = lines(3000);
    body[2900] = '2021,X,,410602,primary,public,,,ten,1,300,,,,';
    const files = { 'schools.csv': schools(...body) };
    const sequential = await runBuild(files);
    process.env.ATLAS_PARALLEL_MIN_BYTES = '1000';
    const parallel = await runBuild(files);
    expect(parallel.exitCode).toBe(1);
    expect(parallel.log.map((l) => l.replace(parallel.out, 'OUT'))).toEqual(
      sequential.log.map((l) => l.replace(sequential.out, 'OUT')),
    );
    expect(parallel.log[0]).toMatch(/^schools\.csv:2902:classes:/);
  }, 60_000);
});
