// The strings every chart shows (its frame, the ranking's words), in both
// languages; each other chart adds its own in charts-<chart>.ts. Numbers are
// formatted by src/format; here only words.

import type { Level } from '../contract';
import type { Locale } from '../format';
import { SYNTHETIC_LABEL } from './synthetic';

export interface ChartStrings {
  missing: string;
  synthetic: string;
  sourcePrefix: string;
  datePrefix: string;
  separator: string;
  national: string;
  target: string;
  incompleteNote: string;
  over100Note: string;
  /** "18个市" / "18 prefectures": a count of units named for their level ("units" when unknown). */
  unitCount: (count: number, level?: Level) => string;
  rankingSubtitle: (parent: string, year: string, count: number, level?: Level) => string;
  lowerIsBetter: string;
  missingNote: (names: string) => string;
  chartDescription: (title: string, marks: number) => string;
  /** A partial unit's name where its value is drawn (reference lines, breadcrumbs). */
  partialName: (name: string) => string;
  /** What the figures are, after the site's title in source lines. */
  dataKind: { synthetic: string; real: string };
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
    target: '目标',
    incompleteNote: '* 数据不完整：部分学校或人口数据缺失',
    over100Note: '毛入园率可超过100%',
    unitCount: (count, level) => `${count}个${ZH_UNIT[level ?? 'nation']}`,
    rankingSubtitle: (parent, year, count, level) =>
      level === 'province'
        ? `${parent}${count}个省份，${year}年`
        : `${parent}下辖${count}个${ZH_UNIT[level ?? 'nation']}，${year}年`,
    lowerIsBetter: '越低越好',
    missingNote: (names) => `无数据：${names}`,
    chartDescription: (title, marks) => `${title}。共${marks}个数据项。`,
    partialName: (name) => `${name}（仅部分）`,
    dataKind: { synthetic: '合成演示数据', real: '按学校填报数据计算' },
  },
  en: {
    missing: 'No data',
    synthetic: SYNTHETIC_LABEL.en.long,
    sourcePrefix: 'Source: ',
    datePrefix: 'Built ',
    separator: ' · ',
    national: 'China',
    target: 'Target',
    incompleteNote: '* Incomplete: some school or population data missing',
    over100Note: 'Gross enrollment can exceed 100%',
    unitCount: (count, level) => enUnitCount(count, level),
    rankingSubtitle: (parent, year, count, level) =>
      `${enUnitCount(count, level)} in ${parent}, ${year}`,
    lowerIsBetter: 'lower is better',
    missingNote: (names) => `No data: ${names}`,
    chartDescription: (title, marks) => `${title}. ${marks} data items.`,
    partialName: (name) => `${name} (partial)`,
    dataKind: { synthetic: 'synthetic demo data', real: 'computed from school returns' },
  },
};
