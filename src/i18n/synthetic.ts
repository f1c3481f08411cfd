// The synthetic-data label, one wording everywhere it is shown: the short form
// on badges, the long form on figures, maps, embeds and downloads.

import type { Locale } from '../format/locale';

export const SYNTHETIC_LABEL: Readonly<Record<Locale, { short: string; long: string }>> = {
  zh: { short: '合成数据', long: '合成数据（演示用，非真实统计）' },
  en: { short: 'Synthetic data', long: 'Synthetic data (demo, not real statistics)' },
};
