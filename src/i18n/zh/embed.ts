import type { EmbedStrings } from '../types/embed';

export const strings: EmbedStrings = {
  loading: '图表加载中…',
  loadFailed: '数据加载失败，请稍后重试。',
  viewInAtlas: '在教育地图中查看',
};
