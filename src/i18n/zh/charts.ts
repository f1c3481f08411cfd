import type { Level } from '../../contract';
import type { ChartStrings } from '../types/charts';
import { strings as synthetic } from './synthetic';

/** Units counted at each level; the nation (or an unknown level) says 单位. */
export const LEVEL_UNITS: Record<Level, string> = {
  nation: '单位',
  province: '省份',
  // Not 市: 海南's 省直辖县级行政单位 and 四川's 自治州 are prefecture-level units too.
  prefecture: '地级单位',
  county: '区县',
};

export const strings: ChartStrings = {
  missing: '无数据',
  synthetic: synthetic.long,
  sourcePrefix: '来源：',
  datePrefix: '数据生成于 ',
  separator: '　',
  national: '全国',
  target: '目标',
  incompleteNote: '* 数据不完整：部分学校或人口数据缺失',
  over100Note: '毛入园率可超过100%',
  unitCount: (count, level) => `${count}个${LEVEL_UNITS[level ?? 'nation']}`,
  rankingSubtitle: (parent, year, count, level) =>
    level === 'province'
      ? `${parent}${count}个省份，${year}年`
      : `${parent}下辖${count}个${LEVEL_UNITS[level ?? 'nation']}，${year}年`,
  lowerIsBetter: '越低越好',
  missingNote: (names) => `无数据：${names}`,
  chartDescription: (title, marks) => `${title}。共${marks}个数据项。`,
  partialName: (name) => `${name}（仅部分）`,
  dataKind: { synthetic: '合成演示数据', real: '按学校填报数据计算' },
};
