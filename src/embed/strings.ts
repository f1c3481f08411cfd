// Every string an embed shows when it draws, in both languages (a map's title
// and subtitle are in map-strings.ts, loaded with the map; the messages about
// wrong attributes in problems.ts, loaded only when there are some).

import type { Locale } from '../format';

export interface EmbedStrings {
  loading: string;
  loadFailed: string;
  viewInAtlas: string;
}

export const embedStrings: Record<Locale, EmbedStrings> = {
  zh: {
    loading: '图表加载中…',
    loadFailed: '数据加载失败，请稍后重试。',
    viewInAtlas: '在教育地图中查看',
  },
  en: {
    loading: 'Loading chart…',
    loadFailed: 'The data could not be loaded. Please try again later.',
    viewInAtlas: 'View in the Education Atlas',
  },
};
