// The shape of one locale's table for one part of the UI: what only the scatter
// chart says, on top of every chart's words. Each locale fills it in
// src/i18n/<locale>/charts-scatter.ts.

import type { Level } from '../../contract';
import type { ChartStrings } from './charts';

export interface ScatterStrings extends ChartStrings {
  scatterSubtitle: (
    parent: string,
    year: string,
    shown: number,
    missing: number,
    level?: Level,
  ) => string;
}
