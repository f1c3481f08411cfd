// The words of a map embed's figure, in both languages: loaded with the map
// (map-figure.ts), so a chart embed does not carry them.

import type { Locale } from '../format';

export interface MapFigureStrings {
  mapTitle: (metric: string, region: string, year: number) => string;
  mapSubtitle: (count: number, level: string) => string;
  levels: Record<'province' | 'prefecture' | 'county', string>;
}

export const mapFigureStrings: Record<Locale, MapFigureStrings> = {
  zh: {
    mapTitle: (metric, region, year) => `${metric}：${region}，${year}年`,
    mapSubtitle: (count, level) => `共${count}个${level}`,
    levels: { province: '省级单位', prefecture: '地级单位', county: '县级单位' },
  },
  en: {
    mapTitle: (metric, region, year) => `${metric}: ${region}, ${year}`,
    mapSubtitle: (count, level) => `${count} ${level}`,
    levels: { province: 'provinces', prefecture: 'prefectures', county: 'counties' },
  },
};
