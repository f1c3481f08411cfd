// Problems with the input, reported as `FILE:LINE:COLUMN: message` (cell),
// `FILE:LINE: message` (row) or `FILE: message` (file). See docs/data-contract.md "Errors".

export const MAX_PRINTED_ERRORS = 50;

/** A problem that makes a whole input unusable (missing column, empty file). */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'InputError';
  }
}

/** Wrong use of the command line (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface RowProblem {
  file: string;
  line: number;
  /** Canonical English column name; null for a row-level problem. */
  column: string | null;
  message: string;
}

export function formatProblem(p: RowProblem): string {
  return p.column
    ? `${p.file}:${p.line}:${p.column}: ${p.message}`
    : `${p.file}:${p.line}: ${p.message}`;
}

/** Collects row problems in order; prints at most 50, then `… and N more`. */
export class ProblemLog {
  readonly kept: RowProblem[] = [];
  private total = 0;

  add(problem: RowProblem): void {
    this.total++;
    if (this.kept.length < MAX_PRINTED_ERRORS) this.kept.push(problem);
  }

  /** Appends another log (a later part of the same file), shifting its lines. */
  merge(kept: readonly RowProblem[], total: number, lineOffset: number): void {
    for (const problem of kept) {
      if (this.kept.length < MAX_PRINTED_ERRORS)
        this.kept.push({ ...problem, line: problem.line + lineOffset });
    }
    this.total += total;
  }

  get count(): number {
    return this.total;
  }

  /** At most `limit` problem lines (50 by default), then `… and N more`. */
  render(limit = MAX_PRINTED_ERRORS): string[] {
    const lines = this.kept.slice(0, Math.max(0, limit)).map(formatProblem);
    const more = this.total - lines.length;
    return more > 0 ? [...lines, `… and ${more} more`] : lines;
  }
}
