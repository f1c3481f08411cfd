// Strings of the share dialog, in both languages (kept apart from the embed's
// strings so that embed.js does not carry them).

import type { Locale } from '../format';

export interface ShareStrings {
  title: string;
  close: string;
  link: string;
  iframe: string;
  script: string;
  image: string;
  copy: string;
  copied: string;
  selectToCopy: string;
  preview: string;
  imageNote: string;
}

export const shareStrings: Record<Locale, ShareStrings> = {
  zh: {
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
  },
  en: {
    title: 'Share and embed',
    close: 'Close',
    link: 'Link',
    iframe: 'Embed code (iframe, resizes itself)',
    script: 'Embed code (script)',
    image: 'Static image (no script needed)',
    copy: 'Copy',
    copied: 'Copied',
    selectToCopy: 'Selected: press Ctrl+C / ⌘C to copy',
    preview: 'Preview',
    imageNote:
      'Static images exist for the national and provincial rankings and maps; embed other views with the code.',
  },
};
