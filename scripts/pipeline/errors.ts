// Problems with the input, reported as `FILE:LINE:COLUMN: message` (cell),
// `FILE:LINE: message` (row) or `FILE: message` (file). See DOMAIN.md "Errors".

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

/** Collects problem lines; prints at most 50, then `… and N more`. */
export class ProblemLog {
  private readonly lines: string[] = [];
  private total = 0;

  add(line: string): void {
    this.total++;
    if (this.lines.length < MAX_PRINTED_ERRORS) this.lines.push(line);
  }

  get count(): number {
    return this.total;
  }

  render(): string[] {
    const more = this.total - this.lines.length;
    return more > 0 ? [...this.lines, `… and ${more} more`] : [...this.lines];
  }
}
