// Numbers as people read them: metric values, differences, counts, missing.
// Rules (docs/data-contract.md): fractions are shown as percentages; differences of
// rates are 百分点 / percentage points, never "%"; CVs are plain decimals and
// their differences plain differences; missing is shown as missing, never 0.

import type { MetricDefinition } from '../contract';
import { formatFixed } from './fixed';
import type { Locale } from './locale';

export type MetricUnit = MetricDefinition['unit'];

/** Decimal places of a percentage (99.4%) and of a CV (0.42) by default. */
export const PERCENT_DIGITS = 1;
export const CV_DIGITS = 2;
/** More digits are added only up to this many, to keep a threshold honest. */
const MAX_EXTRA_DIGITS = 2;

export interface ValueFormatOptions {
  /** Fixed number of decimals; turns off the threshold rule below. */
  digits?: number;
  /**
   * Values (as fractions or CVs) that rounding must not cross. A rate of
   * 0.9996 reads 99.96%, not 100.0%; a coverage of 0.8499 against an 85%
   * target reads 84.99%. 1 (100%) is always guarded for fractions.
   */
  thresholds?: readonly (number | null | undefined)[];
}

const MISSING: Record<Locale, string> = { zh: '无数据', en: 'No data' };

export function formatMissing(locale: Locale): string {
  return MISSING[locale];
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Fixed decimals without a negative zero ("-0.0" reads as a fall that did not happen). */
function fixed(value: number, digits: number, sign = false): string {
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return formatFixed(0, digits);
  return formatFixed(value, digits, { sign, group: true });
}

/**
 * The fewest decimals (from `digits`, at most 2 more) at which rounding keeps
 * `value` on the same side of every threshold (landing exactly on one counts as crossing: the comparison may be ≥ or ≤) (scaled: ×100 for percentages).
 */
function digitsKeepingThresholds(
  value: number,
  digits: number,
  thresholds: readonly number[],
): number {
  for (let d = digits; d < digits + MAX_EXTRA_DIGITS; d++) {
    const rounded = Number(value.toFixed(d));
    const crosses = thresholds.some((t) => Math.sign(value - t) !== Math.sign(rounded - t));
    if (!crosses) return d;
  }
  return digits + MAX_EXTRA_DIGITS;
}

/** 0.994 → "99.4%" (both languages: GB/T 15835 and AP/Chicago both write no space). */
export function formatPercent(fraction: number, options: ValueFormatOptions = {}): string {
  const percent = fraction * 100;
  const thresholds = [1, ...(options.thresholds ?? [])].filter(isNumber).map((t) => t * 100);
  const digits = options.digits ?? digitsKeepingThresholds(percent, PERCENT_DIGITS, thresholds);
  return `${fixed(percent, digits)}%`;
}

/** A CV as a plain decimal: 0.4213 → "0.42". */
export function formatCv(cv: number, options: ValueFormatOptions = {}): string {
  const thresholds = (options.thresholds ?? []).filter(isNumber);
  const digits = options.digits ?? digitsKeepingThresholds(cv, CV_DIGITS, thresholds);
  return fixed(cv, digits);
}

/** A metric value for display; null/undefined/NaN → "无数据" / "No data". */
export function formatValue(
  unit: MetricUnit,
  value: number | null | undefined,
  locale: Locale,
  options: ValueFormatOptions = {},
): string {
  if (!isNumber(value)) return formatMissing(locale);
  return unit === 'fraction' ? formatPercent(value, options) : formatCv(value, options);
}

export interface DifferenceFormatOptions {
  digits?: number;
  /** Leave out "百分点"/"pp" where an axis title already says it. */
  bare?: boolean;
}

const POINTS: Record<Locale, string> = { zh: '个百分点', en: '\u00a0pp' };

/**
 * A difference of two values of the same metric: fractions in 百分点 /
 * percentage points (0.032 → "+3.2个百分点" / "+3.2 pp", with a no-break space),
 * CVs as a plain signed decimal (-0.03). Zero has no sign.
 */
export function formatDifference(
  unit: MetricUnit,
  difference: number | null | undefined,
  locale: Locale,
  options: DifferenceFormatOptions = {},
): string {
  if (!isNumber(difference)) return formatMissing(locale);
  if (unit === 'cv') return fixed(difference, options.digits ?? CV_DIGITS, true);
  const points = fixed(difference * 100, options.digits ?? PERCENT_DIGITS, true);
  return options.bare ? points : `${points}${POINTS[locale]}`;
}

/** Unit word for axis titles of differences: 百分点 / percentage points; '' for CVs. */
export function differenceUnitLabel(unit: MetricUnit, locale: Locale): string {
  if (unit === 'cv') return '';
  return locale === 'zh' ? '百分点' : 'percentage points';
}

const WAN = 1e4;
const YI = 1e8;

/** Up to one decimal, no trailing ".0": 12345 → "1.2", 20000 → "2". */
function compact(value: number): string {
  return formatFixed(value, 1, { trim: true });
}

/**
 * A count of people, schools or places. zh: below 1万 as digits (2250),
 * then 1.2万 … 9999.9万, then 亿 (3.4亿); en: thousands separators (12,345).
 * Counts are integers; a fractional input is rounded.
 */
export function formatCount(count: number | null | undefined, locale: Locale): string {
  if (!isNumber(count)) return formatMissing(locale);
  const n = Math.round(count);
  if (locale === 'en') return formatFixed(n, 0, { group: true });
  const sign = n < 0 ? '-' : '';
  const size = Math.abs(n);
  if (size < WAN) return `${sign}${size}`;
  // Decide the unit after rounding, so 99,995,000 becomes 1亿 and not 10000万.
  if (Math.round((size / WAN) * 10) / 10 < WAN) return `${sign}${compact(size / WAN)}万`;
  return `${sign}${compact(size / YI)}亿`;
}

/**
 * An exact count for a table a planner acts on: every digit, so that rows add
 * up to the total as printed ("11234" in zh, "11,234" in en), never 1.1万.
 */
export function formatExactCount(count: number | null | undefined, locale: Locale): string {
  if (!isNumber(count)) return formatMissing(locale);
  const n = Math.round(count);
  return locale === 'en' ? formatFixed(n, 0, { group: true }) : String(n);
}
