// The shell's look: a quiet grapher-like page, one accent colour, AA contrast
// (ink #1f2328 / quiet #4d5661 on white). Tokens, type, the focus ring and the
// badge's colours come from the shared module (src/styles/shared.ts).

import { css } from 'lit';
import { sharedStyles } from '../styles/shared';

export const atlasStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
      background: var(--edu-paper);
      font-size: 15px;
      line-height: 1.5;
    }
    * {
      box-sizing: border-box;
    }
    .skip {
      position: absolute;
      left: 8px;
      top: -48px;
      background: var(--edu-paper);
      padding: 8px 12px;
      border: 2px solid var(--edu-accent);
      z-index: 10;
    }
    .skip:focus {
      top: 8px;
    }
    .page {
      max-width: 1200px;
      margin: 0 auto;
      padding: 0 16px 24px;
    }
    header.top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding: 14px 0 10px;
      border-bottom: 1px solid var(--edu-border);
    }
    h1 {
      font-size: 22px;
      margin: 0;
      line-height: 1.2;
    }
    h1 small {
      display: block;
      font-size: 13px;
      font-weight: normal;
      color: var(--edu-quiet);
    }
    .spacer {
      flex: 1 1 auto;
    }
    .badge {
      border: 1px solid #d9a400;
      border-radius: 999px;
      padding: 1px 10px;
      font-size: 13px;
    }
    /* The user's own data: green, never mistaken for the synthetic label. */
    .badge.own {
      background: #e6f4ea;
      color: #14532d;
      border-color: #1a7f37;
    }
    button,
    select,
    input {
      color: inherit;
    }
    button,
    select {
      border: 1px solid var(--edu-control-border);
      background: var(--edu-paper);
      border-radius: 6px;
      padding: 4px 10px;
      min-height: 34px;
      cursor: pointer;
    }
    button:hover,
    select:hover {
      border-color: var(--edu-accent);
    }
    .link-button {
      border: none;
      background: none;
      color: var(--edu-accent);
      text-decoration: underline;
      padding: 0 2px;
      min-height: 0;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 10px 20px;
      padding: 12px 0;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
    }
    .field > label,
    .field-label {
      font-size: 13px;
      color: var(--edu-quiet);
    }
    .metric select {
      max-width: min(420px, 100%);
    }
    .year-row {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .year-row input[type='range'] {
      width: 200px;
      max-width: 50vw;
      accent-color: var(--edu-accent);
    }
    .year-value {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
      min-width: 3em;
    }
    nav.crumbs ol {
      display: flex;
      flex-wrap: wrap;
      list-style: none;
      padding: 0;
      margin: 0;
      gap: 4px;
    }
    nav.crumbs li + li::before {
      content: '›';
      color: var(--edu-quiet);
      margin-right: 4px;
    }
    nav.crumbs a {
      color: var(--edu-accent);
    }
    nav.crumbs [aria-current] {
      font-weight: 600;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      margin: 4px 0 8px;
    }
    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 2px;
      border-bottom: 1px solid var(--edu-border);
      margin: 8px 0 12px;
    }
    [role='tab'] {
      border: none;
      border-bottom: 3px solid transparent;
      border-radius: 0;
      background: none;
      padding: 6px 14px;
      color: var(--edu-quiet);
    }
    [role='tab'][aria-selected='true'] {
      color: var(--edu-ink);
      border-bottom-color: var(--edu-accent);
      font-weight: 600;
    }
    .subtabs [role='tab'] {
      padding: 4px 10px;
    }
    .notice {
      display: flex;
      gap: 12px;
      align-items: center;
      justify-content: space-between;
      background: #fff8e1;
      border: 1px solid #e3b341;
      border-radius: 6px;
      padding: 6px 12px;
      margin: 8px 0;
    }
    .error {
      background: #ffebe9;
      border-color: #cf222e;
    }
    main:focus {
      outline: none;
    }
    h2 {
      font-size: 18px;
      margin: 0 0 8px;
    }
    h3 {
      font-size: 15px;
      margin: 16px 0 6px;
    }
    .map-layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(260px, 340px);
      gap: 16px;
    }
    .map-layout edu-map {
      --edu-map-height: 540px;
    }
    /* The whole ranking, never a box that cuts a row in half. */
    .side-list {
      align-self: start;
      overflow-x: auto;
      border: 1px solid var(--edu-border);
      border-radius: 6px;
    }
    .map-settings {
      justify-content: flex-start;
      margin: 10px 0 4px;
    }
    .map-settings .field {
      flex-direction: row;
      align-items: center;
      gap: 6px;
    }
    .chart-box {
      border: 1px solid var(--edu-border);
      border-radius: 6px;
      padding: 4px;
      min-height: 200px;
    }
    .muted {
      color: var(--edu-quiet);
    }
    .small {
      font-size: 13px;
    }
    .about {
      margin-top: 20px;
      padding: 12px 16px;
      background: var(--edu-soft);
      border-radius: 6px;
    }
    .about dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 4px 12px;
      margin: 0;
    }
    .about dt {
      color: var(--edu-quiet);
    }
    .about dd {
      margin: 0;
    }
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: center;
      margin: 8px 0;
    }
    a {
      color: var(--edu-accent);
    }
    footer {
      margin-top: 24px;
      padding-top: 12px;
      border-top: 1px solid var(--edu-border);
      font-size: 13px;
      color: var(--edu-quiet);
    }
    footer p {
      margin: 2px 0;
    }
    @media (max-width: 800px) {
      .map-layout {
        grid-template-columns: minmax(0, 1fr);
      }
      .map-layout edu-map {
        --edu-map-height: 420px;
      }
      .about dl {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    /* A phone's first screen shows the map: title, search and the two pickers in
       compact rows (labels beside their controls), then the tabs and the map. */
    @media (max-width: 480px) {
      .page {
        padding: 0 10px 16px;
      }
      header.top {
        gap: 6px 8px;
        padding: 8px 0 6px;
      }
      h1 {
        font-size: 18px;
      }
      /* The site's tagline gives way to the map on a phone; its title stays. */
      h1 small {
        display: none;
      }
      header.top .spacer {
        flex-basis: 100%;
      }
      header.top edu-search {
        flex: 1 1 8em;
      }
      .controls {
        gap: 6px;
        padding: 6px 0;
      }
      .controls .field {
        flex: 1 1 100%;
        flex-direction: row;
        align-items: center;
        gap: 8px;
      }
      .controls .field > label {
        flex: 0 0 auto;
        min-width: 2.5em;
      }
      .metric select {
        flex: 1 1 auto;
        min-width: 0;
        max-width: 100%;
      }
      .year-row {
        flex: 1 1 auto;
      }
      .year-row input[type='range'] {
        flex: 1 1 auto;
        width: auto;
        max-width: none;
        min-width: 0;
      }
      h2 {
        font-size: 16px;
        margin-bottom: 4px;
      }
      /* One row of tabs that scrolls sideways rather than a second row. */
      [role='tablist'] {
        flex-wrap: nowrap;
        overflow-x: auto;
        scrollbar-width: none;
        margin: 4px 0 8px;
      }
      [role='tab'] {
        flex: 0 0 auto;
        padding: 4px 10px;
        white-space: nowrap;
      }
      .map-layout edu-map {
        --edu-map-height: min(320px, 85vw);
      }
    }
  `,
];
