// The shape of one locale's table for the share dialog (kept apart from the
// embed's strings so that embed.js does not carry them). Each locale fills it
// in src/i18n/<locale>/embed-share.ts.

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
