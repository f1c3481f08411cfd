// What every input reader shares during one build: the reference list, the
// problem log, and what to do with invalid rows.

import type { CsvRecord } from './csv-scan';
import type { CellDecoder } from './encoding';
import { ProblemLog, type RowProblem } from './errors';
import type { ReferenceList } from './reference-list';
import { RejectedList, type RejectedSink } from './rejected-rows';

export type { RejectedRow } from './rejected-rows';

export class BuildContext {
  problems = new ProblemLog();
  /** code, year, metric and source of each reported figure read → where it was first read. */
  readonly reportedFigures = new Map<string, string>();

  constructor(
    readonly reference: ReferenceList,
    readonly skipInvalid: boolean,
    /** Where rows set aside under --skip-invalid go (streamed to a file by the build). */
    readonly rejected: RejectedSink = new RejectedList(),
  ) {}

  /** Forgets what was reported (before a second pass over the same file). */
  reset(): void {
    this.problems = new ProblemLog();
    this.rejected.reset();
    this.reportedFigures.clear();
  }

  /** Reports the problems of one row; under --skip-invalid keeps the row for rejected.csv. */
  rejectRow(
    problems: readonly RowProblem[],
    record: CsvRecord,
    decoder: CellDecoder,
    header: string[],
  ): void {
    for (const problem of problems) this.problems.add({ ...problem });
    if (!this.skipInvalid) return;
    const first = problems[0];
    this.rejected.add(
      {
        file: first.file,
        line: first.line,
        column: first.column ?? '',
        reason: problems
          .map((p) => (p.column && p !== first ? `${p.column}: ${p.message}` : p.message))
          .join('; '),
        cells: decoder.originals(record),
      },
      header,
    );
  }
}

/** The years a return may carry: 1949 to the build's calendar year + 1 (docs/data-contract.md). */
export const FIRST_YEAR = 1949;
export const LAST_YEAR = new Date().getFullYear() + 1;

export function isYearInRange(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** Validation messages shared by the readers. */
export const explain = {
  yearRange: (year: number) =>
    `year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR} (expected the school year a return describes, e.g. 2023 for 2023/24)`,
  empty: (column: string, what: string) => `${column} is empty (${what} is required)`,
  notCount: (column: string, text: string) =>
    text.startsWith('-')
      ? `${column} "${text}" is negative (expected a whole number ≥ 0)`
      : `${column} "${text}" is not a count (expected a whole number ≥ 0, written without sign, decimals or thousands separators)`,
  year: (text: string) => `year "${text}" is not a four-digit year (expected e.g. 2023)`,
  code: (column: string, text: string) =>
    `${column} "${text}" is not a six-digit code (expected e.g. 410602)`,
  unknownCode: (column: string, text: string, reference: string) =>
    `${column} ${text} is not in the reference list (${reference}) nor in the crosswalk of old codes (data/crosswalk.csv): use the current six-digit county-level code`,
  fieldCount: (expected: number, found: number) =>
    `expected ${expected} fields as in the header, found ${found} (check for an unquoted comma or a missing cell)`,
};

/** Problems of a record's shape (quotes, field count), before any cell is read. */
export function shapeProblems(
  file: string,
  record: CsvRecord,
  header: readonly string[],
): RowProblem[] {
  if (record.malformed)
    return [{ file, line: record.line, column: null, message: record.malformed }];
  if (record.count !== header.length) {
    return [
      {
        file,
        line: record.line,
        column: null,
        message: explain.fieldCount(header.length, record.count),
      },
    ];
  }
  return [];
}
