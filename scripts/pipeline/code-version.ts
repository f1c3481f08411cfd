// The code version written into every build: `version+commit` (package.json's
// version and the short git commit), or the version alone outside a checkout.
// build:data writes it into its manifests; the site build bakes it into the
// in-browser build (vite.config.ts).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function codeVersion(repoRoot: string): string {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  try {
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    return `${version}+${commit}`;
  } catch {
    return version;
  }
}
