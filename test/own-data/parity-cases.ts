// One table of cases for the two hosts of the pipeline core: each is built by
// the CLI (build:data on a folder) and by the browser host (the same files as
// File objects), and the two must agree byte for byte: published files,
// problems, rejected rows. Used in Node (browser-build.test.ts) and in
// Chromium (test/e2e/own-data-core.e2e.test.ts).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildData } from '../../scripts/pipeline/build';
import { filesUnder } from '../../scripts/pipeline/output-sink';
import { writeXlsx } from '../../scripts/pipeline/xlsx-write';
import { parseCsv, tempDir, writeInputs } from '../pipeline/helpers';

/** The build time of both hosts in these cases (SOURCE_DATE_EPOCH=1700000000). */
export const BUILT_AT = '2023-11-14T22:13:20Z';
const FIXTURES = join(import.meta.dirname, '../fixtures/pipeline');

export interface ParityCase {
  name: string;
  /** Input files by the name the build reads them under. */
  files: Record<string, Uint8Array>;
  skipInvalid: boolean;
}

function folder(dir: string): Record<string, Uint8Array> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => /\.(csv|gz|xlsx|json)$/.test(name))
      .map((name) => [name, new Uint8Array(readFileSync(join(dir, name)))]),
  );
}

const text = (s: string) => new TextEncoder().encode(s);

/** A CSV's rows as a workbook's first sheet (numbers stay numbers). */
function asWorkbook(csv: string): Uint8Array {
  const rows = parseCsv(csv).map((cells) =>
    cells.map((cell) => (/^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)),
  );
  return writeXlsx([{ name: 'Sheet1', rows }]);
}

export function parityCases(): ParityCase[] {
  const golden = folder(join(FIXTURES, 'golden/input'));
  const goldenSchools = new TextDecoder().decode(golden['schools.csv']);
  const invalid = goldenSchools.replace(/\n(\d{4}),/, '\n20x1,').replace(/,410602,/, ',999999,');
  const goldenRest = Object.fromEntries(
    Object.entries(golden).filter(([name]) => name !== 'schools.csv'),
  );
  return [
    { name: 'golden', files: golden, skipInvalid: false },
    {
      name: 'gb18030 with Chinese headers',
      files: folder(join(FIXTURES, 'gb18030')),
      skipInvalid: false,
    },
    {
      name: 'partial coverage',
      files: folder(join(FIXTURES, 'partial/input')),
      skipInvalid: false,
    },
    {
      name: 'gzip schools',
      files: { ...goldenRest, 'schools.csv.gz': new Uint8Array(gzipSync(golden['schools.csv'])) },
      skipInvalid: false,
    },
    {
      name: 'xlsx schools',
      files: { ...goldenRest, 'schools.xlsx': asWorkbook(goldenSchools) },
      skipInvalid: false,
    },
    {
      name: 'invalid rows refused',
      files: { ...golden, 'schools.csv': text(invalid) },
      skipInvalid: false,
    },
    {
      name: 'invalid rows skipped',
      files: { ...golden, 'schools.csv': text(invalid) },
      skipInvalid: true,
    },
    { name: 'no schools file', files: goldenRest, skipInvalid: false },
  ];
}

/** The code version differs (git commit vs the site build's); nothing else may. */
export function normalised(path: string, bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  return path.endsWith('.json')
    ? text.replace(/"codeVersion":\s*"[^"]*"/g, '"codeVersion":"*"')
    : text;
}

/** The case built by build:data (set SOURCE_DATE_EPOCH=1700000000 first). */
export async function viaCli(c: ParityCase) {
  const input = tempDir();
  writeInputs(input, c.files);
  const out = join(tempDir(), 'out');
  const log: string[] = [];
  const result = await buildData({
    input,
    out,
    skipInvalid: c.skipInvalid,
    projectReported: join(import.meta.dirname, '../../data/reported.csv'),
    log: (line) => log.push(line),
    info: () => undefined,
  });
  const files = existsSync(out)
    ? Object.fromEntries(
        filesUnder(out).map((path) => [path, new Uint8Array(readFileSync(join(out, path)))]),
      )
    : {};
  const rejectedPath = join(input, 'rejected.csv');
  const rejected = existsSync(rejectedPath) ? readFileSync(rejectedPath, 'utf8') : null;
  return { exitCode: result.exitCode, log, files, rejected };
}

/** The CLI names its folder where the browser names the file it was not given. */
export function comparable(lines: readonly string[]): string[] {
  return lines.map((line) =>
    line.replace(/^schools\.csv: not (found|given).*$/, 'schools.csv: missing'),
  );
}
