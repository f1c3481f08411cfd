import { describe, expect, it } from 'vitest';
import { BOM, rowsToCsv } from '../../src/app/csv';
import { sortRows, tableRows } from '../../src/app/table-rows';
import { metricById } from '../../src/contract';
import { units } from './fixture-units';
import { values } from './fixture-values';

const metric = metricById('inclusive_kindergarten_coverage');
const rows = tableRows(units.childrenOf(units.get('prefecture', '410600')!), values, metric);

describe('rowsToCsv', () => {
  const csv = rowsToCsv(rows, { metric: metric.id, year: 2023, dataStatus: 'synthetic' });

  it('starts with a BOM and the contract columns plus data_status', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\n')[0]).toBe(
      'level,code,name,parent_code,year,metric,numerator,denominator,value,flags,data_status',
    );
  });

  it('writes exactly the rows given, in their order, missing as empty cells', () => {
    expect(csv.slice(1).split('\n').slice(1)).toEqual([
      'county,410611,淇滨区,410600,2023,inclusive_kindergarten_coverage,90,100,0.9,,synthetic',
      'county,410602,鹤山区,410600,2023,inclusive_kindergarten_coverage,80,100,0.8,incomplete,synthetic',
      'county,410621,浚县,410600,2023,inclusive_kindergarten_coverage,,,,,synthetic',
      '',
    ]);
    const byName = rowsToCsv(sortRows(rows, 'code', 'asc').slice(0, 1), {
      metric: metric.id,
      year: 2023,
      dataStatus: 'real',
    });
    expect(byName.trim().split('\n')).toHaveLength(2);
    expect(byName).toContain('410602');
    expect(byName.trim().endsWith(',real')).toBe(true);
  });

  it('quotes cells that need it', () => {
    const odd = [{ ...rows[0], name: 'A, "B"' }];
    expect(rowsToCsv(odd, { metric: metric.id, year: 2023, dataStatus: 'real' })).toContain(
      ',"A, ""B""",',
    );
  });
});
