import type { ShareStrings } from '../types/embed-share';

export const strings: ShareStrings = {
  title: '分享与嵌入',
  close: '关闭',
  link: '链接',
  iframe: '嵌入代码（iframe，自动调整高度）',
  script: '嵌入代码（脚本）',
  image: '静态图片（不需要脚本）',
  copy: '复制',
  copied: '已复制',
  selectToCopy: '已选中，请按 Ctrl+C / ⌘C 复制',
  preview: '预览',
  imageNote: '全国及各省的排名图和地图有静态图片；其他视图请用嵌入代码。',
};
