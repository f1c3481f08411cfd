import type { SyntheticLabel } from '../types/synthetic';

export const strings: SyntheticLabel = {
  short: '合成数据',
  long: '合成数据（演示用，非真实统计）',
};
