import type { ChildLevel, CoverageStrings } from '../types/coverage';
import { strings as chart } from './charts';

/** Units counted at each level below another, singular and plural (coverage shares, a map embed's subtitle). */
export const CHILD_LEVELS: Record<ChildLevel, [string, string]> = {
  province: ['province', 'provinces'],
  prefecture: ['prefecture', 'prefectures'],
  county: ['county', 'counties'],
};

export const strings: CoverageStrings = {
  flags: {
    incomplete: 'Incomplete data',
    over_100: 'Above 100%',
    partial: 'Partial coverage',
    remapped: 'Code remapped',
  },
  partial: 'partial coverage',
  share: (covered, total, level) =>
    `covers ${covered} of ${total} ${CHILD_LEVELS[level][total === 1 ? 0 : 1]}`,
  partialName: chart.partialName,
  outside: 'outside the data',
  notRanked: 'covers only part of the unit, so it is not ranked',
  dataKind: chart.dataKind,
  publisher: 'Published by ',
  contact: 'Contact: ',
};
