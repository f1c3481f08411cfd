// A classification of one metric's values into ordered classes.

export type ClassMethod = 'quantile' | 'equal-interval' | 'jenks' | 'threshold' | 'fixed';

export const CLASS_METHODS: readonly ClassMethod[] = [
  'quantile',
  'equal-interval',
  'jenks',
  'threshold',
  'fixed',
];

/**
 * Where a value equal to a break goes. 'lower' (the default): class i holds
 * [breaks[i-1], breaks[i]), so a break is the lowest value of its class, as a
 * '>=' target reads (0.85 meets 85 %). 'upper': class i holds
 * (breaks[i-1], breaks[i]], as a '<=' threshold reads (a CV of 0.50 meets 0.50).
 */
export type BreakClosure = 'lower' | 'upper';

export interface Breaks {
  /** Inner class boundaries, ascending, without duplicates; k classes have k-1. */
  breaks: number[];
  closure: BreakClosure;
}

export interface Classification extends Breaks {
  method: ClassMethod;
  /** Smallest and largest known value; null when every value is missing. */
  domain: [number, number] | null;
  /** Class index per input value; null for a missing value. */
  classes: (number | null)[];
  /** Number of values per class (length = breaks.length + 1). */
  counts: number[];
  /** Missing values form their own class, counted here. */
  missing: number;
  /** For 'threshold': index of the first class above the target line; null otherwise. */
  targetClass: number | null;
}
