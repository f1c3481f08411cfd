import type { CompareStrings } from '../types/charts-compare';
import { strings as chart } from './charts';

export const strings: CompareStrings = {
  ...chart,
  compareSubtitle: (year) => `${year}年，各项指标`,
  ratesSection: '比例指标',
  cvSection: '差异系数（越低越均衡）',
  targetTickNote: '紫色竖线：目标或达标线',
};
