// Fixed-point numbers, the few d3-format patterns the atlas writes (`.2f`,
// `,.1f`, `+,.1f`, `.1~f`, `,d`) by hand: d3-format is 1.7 KB gzip in every
// embed for these. Same output as d3-format with an ASCII minus
// (test/format/fixed.test.ts compares them).

export interface FixedOptions {
  /** "+" before positive numbers (`+`). */
  sign?: boolean;
  /** Thousands separators (`,`). */
  group?: boolean;
  /** Trailing zeros and a bare point left out (`~`). */
  trim?: boolean;
}

function grouped(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `value` with `digits` decimals; a negative number that rounds to zero has no sign unless asked. */
export function formatFixed(value: number, digits: number, options: FixedOptions = {}): string {
  let text = Math.abs(value).toFixed(digits);
  if (options.trim && text.includes('.')) text = text.replace(/\.?0+$/, '');
  const [integer, fraction] = text.split('.');
  const body = `${options.group ? grouped(integer) : integer}${fraction ? `.${fraction}` : ''}`;
  const negative = value < 0 || Object.is(value, -0);
  const zero = Number(text) === 0;
  if (negative && !(zero && !options.sign)) return `-${body}`;
  return options.sign ? `+${body}` : body;
}

/** Decimals that tell apart numbers `step` apart (d3-format's precisionFixed). */
export function precisionFixed(step: number): number {
  const exponent = Number(Math.abs(step).toExponential().split('e')[1]);
  return Math.max(0, -exponent);
}
