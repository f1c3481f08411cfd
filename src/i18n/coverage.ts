// Words for coverage and scope, both languages: a `partial` value covers only
// part of its unit ("covers 1 of 18 prefectures"), and units outside the
// data's scope are drawn as context.

import type { Locale } from '../format';
import { chartStrings } from './charts';

type ChildLevel = 'province' | 'prefecture' | 'county';

export interface CoverageStrings {
  /** Short flag text. */
  partial: string;
  /** "数据覆盖18个地级单位中的1个" / "covers 1 of 18 prefectures". */
  share: (covered: number, total: number, childLevel: ChildLevel) => string;
  /** A partial unit's name where its value is drawn (reference lines, breadcrumbs). */
  partialName: (name: string) => string;
  /** Units outside the data's scope. */
  outside: string;
  /** Why a partial unit has no rank. */
  notRanked: string;
  /** What the figures are, after the site's title in source lines. */
  dataKind: { synthetic: string; real: string };
  /** Footer labels of the site's publisher and contact. */
  publisher: string;
  contact: string;
}

const ZH_LEVEL: Record<ChildLevel, string> = {
  province: '省级单位',
  prefecture: '地级单位',
  county: '县级单位',
};
const EN_LEVEL: Record<ChildLevel, [string, string]> = {
  province: ['province', 'provinces'],
  prefecture: ['prefecture', 'prefectures'],
  county: ['county', 'counties'],
};

export const coverageStrings: Record<Locale, CoverageStrings> = {
  zh: {
    partial: '仅部分覆盖',
    share: (covered, total, level) => `数据覆盖${total}个${ZH_LEVEL[level]}中的${covered}个`,
    partialName: chartStrings.zh.partialName,
    outside: '数据范围以外',
    notRanked: '只覆盖部分地区，不参与排名',
    dataKind: chartStrings.zh.dataKind,
    publisher: '发布：',
    contact: '联系：',
  },
  en: {
    partial: 'partial coverage',
    share: (covered, total, level) =>
      `covers ${covered} of ${total} ${EN_LEVEL[level][total === 1 ? 0 : 1]}`,
    partialName: chartStrings.en.partialName,
    outside: 'outside the data',
    notRanked: 'covers only part of the unit, so it is not ranked',
    dataKind: chartStrings.en.dataKind,
    publisher: 'Published by ',
    contact: 'Contact: ',
  },
};
