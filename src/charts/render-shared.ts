// Small pieces both renderers share.

import { BACKGROUND } from './colors';

export interface Halo {
  stroke: string;
  strokeWidth: number;
}

/** A text halo: a background-coloured stroke painted under the glyphs (paint-order: stroke). */
export function haloAttrsFor(halo: boolean | undefined): Halo | null {
  return halo ? { stroke: BACKGROUND, strokeWidth: 3 } : null;
}
