// The shape of one locale's table for the words of a map embed's figure
// (loaded with the map, so a chart embed does not carry them). Each locale
// fills it in src/i18n/<locale>/embed-map.ts.

import type { ChildLevel } from './coverage';

export interface MapFigureStrings {
  mapTitle: (metric: string, region: string, year: number) => string;
  mapSubtitle: (count: number, level: string) => string;
  levels: Record<ChildLevel, string>;
}
