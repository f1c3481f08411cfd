// The problems of a refused build as the dialog lists them: the worker's
// `FILE:LINE:COLUMN: message` lines (it sends at most 50) and, when there
// were more, how many are not shown.

export const SHOWN_PROBLEMS = 50;

export interface ProblemList {
  lines: string[];
  /** Problems not listed (0 when all are). */
  more: number;
}

export function problemList(lines: readonly string[], count: number): ProblemList {
  const shown = lines.slice(0, SHOWN_PROBLEMS);
  return { lines: shown, more: Math.max(0, count - shown.length) };
}
