import type { SyntheticLabel } from '../types/synthetic';

export const strings: SyntheticLabel = {
  short: 'Synthetic data',
  long: 'Synthetic data (demo, not real statistics)',
};
