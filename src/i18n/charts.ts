// Every string the charts show, in both languages. Numbers are formatted by
// src/format; here only words.

import type { Level } from '../contract';
import type { Locale } from '../format';
import { SYNTHETIC_LABEL } from './synthetic';

/** What the change chart's legend names: the start dot, and the end dot by what happened. */
export type ChangeLegendKey = 'start' | 'improved' | 'worsened' | 'unchanged' | 'endOnly';

export interface ChartStrings {
  missing: string;
  synthetic: string;
  sourcePrefix: string;
  datePrefix: string;
  separator: string;
  national: string;
  nationalReported: string;
  /** The bulletin series where its full name does not fit (still says real). */
  nationalReportedShort: string;
  target: string;
  incompleteNote: string;
  over100Note: string;
  improved: string;
  worsened: string;
  unchanged: string;
  changeTitle: (metric: string, from: number, to: number) => string;
  /** "18个市" / "18 prefectures": a count of units named for their level ("units" when unknown). */
  unitCount: (count: number, level?: Level) => string;
  rankingSubtitle: (parent: string, year: string, count: number, level?: Level) => string;
  scatterSubtitle: (
    parent: string,
    year: string,
    shown: number,
    missing: number,
    level?: Level,
  ) => string;
  changeSorted: (from: number) => string;
  changeLegend: (key: ChangeLegendKey, from: number, to: number) => string;
  /** Header of the change column, two short lines: "变化" over "百分点". */
  changeColumn: (unit: 'fraction' | 'cv') => [string, string];
  noValueIn: (year: number) => string;
  /** Column note when the start year is before the policy that started what is counted. */
  startNotUsed: (from: number) => string;
  policyStart: (from: number, policyYear: number, to: number) => string;
  changeDescription: (name: string, from: string, to: string, difference: string) => string;
  compareSubtitle: (year: string) => string;
  trendSubtitle: string;
  differenceAxis: (unit: string) => string;
  percentAxis: string;
  cvAxis: string;
  ratesSection: string;
  cvSection: string;
  lowerIsBetter: string;
  targetTickNote: string;
  missingNote: (names: string) => string;
  notDrawn: (count: number) => string;
  chartDescription: (title: string, marks: number) => string;
}

/** Units counted at each level; the nation (or an unknown level) says 单位 / units. */
const ZH_UNIT: Record<Level, string> = {
  nation: '单位',
  province: '省份',
  prefecture: '市',
  county: '区县',
};

const EN_UNIT: Record<Level, [string, string]> = {
  nation: ['unit', 'units'],
  province: ['province', 'provinces'],
  prefecture: ['prefecture', 'prefectures'],
  county: ['district/county', 'districts/counties'],
};

function enUnitCount(count: number, level: Level = 'nation'): string {
  return `${count} ${EN_UNIT[level][count === 1 ? 0 : 1]}`;
}

export const chartStrings: Record<Locale, ChartStrings> = {
  zh: {
    missing: '无数据',
    synthetic: SYNTHETIC_LABEL.zh.long,
    sourcePrefix: '来源：',
    datePrefix: '数据生成于 ',
    separator: '　',
    national: '全国',
    nationalReported: '全国公报（真实）',
    nationalReportedShort: '公报（真实）',
    target: '目标',
    incompleteNote: '* 数据不完整：部分学校或人口数据缺失',
    over100Note: '毛入园率可超过100%',
    improved: '改善',
    worsened: '变差',
    unchanged: '不变',
    changeTitle: (metric, from, to) => `${metric}：${from}—${to}年变化`,
    unitCount: (count, level) => `${count}个${ZH_UNIT[level ?? 'nation']}`,
    rankingSubtitle: (parent, year, count, level) =>
      level === 'province'
        ? `${parent}${count}个省份，${year}年`
        : `${parent}下辖${count}个${ZH_UNIT[level ?? 'nation']}，${year}年`,
    scatterSubtitle: (parent, year, shown, missing, level) =>
      `${parent}，${year}年，${shown}个${ZH_UNIT[level ?? 'nation']}${missing ? `（另有${missing}个缺少数据未显示）` : ''}`,
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
    compareSubtitle: (year) => `${year}年，各项指标`,
    trendSubtitle: '虚线为教育部统计公报公布的全国真实数据，只画公报有的年份',
    differenceAxis: (unit) => (unit ? `变化（${unit}）` : '变化'),
    percentAxis: '比例（%）',
    cvAxis: '差异系数（越低越均衡）',
    ratesSection: '比例指标',
    cvSection: '差异系数（越低越均衡）',
    lowerIsBetter: '越低越好',
    targetTickNote: '紫色竖线：目标或达标线',
    missingNote: (names) => `无数据：${names}`,
    notDrawn: (count) => `${count}个单位缺少数据`,
    chartDescription: (title, marks) => `${title}。共${marks}个数据项。`,
  },
  en: {
    missing: 'No data',
    synthetic: SYNTHETIC_LABEL.en.long,
    sourcePrefix: 'Source: ',
    datePrefix: 'Built ',
    separator: ' · ',
    national: 'China',
    nationalReported: 'National bulletin (real)',
    nationalReportedShort: 'Bulletin (real)',
    target: 'Target',
    incompleteNote: '* Incomplete: some school or population data missing',
    over100Note: 'Gross enrollment can exceed 100%',
    improved: 'Improved',
    worsened: 'Worsened',
    unchanged: 'Unchanged',
    changeTitle: (metric, from, to) => `${metric}: change ${from}–${to}`,
    unitCount: (count, level) => enUnitCount(count, level),
    rankingSubtitle: (parent, year, count, level) =>
      `${enUnitCount(count, level)} in ${parent}, ${year}`,
    scatterSubtitle: (parent, year, shown, missing, level) =>
      `${parent}, ${year}: ${enUnitCount(shown, level)}${missing ? ` (${missing} more without data not shown)` : ''}`,
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
    compareSubtitle: (year) => `All metrics, ${year}`,
    trendSubtitle:
      'Dashed: the national figures of the Ministry of Education bulletins (real data, their years only)',
    differenceAxis: (unit) => (unit ? `Change (${unit})` : 'Change'),
    percentAxis: 'Share (%)',
    cvAxis: 'Balance coefficient (lower is more balanced)',
    ratesSection: 'Rates',
    cvSection: 'Balance coefficients (lower is more balanced)',
    lowerIsBetter: 'lower is better',
    targetTickNote: 'Purple tick: target or threshold',
    missingNote: (names) => `No data: ${names}`,
    notDrawn: (count) => `${count} units without data`,
    chartDescription: (title, marks) => `${title}. ${marks} data items.`,
  },
};
