import { describe, expect, it } from 'vitest';
import { metricById } from '../../src/contract';
import { effectiveTarget, neededToClose } from '../../src/components/gap-table/gap';
import { buildGapModel, type GapInputRow } from '../../src/components/gap-table/model';
import { gapCsv, GAP_CSV_COLUMNS } from '../../src/components/gap-table/csv';

const inclusive = metricById('inclusive_kindergarten_coverage'); // target ≥ 0.85
const gross = metricById('preschool_gross_enrollment'); // target ≥ 0.9
const cv = metricById('multimedia_balance_cv_primary'); // threshold ≤ 0.5
const multimedia = metricById('class_multimedia_rate'); // no target

const row = (
  code: string,
  numerator: number | null,
  denominator: number | null,
  flags: string[] = [],
): GapInputRow => ({
  code,
  name: `unit ${code}`,
  numerator,
  denominator,
  value: numerator !== null && denominator ? numerator / denominator : null,
  flags,
});

describe('neededToClose', () => {
  it('is ceil(t × d − n), never negative', () => {
    // 0.85 × 2600 = 2210; 2210 − 2150 = 60
    expect(neededToClose(0.85, 2150, 2600)).toBe(60);
    // 0.9 × 1001 = 900.9; 900.9 − 900 = 0.9 → 1 (round up: 900 children is still below)
    expect(neededToClose(0.9, 900, 1001)).toBe(1);
    // 0.9 × 2600 = 2340 < 2345
    expect(neededToClose(0.9, 2345, 2600)).toBe(0);
  });

  it('exactly at the target needs nothing, despite float noise in t × d', () => {
    // 0.07 × 100 is 7.000000000000001 in binary floating point
    expect(0.07 * 100).not.toBe(7);
    expect(neededToClose(0.07, 7, 100)).toBe(0);
    expect(neededToClose(0.07, 6, 100)).toBe(1);
    expect(neededToClose(0.85, 17, 20)).toBe(0);
    expect(neededToClose(0.9, 900, 1000)).toBe(0);
    expect(neededToClose(0.85, 16, 20)).toBe(1);
  });
});

