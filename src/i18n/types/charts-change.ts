// The shape of one locale's table for one part of the UI: what only the change
// chart says, on top of every chart's words. Each locale fills it in
// src/i18n/<locale>/charts-change.ts.

import type { ChartStrings } from './charts';

/** What the change chart's legend names: the start dot, and the end dot by what happened. */
export type ChangeLegendKey = 'start' | 'improved' | 'worsened' | 'unchanged' | 'endOnly';

export interface ChangeStrings extends ChartStrings {
  changeTitle: (metric: string, from: number, to: number) => string;
  changeSorted: (from: number) => string;
  changeLegend: (key: ChangeLegendKey, from: number, to: number) => string;
  /** Header of the change column, two short lines: "变化" over "百分点". */
  changeColumn: (unit: 'fraction' | 'cv') => [string, string];
  noValueIn: (year: number) => string;
  /** Column note when the start year is before the policy that started what is counted. */
  startNotUsed: (from: number) => string;
  policyStart: (from: number, policyYear: number, to: number) => string;
  changeDescription: (name: string, from: string, to: string, difference: string) => string;
}
