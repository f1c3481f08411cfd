import type { ChangeStrings } from '../types/charts-change';
import { strings as chart } from './charts';

export const strings: ChangeStrings = {
  ...chart,
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
};
