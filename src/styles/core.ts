// The smallest shared piece, in every shadow root: the type face and the focus
// ring. Its own module so that a ranking embed (≤ 25 KB gzip) loads only this
// and not the rest of shared.ts.

import { css, unsafeCSS } from 'lit';

/** The atlas's type face: system UI first, then the common CJK faces. */
export const FONT_STACK = unsafeCSS(
  "system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
);

/** The one accent: links, the focus ring, the chosen option. */
export const ACCENT = unsafeCSS('#0b61c4');

/** The visible focus ring, in every shadow root (embeds and charts included). */
export const coreStyles = css`
  :focus-visible {
    outline: 3px solid var(--edu-accent, ${ACCENT});
    outline-offset: 2px;
  }
`;
