// The chart colours written out in src/charts/colors.ts are exactly the
// ColorBrewer colours they name (kept out of the bundle, checked here).

import { schemeBlues, schemePuOr } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import {
  BAR,
  BAR_SELECTED,
  HIGHLIGHT,
  IMPROVED,
  TARGET_LINE,
  WORSENED,
} from '../../src/charts/colors';

describe('chart colours', () => {
  it('are the ColorBrewer colours they stand for', () => {
    expect([BAR, BAR_SELECTED]).toEqual([schemeBlues[9][6], schemeBlues[9][8]]);
    expect([HIGHLIGHT, TARGET_LINE, IMPROVED, WORSENED]).toEqual([
      schemePuOr[9][8],
      schemePuOr[9][0],
      schemePuOr[9][1],
      schemePuOr[9][8],
    ]);
  });
});
