// The shape of one locale's table for what an embed shows when it draws (a
// map's title and subtitle are in embed-map.ts, loaded with the map; the
// messages about wrong attributes in embed-problems.ts, loaded only when there
// are some). Each locale fills it in src/i18n/<locale>/embed.ts.

export interface EmbedStrings {
  loading: string;
  loadFailed: string;
  viewInAtlas: string;
}
