// Label colours chosen by the fill under the label: dark text with a light
// halo on light fills, light text with a dark halo on dark ones, whichever
// contrasts more (WCAG relative luminance). The interactive map and the
// static SVG map both ask this one function.

export interface LabelInk {
  text: string;
  halo: string;
  /** Which of the two inks: the static map draws a halo only behind dark text. */
  tone: 'dark' | 'light';
}

export const DARK_INK: LabelInk = { text: '#1f2328', halo: 'rgb(255 255 255 / 85%)', tone: 'dark' };
export const LIGHT_INK: LabelInk = { text: '#ffffff', halo: 'rgb(0 0 0 / 65%)', tone: 'light' };

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** #rgb, #rrggbb or rgb(r g b) / rgb(r, g, b); null for anything else. */
export function parseColour(colour: string): [number, number, number] | null {
  const c = colour.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short)
    return [1, 2, 3].map((i) => Number.parseInt(short[i] + short[i], 16)) as [
      number,
      number,
      number,
    ];
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(c);
  if (long) return [1, 2, 3].map((i) => Number.parseInt(long[i], 16)) as [number, number, number];
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(c);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** WCAG relative luminance (0 black … 1 white); an unreadable colour counts as white. */
export function relativeLuminance(colour: string): number {
  const rgb = parseColour(colour);
  if (!rgb) return 1;
  const [r, g, b] = rgb.map(channel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The ink that reads best on `fill`. */
export function labelInk(fill: string): LabelInk {
  return contrastRatio(fill, LIGHT_INK.text) > contrastRatio(fill, DARK_INK.text)
    ? LIGHT_INK
    : DARK_INK;
}
