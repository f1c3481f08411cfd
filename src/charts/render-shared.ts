// Small pieces both renderers share.

import { BACKGROUND } from './colors';

/** The chart font stack: system UI, then the CJK fonts of each platform. */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif";

export interface Halo {
  stroke: string;
  strokeWidth: number;
}

/** A text halo: a background-coloured stroke painted under the glyphs (paint-order: stroke). */
export function haloAttrsFor(halo: boolean | undefined): Halo | null {
  return halo ? { stroke: BACKGROUND, strokeWidth: 3 } : null;
}
