import type { ChangeStrings } from '../types/charts-change';
import { strings as chart } from './charts';

export const strings: ChangeStrings = {
  ...chart,
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
};
