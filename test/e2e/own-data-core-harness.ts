// Runs the browser host of the pipeline core in a real browser on files given
// as base64, and answers with base64: the e2e compares with the CLI.

import { buildInBrowser } from '../../src/own-data/browser-build';

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export interface HarnessOutcome {
  type: string;
  files: Record<string, string>;
  rejected: string | null;
  lines: string[];
}

declare global {
  interface Window {
    buildCase(
      files: Record<string, string>,
      skipInvalid: boolean,
      builtAt: string,
    ): Promise<HarnessOutcome>;
  }
}

window.buildCase = async (files, skipInvalid, builtAt) => {
  const outcome = await buildInBrowser({
    files: Object.entries(files).map(([name, b64]) => new File([fromBase64(b64)], name)),
    skipInvalid,
    builtAt,
  });
  return {
    type: outcome.type,
    files:
      outcome.type === 'built'
        ? Object.fromEntries(Object.entries(outcome.files).map(([p, b]) => [p, toBase64(b)]))
        : {},
    rejected: outcome.type === 'built' && outcome.rejected ? toBase64(outcome.rejected) : null,
    lines: outcome.type === 'problems' ? outcome.lines : [],
  };
};
document.body.dataset.ready = 'true';
