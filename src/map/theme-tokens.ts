// The map's colour tokens for light and dark pages, in one place: the map
// element uses them for prefers-color-scheme, embeds to force a theme.

import { css } from 'lit';

export const lightMapTokens = css`
  --edu-map-background: #f6f7f9;
  --edu-map-context: #e9ebef;
  --edu-map-context-line: #c3c8d0;
  --edu-map-line: #ffffff;
  --edu-map-highlight: #111111;
  --edu-map-selected: #d6336c;
  --edu-map-no-data: #d4d4d4;
  --edu-map-no-data-hatch: #8c8c8c;
  --edu-map-text: #1f2328;
  --edu-map-muted: #59636e;
  --edu-map-surface: #ffffff;
  --edu-map-focus: #0b63ce;
  --edu-map-halo: rgb(255 255 255 / 85%);
`;

export const darkMapTokens = css`
  --edu-map-background: #15171a;
  --edu-map-context: #24272c;
  --edu-map-context-line: #3b4048;
  --edu-map-line: #15171a;
  --edu-map-highlight: #ffffff;
  --edu-map-selected: #ff6b9a;
  --edu-map-no-data: #4b5058;
  --edu-map-no-data-hatch: #8b939e;
  --edu-map-text: #e6e8eb;
  --edu-map-muted: #9aa4af;
  --edu-map-surface: #22252a;
  --edu-map-focus: #6cb4ff;
  --edu-map-halo: rgb(0 0 0 / 70%);
`;
