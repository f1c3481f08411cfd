import type { ShareStrings } from '../types/embed-share';

export const strings: ShareStrings = {
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
};
