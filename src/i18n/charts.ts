// Every string the charts show, in both languages. Numbers are formatted by
// src/format; here only words.

import type { Locale } from '../format';

export interface ChartStrings {
  missing: string;
  synthetic: string;
  sourcePrefix: string;
  datePrefix: string;
  separator: string;
  national: string;
  nationalReported: string;
  target: string;
  incompleteNote: string;
  over100Note: string;
  improved: string;
  worsened: string;
  unchanged: string;
  changeTitle: (metric: string, from: number, to: number) => string;
  rankingSubtitle: (parent: string, year: string, count: number) => string;
  scatterSubtitle: (parent: string, year: string, shown: number, missing: number) => string;
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

export const chartStrings: Record<Locale, ChartStrings> = {
  zh: {
    missing: '无数据',
    synthetic: '合成数据（演示用，非真实统计）',
    sourcePrefix: '来源：',
    datePrefix: '数据生成于 ',
    separator: '　',
    national: '全国',
    nationalReported: '全国公报（真实）',
    target: '目标',
    incompleteNote: '* 数据不完整：部分学校或人口数据缺失',
    over100Note: '毛入园率可超过100%',
    improved: '改善',
    worsened: '变差',
    unchanged: '不变',
    changeTitle: (metric, from, to) => `${metric}：${from}—${to}年变化`,
    rankingSubtitle: (parent, year, count) => `${parent}下辖${count}个单位，${year}年`,
    scatterSubtitle: (parent, year, shown, missing) =>
      `${parent}，${year}年，${shown}个单位${missing ? `（另有${missing}个缺少数据未显示）` : ''}`,
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
    synthetic: 'Synthetic data (demo, not real statistics)',
    sourcePrefix: 'Source: ',
    datePrefix: 'Built ',
    separator: ' · ',
    national: 'China',
    nationalReported: 'National bulletin (real)',
    target: 'Target',
    incompleteNote: '* Incomplete: some school or population data missing',
    over100Note: 'Gross enrollment can exceed 100%',
    improved: 'Improved',
    worsened: 'Worsened',
    unchanged: 'Unchanged',
    changeTitle: (metric, from, to) => `${metric}: change ${from}–${to}`,
    rankingSubtitle: (parent, year, count) => `${count} units in ${parent}, ${year}`,
    scatterSubtitle: (parent, year, shown, missing) =>
      `${parent}, ${year}: ${shown} units${missing ? ` (${missing} more without data not shown)` : ''}`,
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
