// The browser host of the pipeline core, run in Node on File objects, against
// the CLI on the same files in a folder: same published bytes, same problems,
// same rejected rows (the same table of cases runs in Chromium too).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInBrowser } from '../../src/own-data/browser-build';
import {
  BUILT_AT,
  comparable,
  normalised,
  parityCases,
  viaCli,
  type ParityCase,
} from './parity-cases';

const epoch = process.env.SOURCE_DATE_EPOCH;
beforeAll(() => {
  process.env.SOURCE_DATE_EPOCH = '1700000000';
});
afterAll(() => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
});

function viaBrowserHost(c: ParityCase) {
  const files = Object.entries(c.files).map(
    ([name, bytes]) => new File([bytes as Uint8Array<ArrayBuffer>], name),
  );
  return buildInBrowser({ files, skipInvalid: c.skipInvalid, builtAt: BUILT_AT });
}

describe('the browser host builds what the CLI builds', () => {
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
        expect(comparable(browser.lines)).toEqual(comparable(cli.log));
        expect(browser.count).toBeGreaterThan(0);
      }
    });
  }
});
