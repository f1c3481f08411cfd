import type { ChildLevel, CoverageStrings } from '../types/coverage';
import { LEVEL_UNITS, strings as chart } from './charts';

/** Units counted at each level below another (coverage shares, a map embed's subtitle). */
export const CHILD_LEVELS: Record<ChildLevel, string> = {
  province: '省级单位',
  prefecture: LEVEL_UNITS.prefecture,
  county: '县级单位',
};

const flags: Record<string, string> = {
  incomplete: '数据不完整',
  over_100: '超过100%',
  partial: '仅部分覆盖',
  remapped: '代码已调整',
};

export const strings: CoverageStrings = {
  flags,
  partial: flags.partial,
  share: (covered, total, level) => `数据覆盖${total}个${CHILD_LEVELS[level]}中的${covered}个`,
  partialName: chart.partialName,
  outside: '不在数据范围内',
  notRanked: '只覆盖部分地区，不参与排名',
  dataKind: chart.dataKind,
  publisher: '发布：',
  contact: '联系：',
};
