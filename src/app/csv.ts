// CSV downloads for people: the rows on screen, UTF-8 with a BOM so that Excel
// reads the hanzi, and a data_status column so that "synthetic" travels with
// the numbers (docs/data-contract.md, "The download for people").

import { AGGREGATES_COLUMNS, csvCell, type DataStatus, type MetricId } from '../contract';
import type { TableRow } from './table-rows';

export const DOWNLOAD_COLUMNS = [...AGGREGATES_COLUMNS, 'data_status'] as const;
export const BOM = '\ufeff';

function number(value: number | null): string {
  return value === null ? '' : String(value);
}

export interface CsvContext {
  metric: MetricId;
  year: number;
  dataStatus: DataStatus;
}

/** Exactly `rows`, in their order; LF line endings; empty cells for unknowns (never 0). */
export function rowsToCsv(rows: readonly TableRow[], context: CsvContext): string {
  const lines = [DOWNLOAD_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.level,
        row.code,
        row.name,
        row.parentCode,
        String(context.year),
        context.metric,
        number(row.numerator),
        number(row.denominator),
        number(row.value),
        [...row.flags].sort().join(';'),
        context.dataStatus,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${BOM}${lines.join('\n')}\n`;
}
