// The words only the change chart shows, in both languages, added to every
// chart's own (charts.ts): an embed loads the strings of its chart only.

import type { Locale } from '../format';
import { chartStrings, type ChartStrings } from './charts';

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

export const changeStrings: Record<Locale, ChangeStrings> = {
  zh: {
    ...chartStrings.zh,
    changeTitle: (metric, from, to) => `${metric}：${from}—${to}年变化`,
    changeSorted: (from) => `按${from}年水平排序，当时最落后的在上`,
    changeLegend: (key, from, to) =>
      ({
        start: `${from}年`,
        improved: `${to}年：改善`,
        worsened: `${to}年：变差`,
        unchanged: `${to}年：不变`,
        endOnly: `${to}年（无起点）`,
      })[key],
    changeColumn: (unit) => ['变化', unit === 'fraction' ? '百分点' : ''],
    noValueIn: (year) => `无${year}年数据`,
    startNotUsed: (from) => `${from}年不计`,
    policyStart: (from, policyYear, to) =>
      `${from}年早于${policyYear}年，不作为变化的起点；图中只画${to}年的值`,
    changeDescription: (name, from, to, difference) => `${name}：${from} → ${to}，${difference}`,
  },
  en: {
    ...chartStrings.en,
    changeTitle: (metric, from, to) => `${metric}: change ${from}–${to}`,
    changeSorted: (from) => `sorted by the ${from} level, furthest behind at the top`,
    changeLegend: (key, from, to) =>
      ({
        start: String(from),
        improved: `${to}: improved`,
        worsened: `${to}: worsened`,
        unchanged: `${to}: unchanged`,
        endOnly: `${to} (no start)`,
      })[key],
    changeColumn: (unit) => ['Change', unit === 'fraction' ? 'pp' : ''],
    noValueIn: (year) => `no ${year} data`,
    startNotUsed: (from) => `${from} not used`,
    policyStart: (from, policyYear, to) =>
      `${from} is before ${policyYear} and is not used as a starting point; only the ${to} values are drawn`,
    changeDescription: (name, from, to, difference) => `${name}: ${from} → ${to}, ${difference}`,
  },
};
