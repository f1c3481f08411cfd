import { formatDifference, formatValue, type Locale } from '../format';
import type { MetricDefinition } from '../contract';

/**
 * A class boundary as text. Policy lines are shown exactly with the fewest
 * digits (85%, 0.5 → "0.50"), data-driven breaks with the module's defaults.
 */
export function formatBreak(
  unit: MetricDefinition['unit'],
  value: number,
  locale: Locale,
  exact = false,
  change = false,
  digits?: number,
): string {
  if (change) return formatDifference(unit, value, locale, digits === undefined ? {} : { digits });
  if (!exact) return formatValue(unit, value, locale, digits === undefined ? {} : { digits });
  const scaled = unit === 'fraction' ? value * 100 : value;
  const minimum = unit === 'fraction' ? 0 : 2;
  let fewest = minimum;
  while (fewest < 4 && Math.abs(Number(scaled.toFixed(fewest)) - scaled) > 1e-9) fewest++;
  return formatValue(unit, value, locale, { digits: fewest });
}

/** Decimals shown by default: 98.9% (percent), 0.45 (CV). */
const DEFAULT_DIGITS: Record<MetricDefinition['unit'], number> = { fraction: 1, cv: 2 };

/**
 * As many decimals as it takes to tell neighbouring class edges apart (98.94%
 * and 98.96% print as "98.94%" and "98.96%", not both as "98.9%"), from the
 * unit's default up to 4; undefined when the default already does.
 */
export function breakDigits(
  unit: MetricDefinition['unit'],
  edges: readonly number[],
): number | undefined {
  const scaled = [...new Set(edges.map((v) => (unit === 'fraction' ? v * 100 : v)))].sort(
    (a, b) => a - b,
  );
  const distinct = (d: number) =>
    scaled.every((v, i) => i === 0 || v.toFixed(d) !== scaled[i - 1].toFixed(d));
  const base = DEFAULT_DIGITS[unit];
  for (let d = base; d <= 4; d++) if (distinct(d)) return d === base ? undefined : d;
  return 4;
}
