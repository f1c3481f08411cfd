import { describe, expect, it } from 'vitest';
import {
  differenceUnitLabel,
  formatCount,
  formatExactCount,
  formatCv,
  formatDate,
  formatDifference,
  formatMissing,
  formatPercent,
  formatSchoolYear,
  formatValue,
  formatYear,
  formatYearRange,
  languageTag,
} from '../src/format';

describe('formatPercent', () => {
  it.each([
    [0.994, '99.4%'],
    [1, '100.0%'],
    [0, '0.0%'],
    [0.5, '50.0%'],
    [0.8474, '84.7%'],
    [0.8478, '84.8%'],
    [1.053, '105.3%'],
    [0.00049, '0.0%'],
    [12.5, '1,250.0%'],
    [-0.012, '-1.2%'],
  ])('%s → %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });

  it('takes a fixed number of digits', () => {
    expect(formatPercent(0.8799, { digits: 2 })).toBe('87.99%');
    expect(formatPercent(0.8799, { digits: 0 })).toBe('88%');
    expect(formatPercent(0.9996, { digits: 1 })).toBe('100.0%');
  });

  it('never rounds up to 100% a rate below it', () => {
    expect(formatPercent(0.9996)).toBe('99.96%');
    expect(formatPercent(0.99996)).toBe('99.996%');
    // At most two extra digits: beyond that the value is shown rounded.
    expect(formatPercent(0.999996)).toBe('100.000%');
  });

  it('adds digits only where rounding would cross a threshold', () => {
    expect(formatPercent(0.8499, { thresholds: [0.85] })).toBe('84.99%');
    expect(formatPercent(0.84999, { thresholds: [0.85] })).toBe('84.999%');
    // Landing exactly on a threshold also counts: the comparison may be ≥ or ≤.
    expect(formatPercent(0.8501, { thresholds: [0.85] })).toBe('85.01%');
    expect(formatPercent(0.8512, { thresholds: [0.85] })).toBe('85.1%');
    expect(formatPercent(0.85, { thresholds: [0.85] })).toBe('85.0%');
    expect(formatPercent(0.8, { thresholds: [0.85, null, undefined] })).toBe('80.0%');
  });

  it('removes negative zero', () => {
    expect(formatPercent(-0.0000001)).toBe('0.0%');
  });
});

describe('formatCv', () => {
  it.each([
    [0.4213, '0.42'],
    [0.5, '0.50'],
    [0, '0.00'],
    [1.237, '1.24'],
  ])('%s → %s', (value, expected) => {
    expect(formatCv(value)).toBe(expected);
  });

  it('keeps a threshold honest', () => {
    // Rounding onto the threshold counts as crossing it: 0.50 would read as meeting ≤ 0.50.
    expect(formatCv(0.5004, { thresholds: [0.5] })).toBe('0.5004');
    expect(formatCv(0.4996, { thresholds: [0.5] })).toBe('0.4996');
    expect(formatCv(0.47, { thresholds: [0.5] })).toBe('0.47');
    expect(formatCv(0.4213, { digits: 3 })).toBe('0.421');
  });
});

describe('formatValue', () => {
  it('shows fractions as percentages and CVs as decimals', () => {
    expect(formatValue('fraction', 0.994, 'zh')).toBe('99.4%');
    expect(formatValue('fraction', 0.994, 'en')).toBe('99.4%');
    expect(formatValue('cv', 0.42, 'zh')).toBe('0.42');
    expect(formatValue('cv', 0.42, 'en')).toBe('0.42');
  });

  it('shows missing as missing, never zero', () => {
    expect(formatValue('fraction', null, 'zh')).toBe('无数据');
    expect(formatValue('fraction', undefined, 'en')).toBe('No data');
    expect(formatValue('cv', Number.NaN, 'en')).toBe('No data');
    expect(formatValue('fraction', Number.POSITIVE_INFINITY, 'zh')).toBe('无数据');
    expect(formatValue('fraction', 0, 'zh')).toBe('0.0%');
  });

  it('passes options through', () => {
    expect(formatValue('fraction', 0.8799, 'zh', { digits: 2 })).toBe('87.99%');
    expect(formatValue('fraction', 0.8999, 'en', { thresholds: [0.9] })).toBe('89.99%');
    expect(formatValue('cv', 0.45004, 'en', { thresholds: [0.45] })).toBe('0.4500');
  });
});

describe('formatDifference', () => {
  it('writes differences of rates in 百分点 / pp, never %', () => {
    expect(formatDifference('fraction', 0.032, 'zh')).toBe('+3.2个百分点');
    expect(formatDifference('fraction', 0.032, 'en')).toBe('+3.2\u00a0pp');
    expect(formatDifference('fraction', -0.0151, 'zh')).toBe('-1.5个百分点');
    expect(formatDifference('fraction', -0.0151, 'en')).toBe('-1.5\u00a0pp');
  });

  it('writes zero without a sign, including values that round to zero', () => {
    expect(formatDifference('fraction', 0, 'en')).toBe('0.0\u00a0pp');
    expect(formatDifference('fraction', -0.0004, 'zh')).toBe('0.0个百分点');
    expect(formatDifference('cv', 0.004, 'en')).toBe('0.00');
  });

  it('writes CV differences as plain signed decimals', () => {
    expect(formatDifference('cv', -0.03, 'zh')).toBe('-0.03');
    expect(formatDifference('cv', 0.126, 'en')).toBe('+0.13');
    expect(formatDifference('cv', -0.03, 'en', { digits: 3 })).toBe('-0.030');
  });

  it('can leave the unit to an axis title', () => {
    expect(formatDifference('fraction', 0.032, 'zh', { bare: true })).toBe('+3.2');
    expect(formatDifference('fraction', 0.032, 'en', { bare: true, digits: 2 })).toBe('+3.20');
    expect(differenceUnitLabel('fraction', 'zh')).toBe('百分点');
    expect(differenceUnitLabel('fraction', 'en')).toBe('percentage points');
    expect(differenceUnitLabel('cv', 'en')).toBe('');
  });

  it('shows a missing difference as missing', () => {
    expect(formatDifference('fraction', null, 'zh')).toBe('无数据');
    expect(formatDifference('cv', undefined, 'en')).toBe('No data');
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0', '0'],
    [2250, '2250', '2,250'],
    [9999, '9999', '9,999'],
    [10000, '1万', '10,000'],
    [12345, '1.2万', '12,345'],
    [15500, '1.6万', '15,500'],
    [123456, '12.3万', '123,456'],
    [1234567, '123.5万', '1,234,567'],
    [99_994_999, '9999.5万', '99,994,999'],
    [99_999_500, '1亿', '99,999,500'],
    [340_000_000, '3.4亿', '340,000,000'],
    [1_234_567_890, '12.3亿', '1,234,567,890'],
    [-12345, '-1.2万', '-12,345'],
    [790.4, '790', '790'],
  ])('%s → zh %s, en %s', (count, zh, en) => {
    expect(formatCount(count, 'zh')).toBe(zh);
    expect(formatCount(count, 'en')).toBe(en);
  });

  it('shows a missing count as missing', () => {
    expect(formatCount(null, 'zh')).toBe('无数据');
    expect(formatCount(Number.NaN, 'en')).toBe('No data');
  });
});

describe('formatExactCount', () => {
  it("keeps every digit, so that a table's rows add up to its total as printed", () => {
    expect(formatExactCount(3170, 'zh')).toBe('3170');
    expect(formatExactCount(11234, 'zh')).toBe('11234');
    expect(formatExactCount(11234, 'en')).toBe('11,234');
    expect(formatExactCount(790.4, 'zh')).toBe('790');
    expect(formatExactCount(null, 'zh')).toBe('无数据');
  });
});

describe('formatMissing', () => {
  it('names missing data in each language', () => {
    expect(formatMissing('zh')).toBe('无数据');
    expect(formatMissing('en')).toBe('No data');
  });
});

describe('years and dates', () => {
  it('formats a year as itself', () => {
    expect(formatYear(2023)).toBe('2023');
  });

  it('formats the school year that starts in the autumn of the year', () => {
    expect(formatSchoolYear(2023, 'zh')).toBe('2023—2024学年');
    expect(formatSchoolYear(2023, 'en')).toBe('2023/24');
    expect(formatSchoolYear(2009, 'en')).toBe('2009/10');
    expect(formatSchoolYear(1999, 'en')).toBe('1999/2000');
  });

  it('formats a span of years', () => {
    expect(formatYearRange(2021, 2023, 'zh')).toBe('2021—2023年');
    expect(formatYearRange(2021, 2023, 'en')).toBe('2021–2023');
    expect(formatYearRange(2023, 2023, 'zh')).toBe('2023年');
    expect(formatYearRange(2023, 2023, 'en')).toBe('2023');
  });

  it('formats a build time as an ISO date, and leaves the unparseable alone', () => {
    expect(formatDate('2024-05-01T10:20:30Z')).toBe('2024-05-01');
    expect(formatDate('2024-12-31T23:30:00-02:00')).toBe('2025-01-01');
    expect(formatDate('unknown')).toBe('unknown');
  });

  it('maps locales to BCP 47 tags', () => {
    expect(languageTag('zh')).toBe('zh-CN');
    expect(languageTag('en')).toBe('en');
  });
});
