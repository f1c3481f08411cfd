// Styles of the embed elements. Charts are drawn for a white ground; the dark
// theme inverts the chart's lightness (hue kept), and gives the map its own
// dark colours through its custom properties.

import { css } from 'lit';

const LIGHT_MAP = css`
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
  --edu-map-halo: rgb(255 255 255 / 85%);
`;

const DARK_MAP = css`
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
  --edu-map-halo: rgb(0 0 0 / 70%);
`;

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

export const embedStyles = css`
  :host {
    display: block;
    min-width: 0;
    max-width: 100%;
    font:
      14px/1.5 system-ui,
      -apple-system,
      'PingFang SC',
      'Noto Sans CJK SC',
      'Microsoft YaHei',
      sans-serif;
  }
  .wrap {
    background: #ffffff;
    color: #1f2328;
    --edu-embed-muted: #57606a;
    --edu-embed-link: #0b63ce;
    --edu-embed-border: #d0d7de;
    padding: 4px 0;
  }
  .wrap.light edu-map {
    ${LIGHT_MAP}
  }
  .wrap.dark {
    ${DARK_WRAP}
  }
  .wrap.dark edu-map {
    ${DARK_MAP}
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
  .map-figure {
    margin: 0;
  }
  figcaption {
    padding: 0 0 8px;
  }
  .title {
    font-size: 15px;
    font-weight: bold;
  }
  .subtitle,
  .footer {
    color: var(--edu-embed-muted);
    font-size: 12px;
  }
  .footer {
    padding: 6px 0 0;
  }
  .map-figure + .back {
    padding-left: 0;
  }
  .footer.synthetic {
    color: #b35806;
    font-weight: bold;
    padding-top: 0;
  }
  .dark .footer.synthetic {
    color: #f1a340;
  }
  edu-map {
    --edu-map-height: var(--edu-embed-map-height, min(480px, 75vw));
  }
  .back {
    display: block;
    padding: 6px 12px 2px;
    font-size: 13px;
    color: var(--edu-embed-link);
  }
`;
