import type { Words } from '../types/words';

export const strings: Words = {
  rankAmong: (rank, of, parent) => `${parent}第${rank}名（共${of}个）`,
  loading: '数据加载中…',
  metric: '指标',
  year: '年份',
  value: '数值',
  numerator: '分子',
  denominator: '分母',
  notes: '说明',
  formula: '公式',
  howToRead: '如何解读',
  change: '变化',
  whereItIs: '所在位置',
  area: '地区',
  listSeparator: '、',
  meetsTarget: '达标',
  belowTarget: '未达标',
  useOwnData: '使用自己的数据',
  close: '关闭',
  forgetOwnData: '从本浏览器删除',
  backToPublished: '返回发布的数据',
};
