// The files a bureau would drop on the atlas: one prefecture's returns (the
// synthetic demo cut to 鹤壁市, 4106xx), schools.csv with Chinese headers in
// GB18030, population.csv in UTF-8; and the CLI's build of the same files.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { keepCounties } from './prefecture-site';

const ROOT = resolve(import.meta.dirname, '../..');

/** School columns by their Chinese names (DOMAIN.md, "Input files"). */
const CHINESE_HEADERS: Record<string, string> = {
  year: '年份',
  school_id: '学校标识码',
  school_name: '学校名称',
  county_code: '区县代码',
  stage: '学段',
  ownership: '举办者',
  inclusive: '普惠',
  children_enrolled: '在园幼儿数',
  classes: '班级数',
  classes_with_multimedia: '多媒体班级数',
  students: '在校生数',
  students_after_school: '参加课后服务学生数',
  teachers: '专任教师数',
  teachers_after_school: '参与课后服务教师数',
  offers_after_school: '开展课后服务',
};

let gbTable: Map<string, number[]> | null = null;

/** Two-byte GB18030 (GBK) codes of every character they cover, from the decoder itself. */
function gb18030Table(): Map<string, number[]> {
  if (gbTable) return gbTable;
  const decoder = new TextDecoder('gb18030', { fatal: true });
  gbTable = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (!gbTable.has(char)) gbTable.set(char, [lead, trail]);
      } catch {
        // not a character
      }
    }
  }
  return gbTable;
}

/** Text in GB18030; every character here is ASCII or in its two-byte range. */
export function encodeGb18030(text: string): Uint8Array {
  const table = gb18030Table();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = table.get(char);
    if (!bytes) throw new Error(`no two-byte GB18030 code for ${char}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

export function withChineseHeaders(csv: string): string {
  const end = csv.indexOf('\n');
  const header = csv
    .slice(0, end)
    .split(',')
    .map((name) => CHINESE_HEADERS[name] ?? name);
  return `${header.join(',')}${csv.slice(end)}`;
}

export interface OwnInputs {
  /** schools.csv (GB18030, Chinese headers) and population.csv, as a folder for the CLI. */
  dir: string;
  schools: Uint8Array;
  population: Uint8Array;
}

/** The demo cut to one prefecture, written as the bureau's files into `work/<name>`. */
export function prefectureInputs(work: string, prefix = '4106', scale = 0.02): OwnInputs {
  const raw = join(work, 'demo-raw');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/demo-data.ts',
      '--scale',
      String(scale),
      '--out',
      raw,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const schoolsText = keepCounties(readFileSync(join(raw, 'schools.csv'), 'utf8'), prefix);
  const populationText = keepCounties(readFileSync(join(raw, 'population.csv'), 'utf8'), prefix);
  const dir = join(work, 'inputs');
  return writeInputs(
    dir,
    encodeGb18030(withChineseHeaders(schoolsText)),
    new TextEncoder().encode(populationText),
  );
}

export function writeInputs(dir: string, schools: Uint8Array, population: Uint8Array): OwnInputs {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'schools.csv'), schools);
  writeFileSync(join(dir, 'population.csv'), population);
  return { dir, schools, population };
}

export interface CliBuild {
  status: number;
  stdout: string;
  stderr: string;
}

/** `node scripts/compiled.mjs build-data --input DIR --out OUT [ARGS]`, as a user runs it. */
export function cliBuild(input: string, out: string, args: string[] = []): CliBuild {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/compiled.mjs'), 'build-data', '--input', input, '--out', out, ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
