import type { CompareStrings } from '../types/charts-compare';
import { strings as chart } from './charts';

export const strings: CompareStrings = {
  ...chart,
  compareSubtitle: (year) => `All metrics, ${year}`,
  ratesSection: 'Rates',
  cvSection: 'Balance coefficients (lower is more balanced)',
  targetTickNote: 'Purple tick: target or threshold',
};
