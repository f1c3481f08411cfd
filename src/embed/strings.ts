// Every string an embed shows when it draws, in both languages (the messages
// about wrong attributes are in problems.ts, loaded only when there are some).

import type { Locale } from '../format';

export interface EmbedStrings {
  loading: string;
  loadFailed: string;
  viewInAtlas: string;
  mapTitle: (metric: string, region: string, year: number) => string;
  mapSubtitle: (count: number, level: string) => string;
  levels: Record<'province' | 'prefecture' | 'county', string>;
}

export const embedStrings: Record<Locale, EmbedStrings> = {
  zh: {
    loading: '图表加载中…',
    loadFailed: '数据加载失败，请稍后重试。',
    viewInAtlas: '在教育地图中查看',
    mapTitle: (metric, region, year) => `${metric}：${region}，${year}年`,
    mapSubtitle: (count, level) => `共${count}个${level}`,
    levels: { province: '省级单位', prefecture: '地级单位', county: '县级单位' },
  },
  en: {
    loading: 'Loading chart…',
    loadFailed: 'The data could not be loaded. Please try again later.',
    viewInAtlas: 'View in the Education Atlas',
    mapTitle: (metric, region, year) => `${metric}: ${region}, ${year}`,
    mapSubtitle: (count, level) => `${count} ${level}`,
    levels: { province: 'provinces', prefecture: 'prefectures', county: 'counties' },
  },
};
