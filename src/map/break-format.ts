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
): string {
  if (change) return formatDifference(unit, value, locale);
  if (!exact) return formatValue(unit, value, locale);
  const scaled = unit === 'fraction' ? value * 100 : value;
  const minimum = unit === 'fraction' ? 0 : 2;
  let digits = minimum;
  while (digits < 4 && Math.abs(Number(scaled.toFixed(digits)) - scaled) > 1e-9) digits++;
  return formatValue(unit, value, locale, { digits });
}
