// Input limits of docs/data-contract.md ("Encodings and file formats") through the whole
// build: a record over 1 MiB (a gzip that inflates to one endless line), bytes
// that do not decode anywhere in the file, CR-only line ends. Each is exit 1
// with a FILE:LINE[:COLUMN] message, and the output folder is left untouched.

import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/pipeline/build';
import { parallelReads } from '../../scripts/pipeline/parallel-schools';
import { runBuild, SCHOOL_HEADER, tempDir } from './helpers';

afterEach(() => {
  delete process.env.ATLAS_PARALLEL_MIN_BYTES;
});

/** Rows of valid UTF-8 with Chinese names, about `megabytes` of them. */
function utf8Rows(megabytes: number): string[] {
  const rows: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1024 * 1024; i++) {
    const row = `2021,P${i},鹤壁市第${i}小学,410602,primary,public,,,10,5,300,200,30,20,1`;
    rows.push(row);
    bytes += Buffer.byteLength(row) + 1;
  }
  return rows;
}

function expectNothingWritten(out: string): void {
  expect(existsSync(out)).toBe(false);
}

describe('record limit', () => {
  it('stops a gzip that inflates to one endless 200 MB line at its line, in well under two seconds', async () => {
    const input = tempDir();
    const gzip = createGzip({ level: 1 });
    const file = createWriteStream(join(input, 'schools.csv.gz'));
    gzip.pipe(file);
    gzip.write(`${SCHOOL_HEADER}\n`);
    const letters = Buffer.alloc(1024 * 1024, 'a');
    for (let mb = 0; mb < 200; mb++) {
      if (!gzip.write(letters)) await new Promise((done) => gzip.once('drain', done));
    }
    gzip.end();
    await finished(file);

    // Warm up (reference list, pinyin) so that the time below is the read's.
    await runBuild({ 'schools.csv': `${SCHOOL_HEADER}\n` });
    const out = join(tempDir(), 'out');
    const log: string[] = [];
    const started = performance.now();
    const result = await buildData({
      input,
      out,
      skipInvalid: false,
      projectReported: null,
      log: (line) => log.push(line),
      info: () => undefined,
    });
    const seconds = (performance.now() - started) / 1000;
    expect(result.exitCode).toBe(1);
    expect(log[0]).toMatch(/^schools\.csv\.gz:2: this record is longer than 1 MiB/);
    expect(seconds).toBeLessThan(2);
    expectNothingWritten(out);
  }, 120_000);

  it('refuses a 2 MiB record in the middle of a large file read on two threads', async () => {
    const rows = utf8Rows(3);
    const at = 20_000;
    rows.splice(
      at,
      0,
      `2021,LONG,${'x'.repeat(2 * 1024 * 1024)},410602,primary,public,,,1,1,1,1,1,1,1`,
    );
    process.env.ATLAS_PARALLEL_MIN_BYTES = '1000';
    const before = parallelReads.count;
    const run = await runBuild({ 'schools.csv': `${SCHOOL_HEADER}\n${rows.join('\n')}\n` });
    expect(run.exitCode).toBe(1);
    expect(run.log).toEqual([
      `schools.csv:${at + 2}: ${run.log[0].split(': ').slice(1).join(': ')}`,
    ]);
    expect(run.log[0]).toMatch(/longer than 1 MiB/);
    expect(parallelReads.count).toBe(before); // stopped, not merged
    expectNothingWritten(run.out);
  }, 60_000);
});

describe('strict decoding', () => {
  const badRow = Buffer.concat([
    Buffer.from('2021,BAD,鹤壁'),
    Buffer.from([0xff, 0xfe]),
    Buffer.from('小学,410602,primary,public,,,10,5,300,200,30,20,1\n'),
  ]);

  for (const threads of ['one thread', 'two threads']) {
    it(`reports a bad byte after 5 MB at its line and column (${threads})`, async () => {
      const rows = utf8Rows(5.5);
      const tail = utf8Rows(1);
      const file = Buffer.concat([
        Buffer.from(`${SCHOOL_HEADER}\n${rows.join('\n')}\n`),
        badRow,
        Buffer.from(`${tail.join('\n')}\n`),
      ]);
      if (threads === 'two threads') process.env.ATLAS_PARALLEL_MIN_BYTES = '1000';
      const run = await runBuild({ 'schools.csv': file });
      expect(run.exitCode).toBe(1);
      expect(run.log[0]).toBe(
        `schools.csv:${rows.length + 2}:school_name: bytes FF FE E5 B0 are not valid UTF-8, the encoding this file was read in (bytes must be UTF-8 or GB18030 throughout); save the file as UTF-8 (e.g. as "CSV UTF-8" from Excel)`,
      );
      expectNothingWritten(run.out);
    }, 60_000);
  }

  it('reads GB18030 whose first megabytes are ASCII', async () => {
    const ascii = utf8Rows(5).map((row) => row.replace(/鹤壁市第(\d+)小学/, 'School $1'));
    // 小学 (primary) and 北京 in GB18030.
    const gbRow = Buffer.concat([
      Buffer.from('2021,GB1,'),
      Buffer.from([0xb1, 0xb1, 0xbe, 0xa9]),
      Buffer.from(',410602,'),
      Buffer.from([0xd0, 0xa1, 0xd1, 0xa7]),
      Buffer.from(',public,,,10,5,300,200,30,20,1\n'),
    ]);
    const file = Buffer.concat([Buffer.from(`${SCHOOL_HEADER}\n${ascii.join('\n')}\n`), gbRow]);
    const run = await runBuild({ 'schools.csv': file });
    expect(run.log).toEqual([]);
    expect(run.exitCode).toBe(0);
    const manifest = JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs[0].encoding).toBe('gb18030');
    expect(manifest.inputs[0].rowsRead).toBe(ascii.length + 1);
  }, 60_000);

  it('names the column of a bad byte in a Chinese header by its English name', async () => {
    const header = '年份,学校标识码,学校名称,区县代码,学段';
    const file = Buffer.concat([
      Buffer.from(`${header}\n2021,P1,第一小学,410602,小学\n2021,P2,`),
      Buffer.from([0xc0, 0x80]),
      Buffer.from(',410602,小学\n'),
    ]);
    const run = await runBuild({ 'schools.csv': file });
    expect(run.exitCode).toBe(1);
    expect(run.log[0]).toMatch(/^schools\.csv:3:school_name: bytes C0 80 .*UTF-8/);
  });
});

describe('line ends', () => {
  it('says that CR-only line ends are not read, instead of building an empty site', async () => {
    const rows = utf8Rows(0.01);
    const run = await runBuild({ 'schools.csv': `${SCHOOL_HEADER}\r${rows.join('\r')}\r` });
    expect(run.exitCode).toBe(1);
    expect(run.log).toEqual([
      'schools.csv: the lines end in CR only (old Mac "CSV"); save the file with LF or CRLF line ends (e.g. as "CSV UTF-8" from Excel)',
    ]);
    expectNothingWritten(run.out);
  });
});
