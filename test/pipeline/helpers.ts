import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData, type BuildOptions } from '../../scripts/pipeline/build';

export const SCHOOL_HEADER =
  'year,school_id,school_name,county_code,stage,ownership,inclusive,children_enrolled,classes,classes_with_multimedia,students,students_after_school,teachers,teachers_after_school,offers_after_school';

export interface BuildRun {
  exitCode: number;
  /** stderr: problems only. */
  log: string[];
  /** stdout: other messages. */
  info: string[];
  out: string;
  input: string;
  /** aggregates.csv rows as objects (strings), empty when not written. */
  rows: Record<string, string>[];
}

export function tempDir(prefix = 'atlas-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeInputs(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}

/** Simple CSV reader for our own output (RFC 4180 quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export function readAggregates(out: string): Record<string, string>[] {
  const path = join(out, 'aggregates.csv');
  if (!existsSync(path)) return [];
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

export async function runBuild(
  files: Record<string, string | Uint8Array>,
  options: Partial<BuildOptions> = {},
): Promise<BuildRun> {
  const input = tempDir();
  writeInputs(input, files);
  const out = options.out ?? join(tempDir(), 'out');
  const log: string[] = [];
  const info: string[] = [];
  const result = await buildData({
    input,
    out,
    skipInvalid: false,
    projectReported: null,
    log: (line) => log.push(line),
    info: (line) => info.push(line),
    ...options,
  });
  return { exitCode: result.exitCode, log, info, out, input, rows: readAggregates(out) };
}

export function find(
  rows: Record<string, string>[],
  level: string,
  code: string,
  metric: string,
  year = '2021',
) {
  return rows.find(
    (r) => r.level === level && r.code === code && r.metric === metric && r.year === year,
  );
}

export function schools(...lines: string[]): string {
  return [SCHOOL_HEADER, ...lines].join('\n') + '\n';
}
