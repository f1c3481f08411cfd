// The output folder rules (docs/data-contract.md, "The output folder"): a refused --out leaves
// every byte in place, a symlink's target is replaced, and temporary siblings
// of dead builds disappear at the next build.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleSiblings, replaceFolder, TEMP_PREFIX } from '../../scripts/pipeline/atomic';
import { REPO_ROOT } from '../../scripts/pipeline/build';
import { checkOutputFolder } from '../../scripts/pipeline/output-folder';
import { removeTemporaries } from '../../scripts/build/vite-plugin-omit-temporaries';
import { runBuild, schools, tempDir, writeInputs } from './helpers';

const GOOD = { 'schools.csv': schools('2021,S1,,410602,senior,public,,,10,7,,,,,') };

/** Every file under `root` with its hash (and symlinks with their target). */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) files[relative(root, path)] = `-> ${readlinkSync(path)}`;
      else if (stat.isDirectory()) walk(path);
      else
        files[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return files;
}

/** A workspace: input folder with good returns, and the place around it. */
function workspace() {
  const root = tempDir('atlas-out-');
  const input = join(root, 'data', 'raw');
  mkdirSync(input, { recursive: true });
  writeInputs(input, GOOD);
  return { root, input };
}

function refusal(out: string, input: string, cwd: string, repoRoot = REPO_ROOT): string {
  try {
    checkOutputFolder({ out, input, repoRoot, cwd });
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('--out is checked before anything is written', () => {
  it('refuses the empty string, the current directory, the repository and the input folder', () => {
    const { root, input } = workspace();
    const repo = root; // a stand-in repository root
    expect(refusal('', input, root, repo)).toMatch(/it is empty/);
    expect(refusal('  ', input, root, repo)).toMatch(/it is empty/);
    expect(refusal('.', input, join(root, 'data'), repo)).toMatch(/it is the current directory/);
    expect(refusal(root, input, tempDir(), repo)).toMatch(/it is the repository root/);
    expect(refusal(dirname(root), input, '/', repo)).toMatch(/contains the repository/);
    expect(refusal(input, input, tempDir(), tempDir())).toMatch(/it is the input folder/);
    expect(refusal(join(root, 'data'), input, tempDir(), tempDir())).toMatch(
      /contains the input folder/,
    );
    expect(refusal('/', input, tempDir(), tempDir())).toMatch(/refusing/);
    // the real repository too
    expect(refusal(REPO_ROOT, input, tempDir())).toMatch(/repository root/);
    // every message says what --out may be
    expect(refusal('', input, root, repo)).toMatch(/--out must be an empty folder/);
  });

  it('refuses a file and a folder with foreign files, and leaves them byte-identical', async () => {
    const { root, input } = workspace();
    const file = join(root, 'notes.txt');
    writeFileSync(file, 'my notes');
    const folder = join(root, 'reports');
    mkdirSync(folder);
    writeFileSync(join(folder, '报告.docx'), 'a user document');
    const before = snapshot(root);
    expect(refusal(join(file, 'data'), input, '/')).toMatch(
      /notes\.txt is not a folder that can be written to/,
    );
    for (const out of [file, folder]) {
      const run = await runBuild(GOOD, { out, input: input });
      expect(run.exitCode).toBe(2);
      expect(run.log.join('\n')).toMatch(/refusing to write to --out/);
    }
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses an earlier build that someone added a file to, and replaces a clean one', async () => {
    const { root, input } = workspace();
    const out = join(root, 'site-data');
    expect((await runBuild(GOOD, { out, input })).exitCode).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.generator).toBe('edu-atlas build:data');
    expect(manifest.outputs).toContain('aggregates.csv');
    expect(manifest.outputs).not.toContain('rejected.csv');
    // a rebuild over its own output works
    expect((await runBuild(GOOD, { out, input })).exitCode).toBe(0);
    writeFileSync(join(out, 'v1', 'my-edits.json'), '{}');
    const before = snapshot(root);
    const run = await runBuild(GOOD, { out, input });
    expect(run.exitCode).toBe(2);
    expect(run.log.join('\n')).toMatch(/also holds other files \(v1\/my-edits\.json\)/);
    expect(snapshot(root)).toEqual(before);
  });

  it('resolves a symlink and replaces its target, keeping the link', async () => {
    const { root, input } = workspace();
    const target = join(root, 'real-data');
    expect((await runBuild(GOOD, { out: target, input })).exitCode).toBe(0);
    const link = join(root, 'public-data');
    symlinkSync(target, link);
    const changed = { 'schools.csv': schools('2022,S1,,410602,senior,public,,,10,9,,,,,') };
    writeInputs(input, changed);
    expect((await runBuild(changed, { out: link, input })).exitCode).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(target, 'aggregates.csv'), 'utf8')).toMatch(/,2022,/);
    expect(readdirSync(root).filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([]);
  });

  it('refuses `--out .` from the command line in a repository checkout, exit 2, nothing touched', () => {
    const { root, input } = workspace();
    writeFileSync(join(root, 'README.md'), 'mine');
    const before = snapshot(root);
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        join(REPO_ROOT, 'scripts/build-data.ts'),
        '--input',
        input,
        '--out',
        '.',
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/refusing to write to --out "\.": it is the current directory/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(root)).toEqual(before);
  }, 60_000);
});

