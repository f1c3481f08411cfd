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
    expect(model.totals).toEqual({
      below: 2,
      withData: 4,
      needed: 35,
      countiesBelow: 2,
      countiesWithData: 4,
    });
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
    expect(model.totals).toMatchObject({ below: 3, withData: 4, needed: 76, countiesBelow: 3 });
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
    expect(model.totals).toEqual({
      below: 1,
      withData: 3,
      needed: null,
      countiesBelow: 1,
      countiesWithData: 3,
    });
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
    expect(none.totals).toEqual({
      below: 0,
      withData: 2,
      needed: null,
      countiesBelow: 0,
      countiesWithData: 2,
    });
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

describe('places needed above county level: the sum over counties below, never netted', () => {
  // A prefecture of three counties, target ≥ 85 % inclusive coverage:
  //   A 700 / 1000 = 70 %: 0.85 × 1000 − 700 = 150 places
  //   B 400 /  500 = 80 %: 0.85 ×  500 − 400 =  25 places
  //   C 1900 / 2000 = 95 %: above, a surplus of 200 that must not offset A and B
  // Its own rate is 3000 / 3500 = 85.7 %, which meets the target: netting would say 0.
  const counties = [row('410601', 700, 1000), row('410602', 400, 500), row('410603', 1900, 2000)];
  const prefecture: GapInputRow = { ...row('410600', 3000, 3500), counties };

  it('counts 150 + 25 = 175 places and 2 of 3 counties below, though the unit meets', () => {
    const model = buildGapModel({ metric: inclusive, rows: [prefecture] });
    expect(
      model.rows.map((r) => [r.status, r.needed, r.countiesBelow, r.countiesWithData]),
    ).toEqual([['meets', 175, 2, 3]]);
    expect(neededToClose(0.85, 3000, 3500)).toBe(0);
    expect(model.totals).toEqual({
      below: 0,
      withData: 1,
      needed: 175,
      countiesBelow: 2,
      countiesWithData: 3,
    });
  });

  it('a unit below the target still counts only its counties below; a county without data is left out', () => {
    // D 850 / 1000 = 85 % exactly: meets; E has no data. Own rate 1300 / 1600 = 81.25 % is below.
    const other: GapInputRow = {
      ...row('410700', 1300, 1600),
      counties: [row('410701', 450, 600), row('410702', 850, 1000), row('410703', null, null)],
    };
    const model = buildGapModel({ metric: inclusive, rows: [prefecture, other] });
    // 410701: 0.85 × 600 − 450 = 60; netted on the unit's own rate it would be 1360 − 1300 = 60 too,
    // so the sum over both units (235) is what matters: 175 + 60.
    expect(
      model.rows.map((r) => [r.code, r.status, r.needed, r.countiesBelow, r.countiesWithData]),
    ).toEqual([
      ['410700', 'below', 60, 1, 2],
      ['410600', 'meets', 175, 2, 3],
    ]);
    expect(model.totals).toMatchObject({
      below: 1,
      needed: 235,
      countiesBelow: 3,
      countiesWithData: 5,
    });
  });

  it('never judges a partial unit as a whole, but still sums its counties below', () => {
    const partial: GapInputRow = { ...prefecture, flags: ['partial'] };
    const model = buildGapModel({ metric: inclusive, rows: [partial] });
    expect(
      model.rows.map((r) => [r.status, r.needed, r.countiesBelow, r.countiesWithData]),
    ).toEqual([['partial', 175, 2, 3]]);
    expect(model.totals.below).toBe(0);
  });

  it('counts CV counties above the threshold, without places', () => {
    const cvRow = (code: string, value: number | null): GapInputRow => ({
      code,
      name: code,
      numerator: null,
      denominator: null,
      value,
      flags: [],
    });
    const model = buildGapModel({
      metric: cv,
      rows: [
        {
          ...cvRow('410600', 0.4),
          counties: [cvRow('1', 0.62), cvRow('2', 0.3), cvRow('3', 0.55)],
        },
      ],
    });
    expect(
      model.rows.map((r) => [r.status, r.needed, r.countiesBelow, r.countiesWithData]),
    ).toEqual([['meets', null, 2, 3]]);
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
      'county,410602,unit 410602,410600,2021,inclusive_kindergarten_coverage,210,250,0.84,incomplete,0.85,-1,3,1,1,synthetic',
      'county,410603,"山城区, ""old""",410600,2021,inclusive_kindergarten_coverage,170,200,0.85,,0.85,0,0,0,1,synthetic',
      'county,410622,unit 410622,410600,2021,inclusive_kindergarten_coverage,,,,,0.85,,,,0,synthetic',
    ]);
  });
});
