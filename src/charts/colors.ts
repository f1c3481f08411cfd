// Colours of every chart, all colour-blind safe and checked for contrast on
// white: text ≥ 4.5:1 (WCAG AA), marks and reference lines ≥ 3:1 (non-text).
// The ColorBrewer colours are written out (d3-scale-chromatic's schemeBlues[9]
// and schemePuOr[9]) because importing the package ships every scheme: about
// 6 KB gzip in each embed.

export const BACKGROUND = '#ffffff';
export const TEXT = '#1f2328';
/** Secondary text (axis ticks, footer): 7:1 on white. */
export const TEXT_MUTED = '#57606a';
export const GRID = '#d0d7de';
export const AXIS = '#8c959f';

/** Bars of a ranking: Blues 7/9 (≥ 3:1 on white); the selected unit a darker Blues. */
export const BAR = '#2171b5'; // schemeBlues[9][6]
export const BAR_SELECTED = '#08306b'; // schemeBlues[9][8]
/** Outline of the selected unit: orange from PuOr, distinct from every blue. */
export const HIGHLIGHT = '#b35806'; // schemePuOr[9][8]

/** Reference lines: the parent unit, the nation, the target. */
export const PARENT_LINE = '#24292f';
export const NATIONAL_LINE = '#6e7781';
/** Darkest PuOr purple: apart from every series colour (Okabe–Ito's vermillion is close to orange). */
export const TARGET_LINE = '#542788'; // schemePuOr[9][0]

/** Diverging change: improvement (purple) and deterioration (orange) from PuOr. */
export const IMPROVED = '#8073ac'; // schemePuOr[9][1]
export const WORSENED = '#b35806'; // schemePuOr[9][8]
export const UNCHANGED = '#8c959f';

/**
 * Series colours: Okabe & Ito (2008), the standard palette for colour-vision
 * deficiency, without its yellow (too light on white). d3-scale-chromatic has
 * no scheme that is safe for five categories.
 */
export const SERIES = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9'] as const;

export function seriesColor(index: number): string {
  return SERIES[index % SERIES.length];
}

/** #rrggbb (or #rgb) as channels 0–255; null for anything else. */
function channels(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((v) =>
      Math.max(0, Math.min(255, Math.round(v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG relative luminance (hex colours; the charts use no others). */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex) ?? [0, 0, 0];
  const c = { r, g, b };
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour darkened just enough to be readable as text on white (≥ 4.5:1). */
export function readableText(fill: string, on = BACKGROUND): string {
  const start = channels(fill);
  if (!start) return TEXT;
  // Darken in d3-color's steps (× 0.7^0.2 per channel) until it reads as text.
  let rgb: number[] = start;
  for (let i = 0; i < 20 && contrastRatio(toHex(rgb), on) < 4.5; i++) {
    rgb = rgb.map((v) => v * 0.7 ** 0.2);
  }
  return toHex(rgb);
}
