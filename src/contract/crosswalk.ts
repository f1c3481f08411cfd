// The crosswalk of county-level code changes (data/crosswalk.csv), shared by
// the data build and the boundary build. This module only parses text: it
// reads no file, so the same parser can run in a browser.
//
// One row per old code that is no longer in the reference list:
//   kind            rename (same territory, new code), merge (wholly into one
//                   current unit that also holds other territory), split (divided
//                   among several current units)
//   old_code        the six-digit code of its day
//   old_name        its name of its day
//   new_codes       current code(s), `;`-separated: one for rename and merge,
//                   several for split; chains of changes are resolved, so every
//                   one is in the reference list
//   effective_date  YYYY-MM-DD (or YYYY-MM): the date of the approval
//   source          the approval (国函/民函 number) or the Ministry of Civil
//                   Affairs' yearly change list (县级以上行政区划变更情况)

export type CodeChangeKind = 'rename' | 'merge' | 'split';

export interface CodeChange {
  kind: CodeChangeKind;
  oldCode: string;
  oldName: string;
  /** Current codes: one for rename and merge, two or more for split. */
  newCodes: readonly string[];
  /** YYYY-MM-DD or YYYY-MM. */
  effectiveDate: string;
  source: string;
  /** Line in the file (header = 1), for messages. */
  line: number;
}

export const CROSSWALK_COLUMNS = [
  'kind',
  'old_code',
  'old_name',
  'new_codes',
  'effective_date',
  'source',
] as const;

const KINDS: readonly CodeChangeKind[] = ['rename', 'merge', 'split'];
const CODE = /^\d{6}$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

/** A problem in the crosswalk file, as `FILE:LINE:COLUMN: message`. */
export class CrosswalkError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'CrosswalkError';
  }
}

/** RFC 4180 records with their starting line (quoted fields may hold commas and line breaks). */
function csvRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') records.push({ line: start, cells });
      cells = [];
      cell = '';
      start = ++line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) records.push({ line: start, cells: [...cells, cell] });
  return records;
}

/** Parses data/crosswalk.csv; throws CrosswalkError listing every problem. */
export function parseCrosswalk(text: string, file = 'data/crosswalk.csv'): CodeChange[] {
  const [header, ...rows] = csvRecords(text);
  const problems: string[] = [];
  if (!header || header.cells.join(',') !== CROSSWALK_COLUMNS.join(',')) {
    throw new CrosswalkError([
      `${file}:1: the header must be ${CROSSWALK_COLUMNS.join(',')} (found ${header?.cells.join(',') ?? 'nothing'})`,
    ]);
  }
  const changes: CodeChange[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of rows) {
    const at = (column: string) => `${file}:${line}:${column}`;
    if (cells.length !== CROSSWALK_COLUMNS.length) {
      problems.push(
        `${file}:${line}: expected ${CROSSWALK_COLUMNS.length} fields, found ${cells.length}`,
      );
      continue;
    }
    const [kind, oldCode, oldName, newCodesText, effectiveDate, source] = cells.map((c) =>
      c.trim(),
    );
    const before = problems.length;
    if (!KINDS.includes(kind as CodeChangeKind))
      problems.push(`${at('kind')}: "${kind}" is not one of ${KINDS.join(', ')}`);
    if (!CODE.test(oldCode)) problems.push(`${at('old_code')}: "${oldCode}" is not six digits`);
    if (!oldName) problems.push(`${at('old_name')}: empty`);
    const newCodes = newCodesText.split(';').map((c) => c.trim());
    if (newCodes.some((c) => !CODE.test(c)))
      problems.push(`${at('new_codes')}: "${newCodesText}" is not six-digit codes separated by ;`);
    else if (new Set(newCodes).size !== newCodes.length)
      problems.push(`${at('new_codes')}: "${newCodesText}" repeats a code`);
    else if (kind === 'split' ? newCodes.length < 2 : newCodes.length !== 1)
      problems.push(
        `${at('new_codes')}: a ${kind} has ${kind === 'split' ? 'two or more new codes' : 'exactly one new code'} (found ${newCodes.length})`,
      );
    if (!DATE.test(effectiveDate))
      problems.push(`${at('effective_date')}: "${effectiveDate}" is not YYYY-MM-DD or YYYY-MM`);
    if (!source) problems.push(`${at('source')}: empty (cite the approval or the change list)`);
    const first = firstLine.get(oldCode);
    if (first !== undefined)
      problems.push(`${at('old_code')}: ${oldCode} already has a row on line ${first}`);
    else firstLine.set(oldCode, line);
    if (problems.length > before) continue;
    changes.push({
      kind: kind as CodeChangeKind,
      oldCode,
      oldName,
      newCodes,
      effectiveDate,
      source,
      line,
    });
  }
  if (problems.length > 0) throw new CrosswalkError(problems);
  return changes;
}

/** The year a change took effect. */
export function changeYear(change: Pick<CodeChange, 'effectiveDate'>): number {
  return Number(change.effectiveDate.slice(0, 4));
}
