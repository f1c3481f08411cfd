// SVG → PNG with resvg and the subset CJK fonts (files, see fonts.ts); no
// system font is ever consulted.

import { Resvg } from '@resvg/resvg-js';
import { escapeXml, FONT_FAMILY as CHART_FONTS } from '../../src/charts/render-svg-string';
import { FONT_FAMILY } from './fonts';

/** The chart's CSS font list with the bundled face first (also in the published SVG). */
export function withBundledFont(svg: string): string {
  return svg.replace(
    `font-family="${escapeXml(CHART_FONTS)}"`,
    `font-family="${escapeXml(`'${FONT_FAMILY}', ${CHART_FONTS}`)}"`,
  );
}

export interface PngOptions {
  fontFiles: string[];
  /** Device pixels per CSS pixel. */
  scale: number;
}

export function svgToPng(svg: string, options: PngOptions): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale },
    font: {
      fontFiles: options.fontFiles,
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