describe('buildGapModel', () => {
  const rows = [
    row('410602', 210, 250), // 84 %: 0.85 × 250 = 212.5 → 3 more
    row('410603', 170, 200), // exactly 85 %: meets
    row('410611', 300, 390), // 76.92 %: 331.5 − 300 = 31.5 → 32
    row('410621', 480, 500), // 96 %: meets
    row('410622', null, null), // missing
    { ...row('410671', null, null), value: null },
  ];

  it('ranks units below the target by gap, counts places, keeps missing apart', () => {
    const model = buildGapModel({ metric: inclusive, rows });
    expect(model.mode).toBe('count');
    expect(model.rows.map((r) => [r.code, r.status, r.needed])).toEqual([
      ['410611', 'below', 32],
      ['410602', 'below', 3],
      ['410603', 'meets', 0],
      ['410621', 'meets', 0],
    ]);
    expect(model.rows[1].gap).toBeCloseTo(-0.01, 12);
    expect(model.missing.map((r) => [r.code, r.status, r.needed, r.gap])).toEqual([
      ['410622', 'missing', null, null],
      ['410671', 'missing', null, null],
    ]);
    expect(model.totals).toEqual({ below: 2, withData: 4, needed: 35 });
  });

  it('sorts ascending on request (ties by code)', () => {
    const model = buildGapModel({ metric: inclusive, rows, sort: 'gap-asc' });
    expect(model.rows.map((r) => r.code)).toEqual(['410621', '410603', '410602', '410611']);
  });

  it('answers "what if 90 %?" with an override target', () => {
    const model = buildGapModel({ metric: inclusive, rows, target: 0.9 });
    // 410603: 180 − 170 = 10; 410602: 225 − 210 = 15; 410611: 351 − 300 = 51; 410621: 450 < 480
    expect(model.rows.map((r) => [r.code, r.needed])).toEqual([
      ['410611', 51],
      ['410602', 15],
      ['410603', 10],
      ['410621', 0],
    ]);
    expect(model.totals).toEqual({ below: 3, withData: 4, needed: 76 });
  });

  it('gross enrollment counts children at the current population; over 100 % meets', () => {
    const model = buildGapModel({
      metric: gross,
      rows: [row('1', 1350, 1440), row('2', 1100, 1000, ['over_100'])],
    });
    // 0.9 × 1440 = 1296 < 1350: meets
    expect(model.rows.map((r) => [r.code, r.status, r.needed])).toEqual([
      ['1', 'meets', 0],
      ['2', 'meets', 0],
    ]);
  });

  it('CVs: units above the threshold, no count', () => {
    const model = buildGapModel({
      metric: cv,
      rows: [
        { code: 'a', name: 'a', numerator: null, denominator: null, value: 0.62, flags: [] },
        { code: 'b', name: 'b', numerator: null, denominator: null, value: 0.5, flags: [] },
        { code: 'c', name: 'c', numerator: null, denominator: null, value: 0.31, flags: [] },
        { code: 'd', name: 'd', numerator: null, denominator: null, value: null, flags: [] },
      ],
    });
    expect(model.mode).toBe('cv');
    expect(model.rows.map((r) => [r.code, r.status, r.needed])).toEqual([
      ['a', 'below', null],
      ['b', 'meets', null], // exactly at 0.50 meets (≤)
      ['c', 'meets', null],
    ]);
    expect(model.rows[0].gap).toBeCloseTo(0.12, 12);
    expect(model.totals).toEqual({ below: 1, withData: 3, needed: null });
    expect(model.missing.map((r) => r.code)).toEqual(['d']);
  });

  it('a metric without a target judges nobody until a target is typed', () => {
    const none = buildGapModel({
      metric: multimedia,
      rows: [row('1', 90, 100), row('2', 99, 100)],
    });
    expect(none.mode).toBe('none');
    expect(none.target).toBeNull();
    expect(none.rows.every((r) => r.status === 'unjudged' && r.gap === null)).toBe(true);
    expect(none.totals).toEqual({ below: 0, withData: 2, needed: null });
    const typed = buildGapModel({
      metric: multimedia,
      rows: [row('1', 90, 100), row('2', 99, 100)],
      target: 0.95,
    });
    expect(typed.mode).toBe('count');
    expect(typed.rows.map((r) => [r.code, r.needed])).toEqual([
      ['1', 5],
      ['2', 0],
    ]);
    expect(effectiveTarget(multimedia, 0.95)).toEqual({ value: 0.95, comparison: '>=' });
  });
});

describe('gapCsv', () => {
  it('writes exactly the rows shown, BOM, quoting, data_status', () => {
    const model = buildGapModel({
      metric: inclusive,
      rows: [
        row('410602', 210, 250, ['incomplete']),
        { ...row('410603', 170, 200), name: '山城区, "old"' },
        row('410622', null, null),
      ],
    });
    const csv = gapCsv({
      model,
      level: 'county',
      parentCode: '410600',
      year: 2021,
      metric: 'inclusive_kindergarten_coverage',
      unit: 'fraction',
      synthetic: true,
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\n');
    expect(lines[0]).toBe(GAP_CSV_COLUMNS.join(','));
    expect(lines.slice(1)).toEqual([
      'county,410602,unit 410602,410600,2021,inclusive_kindergarten_coverage,210,250,0.84,incomplete,0.85,-1,3,synthetic',
      'county,410603,"山城区, ""old""",410600,2021,inclusive_kindergarten_coverage,170,200,0.85,,0.85,0,0,synthetic',
      'county,410622,unit 410622,410600,2021,inclusive_kindergarten_coverage,,,,,0.85,,,synthetic',
    ]);
  });
});
