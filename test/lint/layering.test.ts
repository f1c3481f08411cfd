// The layering of src/ (eslint.config.js) is enforced: crafted modules that
// break it, linted as if they lived where their names say, must fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });
const FIXTURES = join(import.meta.dirname, '../fixtures/lint');

async function restrictedImports(fixture: string, filePath: string): Promise<string[]> {
  const code = readFileSync(join(FIXTURES, fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('layering of src/ and scripts/', () => {
  it('refuses a contract module importing the app', async () => {
    const messages = await restrictedImports('contract-imports-app.ts.txt', 'src/contract/x.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('src/contract may import only nothing else in src');
  });

  it('refuses a chart importing the map at run time (siblings)', async () => {
    const messages = await restrictedImports(
      'charts-imports-map.ts.txt',
      'src/charts/ranking/x.ts',
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('src/charts may import only contract, format, i18n, data');
  });

  it('allows the map to draw with the charts and a type-only import from above', async () => {
    expect(await restrictedImports('charts-imports-map.ts.txt', 'src/map/sub/x.ts')).toEqual([]);
    expect(await restrictedImports('i18n-type-import.ts.txt', 'src/i18n/x.ts')).toEqual([]);
  });

  // The project itself is linted by `npm run lint` (part of `npm test`).
  it('refuses a script importing from test/', async () => {
    const messages = await restrictedImports('script-imports-test.ts.txt', 'scripts/x.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('scripts/ never import test/');
  });

  it('keeps the pipeline core free of Node (it runs in a browser worker too)', async () => {
    const code = readFileSync(join(FIXTURES, 'pipeline-core-uses-node.ts.txt'), 'utf8');
    const [core] = await eslint.lintText(code, { filePath: 'src/pipeline/schools.ts' });
    const rules = core.messages.map((m) => `${m.ruleId}: ${m.message}`);
    expect(rules.filter((r) => r.includes('no Node modules'))).toHaveLength(1);
    expect(rules.filter((r) => r.includes('src/ never imports scripts/'))).toHaveLength(1);
    expect(rules.filter((r) => r.startsWith('no-restricted-globals'))).toHaveLength(1);
    // The same code in the command-line host is allowed.
    const [host] = await eslint.lintText(code, { filePath: 'scripts/pipeline/build.ts' });
    expect(host.messages.filter((m) => m.ruleId?.includes('restricted'))).toEqual([]);
  });
});
