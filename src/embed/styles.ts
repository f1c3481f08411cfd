// Styles of the embed elements. Charts are drawn for a white ground; the dark
// theme inverts the chart's lightness (hue kept). The map's styles come with
// the map (map-figure.ts).

import { css } from 'lit';
import { coreStyles, FONT_STACK } from '../styles/core';

const DARK_WRAP = css`
  background: #0d1117;
  color: #e6edf3;
  --edu-embed-muted: #9aa4af;
  --edu-embed-link: #6cb4ff;
  --edu-embed-border: #30363d;
`;

const DARK_CHART = css`
  filter: invert(1) hue-rotate(180deg);
`;

/** The shared focus ring first, then the embed's frame. */
export const embedStyles = [
  coreStyles,
  css`
    :host {
      display: block;
      min-width: 0;
      max-width: 100%;
      font: 14px/1.5 ${FONT_STACK};
    }
    .wrap {
      background: #ffffff;
      color: #1f2328;
      --edu-embed-muted: #57606a;
      --edu-embed-link: #0b63ce;
      --edu-embed-border: #d0d7de;
      padding: 4px 0;
    }
    .wrap.dark {
      ${DARK_WRAP}
    }
    .wrap.dark .chart {
      ${DARK_CHART}
    }
    @media (prefers-color-scheme: dark) {
      .wrap.auto {
        ${DARK_WRAP}
      }
      .wrap.auto .chart {
        ${DARK_CHART}
      }
    }
    .placeholder {
      min-height: 240px;
      display: grid;
      place-items: center;
      color: var(--edu-embed-muted);
      border: 1px dashed var(--edu-embed-border);
      border-radius: 4px;
    }
    .problem {
      border: 2px solid #cf222e;
      border-radius: 4px;
      padding: 12px 16px;
      color: inherit;
    }
    .problem ul {
      margin: 4px 0 8px;
      padding-left: 20px;
    }
    .back {
      display: block;
      padding: 6px 12px 2px;
      font-size: 13px;
      color: var(--edu-embed-link);
    }
  `,
];