describe('temporary siblings', () => {
  it('are removed at the next build when their process is gone, never when it runs', async () => {
    const parent = tempDir();
    const out = join(parent, 'out');
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    const stale = join(parent, `${TEMP_PREFIX}out.new-${dead}-abc`);
    const live = join(parent, `${TEMP_PREFIX}out.new-${process.ppid}-abc`);
    mkdirSync(stale);
    writeFileSync(join(stale, 'big.json'), 'x'.repeat(1000));
    mkdirSync(live);
    await replaceFolder(out, async (tmp) => writeFileSync(join(tmp, 'a.txt'), 'a'));
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true); // another build may still be writing it
    expect(removeStaleSiblings(out)).toEqual([]);
  });

  it('are cleaned up by a build interrupted with SIGINT, and the old output stays', async () => {
    const parent = tempDir();
    const out = join(parent, 'out');
    await replaceFolder(out, async (tmp) => writeFileSync(join(tmp, 'old.txt'), 'old'));
    const script = `
      import { replaceFolder } from ${JSON.stringify(join(REPO_ROOT, 'scripts/pipeline/atomic.ts'))};
      import { writeFileSync } from 'node:fs';
      await replaceFolder(${JSON.stringify(out)}, async (tmp) => {
        writeFileSync(tmp + '/half.txt', 'half');
        process.stdout.write('writing\\n');
        await new Promise(() => setInterval(() => undefined, 1000));
      });`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: REPO_ROOT,
      },
    );
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    expect(readdirSync(parent).some((n) => n.startsWith(TEMP_PREFIX))).toBe(true);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(130);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(readFileSync(join(out, 'old.txt'), 'utf8')).toBe('old');
  }, 60_000);

  it('are ignored by git and left out of the site build', () => {
    expect(readFileSync(join(REPO_ROOT, '.gitignore'), 'utf8')).toContain(`${TEMP_PREFIX}*`);
    expect(readFileSync(join(REPO_ROOT, 'vite.config.ts'), 'utf8')).toMatch(
      /omitBuildTemporaries\(\)/,
    );
    const dist = tempDir();
    mkdirSync(join(dist, `${TEMP_PREFIX}data.new-1-x`, 'v1'), { recursive: true });
    mkdirSync(join(dist, 'data', 'v1'), { recursive: true });
    writeFileSync(join(dist, 'data', 'v1', 'index.json'), '{}');
    writeFileSync(join(dist, 'data', `${TEMP_PREFIX}rejected.csv.new-1-x`), 'rows');
    expect(removeTemporaries(dist)).toBe(2);
    expect(snapshot(dist)).toEqual({ 'data/v1/index.json': expect.any(String) });
  });
});
