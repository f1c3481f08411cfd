// The browser host of the pipeline core, run in Node on File objects, against
// the CLI on the same files in a folder: same published bytes, same problems,
// same rejected rows (the same table of cases runs in Chromium too).

import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/pipeline/build';
import { filesUnder } from '../../scripts/pipeline/output-sink';
import { buildInBrowser } from '../../src/own-data/browser-build';
import { tempDir, writeInputs } from '../pipeline/helpers';
import { parityCases, type ParityCase } from './parity-cases';

const BUILT_AT = '2023-11-14T22:13:20Z'; // SOURCE_DATE_EPOCH=1700000000
const epoch = process.env.SOURCE_DATE_EPOCH;
beforeAll(() => {
  process.env.SOURCE_DATE_EPOCH = '1700000000';
});
afterAll(() => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
});

/** The code version differs (git commit vs the site build's); nothing else may. */
function normalised(path: string, bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  return path.endsWith('.json')
    ? text.replace(/"codeVersion":\s*"[^"]*"/g, '"codeVersion":"*"')
    : text;
}

async function viaCli(c: ParityCase) {
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

function viaBrowserHost(c: ParityCase) {
  const files = Object.entries(c.files).map(([name, bytes]) => new File([bytes as Uint8Array<ArrayBuffer>], name));
  return buildInBrowser({ files, skipInvalid: c.skipInvalid, builtAt: BUILT_AT });
}

describe('the browser host builds what the CLI builds', () => {
  mkdirSync(tempDir(), { recursive: true });
  for (const c of parityCases()) {
    it(c.name, async () => {
      const cli = await viaCli(c);
      const browser = await viaBrowserHost(c);
      if (cli.exitCode === 0) {
        expect(browser.type).toBe('built');
        if (browser.type !== 'built') return;
        expect(Object.keys(browser.files).sort()).toEqual(Object.keys(cli.files).sort());
        for (const [path, bytes] of Object.entries(cli.files)) {
          expect(normalised(path, browser.files[path]), path).toBe(normalised(path, bytes));
        }
        const rejected = browser.rejected
          ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(browser.rejected)
          : null;
        if (c.skipInvalid) expect(rejected).toBe(cli.rejected);
        expect(browser.rowsRead).toBeGreaterThan(0);
      } else {
        expect(browser.type).toBe('problems');
        if (browser.type !== 'problems') return;
        // The CLI names its folder where the browser names the file it was not given.
        const lines = (lines: string[]) =>
          lines.map((line) =>
            line.replace(/^schools\.csv: not (found|given).*$/, 'schools.csv: missing'),
          );
        expect(lines(browser.lines)).toEqual(lines(cli.log));
        expect(browser.count).toBeGreaterThan(0);
      }
    });
  }
});
