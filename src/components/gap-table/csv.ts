// The CSV a planner downloads: exactly the rows the table shows, UTF-8 with a
// BOM (so Excel reads the Chinese names), LF line endings, RFC 4180 quoting,
// and a data_status column so that the label travels with the numbers.

import { AGGREGATES_COLUMNS, csvCell, type Level, type MetricId } from '../../contract';
import type { GapModel, GapRow } from './model';

/** aggregates.csv's columns, then the gap to the target and the data status. */
export const GAP_CSV_COLUMNS = [
  ...AGGREGATES_COLUMNS,
  'target',
  'gap_pp',
  'needed',
  'counties_below',
  'counties_with_data',
  'data_status',
] as const;

export interface GapCsvInput {
  model: GapModel;
  level: Level;
  parentCode: string;
  year: number;
  metric: MetricId;
  unit: 'fraction' | 'cv';
  synthetic: boolean;
}

const BOM = '\uFEFF';

/** An unknown (null or absent) is an empty cell, never 0. */
function cell(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : csvCell(String(value));
}

/** Percentage points with float noise trimmed (−5.000000000000004 → −5). */
function points(gap: number | null): number | null {
  return gap === null ? null : Number((gap * 100).toFixed(6));
}

function line(row: GapRow, input: GapCsvInput): string {
  const { model } = input;
  return [
    input.level,
    row.code,
    row.name,
    row.parentCode ?? input.parentCode,
    input.year,
    input.metric,
    row.numerator,
    row.denominator,
    row.value,
    [...row.flags].sort().join(';'),
    model.target?.value,
    // gap_pp is in percentage points, so only for fractions; a CV's difference is plain.
    input.unit === 'fraction' ? points(row.gap) : null,
    row.needed,
    row.countiesBelow,
    row.countiesWithData,
    input.synthetic ? 'synthetic' : 'real',
  ]
    .map(cell)
    .join(',');
}

/** Rows in display order, then the units without data. */
export function gapCsv(input: GapCsvInput): string {
  const rows = [...input.model.rows, ...input.model.missing].map((row) => line(row, input));
  return `${BOM}${[GAP_CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}

export function gapCsvFileName(parentCode: string, metric: MetricId, year: number): string {
  return `education-atlas-gaps-${parentCode}-${metric}-${year}.csv`;
}
