// Rows set aside under --skip-invalid, in the form people read them
// (docs/data-contract.md, "Rejected rows"): a BOM for Excel, and cells a
// spreadsheet would run as formulas written with a leading `'`. Host-free:
// the CLI streams these lines to a file (rejected.ts), the browser keeps them.

export interface RejectedRow {
  file: string;
  line: number;
  column: string;
  reason: string;
  cells: string[];
}

/** Where the readers put rejected rows. */
export interface RejectedSink {
  add(row: RejectedRow, header: readonly string[]): void;
  /** Forgets every row (before a second pass over the same files). */
  reset(): void;
  readonly count: number;
}

export const BOM = '\uFEFF';
const COLUMNS = ['file', 'line', 'column', 'reason'];
export const SIGNATURE = `${BOM}${COLUMNS.join(',')}`;
const FORMULA_START = /^[=+\-@\t\r]$/;

/** A cell as a spreadsheet will show it: text, never a formula. */
export function neutralised(cell: string): string {
  return cell.length > 0 && FORMULA_START.test(cell[0]) ? `'${cell}` : cell;
}

function needsQuotes(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 0x22 || c === 0x2c || c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

function csvField(cell: string): string {
  const safe = neutralised(cell);
  return needsQuotes(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function rejectedLine(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\n`;
}

/** Rejected rows kept in memory, up to a cap (reader threads; the main thread streams). */
export class RejectedList implements RejectedSink {
  rows: RejectedRow[] = [];
  overflowed = false;
  private total = 0;

  constructor(private readonly cap = 20_000) {}

  add(row: RejectedRow): void {
    this.total++;
    if (this.rows.length < this.cap) this.rows.push(row);
    else this.overflowed = true;
  }

  reset(): void {
    this.rows = [];
    this.total = 0;
    this.overflowed = false;
  }

  get count(): number {
    return this.total;
  }
}

/** The kind of problem a row was rejected for, for the summary line. */
export function reasonKey(row: RejectedRow): string {
  return row.column || 'row shape';
}

/** Counts, widths and headers of the rejected rows: the header line and the summary. */
export class RejectedTally {
  total = 0;
  private width = 0;
  private readonly headers = new Map<string, readonly string[]>();
  readonly byReason = new Map<string, number>();

  /** Counts a row; returns its line. */
  line(row: RejectedRow, header: readonly string[]): string {
    this.total++;
    const key = reasonKey(row);
    this.byReason.set(key, (this.byReason.get(key) ?? 0) + 1);
    if (!this.headers.has(row.file)) this.headers.set(row.file, header);
    if (row.cells.length > this.width) this.width = row.cells.length;
    return rejectedLine([row.file, String(row.line), row.column, row.reason, ...row.cells]);
  }

  reset(): void {
    this.total = 0;
    this.width = 0;
    this.headers.clear();
    this.byReason.clear();
  }

  /** The first line of the file: BOM, the four columns, then the input's header when there is one input. */
  headerLine(): string {
    const single = this.headers.size === 1 ? [...this.headers.values()][0] : null;
    const names = Array.from({ length: this.width }, (_, i) => single?.[i] || `cell_${i + 1}`);
    return rejectedLine([...COLUMNS, ...names]).replace(/^/, BOM);
  }

  /** "149,000 county_code; 1,000 year" */
  summary(): string {
    return [...this.byReason]
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${n.toLocaleString('en')} ${reason}`)
      .join('; ');
  }
}

/** Rejected rows as the text of rejected.csv, held in memory (the browser host). */
export class RejectedText implements RejectedSink {
  private readonly tally = new RejectedTally();
  private lines: string[] = [];

  add(row: RejectedRow, header: readonly string[]): void {
    this.lines.push(this.tally.line(row, header));
  }

  reset(): void {
    this.tally.reset();
    this.lines = [];
  }

  get count(): number {
    return this.tally.total;
  }

  summary(): string {
    return this.tally.summary();
  }

  /** The whole file, exactly as the CLI writes it. */
  text(): string {
    return this.tally.headerLine() + this.lines.join('');
  }
}
