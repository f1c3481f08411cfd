import { css } from 'lit';
import { sharedStyles } from '../../styles/shared';
import { stackedTable, tableLook } from '../../styles/tables';

export const profileStyles = [
  sharedStyles,
  tableLook,
  css`
    :host {
      display: block;
      container-type: inline-size;
      line-height: 1.5;
      --edu-focus-bg: color-mix(in srgb, #0969da 8%, transparent);
      --edu-self-bg: color-mix(in srgb, #b35806 12%, transparent);
      --edu-reported-bg: color-mix(in srgb, #8250df 7%, transparent);
      --edu-reported-line: #8250df;
    }
    h2 {
      font-size: 1.4rem;
      margin: 0;
    }
    h3 {
      font-size: 1.1rem;
      margin: 1.5rem 0 0.5rem;
    }
    section {
      margin-top: 0.5rem;
    }
    .muted {
      color: var(--edu-muted);
    }
    .small {
      font-size: 0.85rem;
    }
    .badge {
      font-size: 0.75rem;
      padding: 0.1rem 0.45rem;
      border-radius: 0.25rem;
      vertical-align: middle;
      line-height: 1.4;
    }
    .badge.synthetic {
      margin-inline-start: 0.5rem;
    }
    .badge.reported {
      background: var(--edu-reported-line);
      color: #fff;
    }
    .tag {
      font-size: 0.75rem;
      color: var(--edu-muted);
      font-weight: normal;
      white-space: nowrap;
    }
    .synthetic-note {
      margin: 0.25rem 0;
      font-size: 0.85rem;
      color: var(--edu-muted);
    }
    .path ol {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin: 0.25rem 0;
      padding: 0;
    }
    .path li + li::before {
      content: '›';
      margin-inline-end: 0.25rem;
      color: var(--edu-muted);
    }
    .meta {
      margin: 0;
      color: var(--edu-muted);
      font-size: 0.9rem;
    }
    .remap-note {
      margin: 0.25rem 0 0;
      font-size: 0.85rem;
      color: var(--edu-muted);
    }
    .code {
      font-variant-numeric: tabular-nums;
    }
    .siblings ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      padding: 0;
      margin: 0.25rem 0;
    }
    summary {
      cursor: pointer;
    }
    table {
      margin-bottom: 0.5rem;
    }
    tr.group th {
      font-size: 0.85rem;
      color: var(--edu-muted);
      padding-top: 0.75rem;
      border-bottom: 1px solid var(--edu-line);
    }
    tbody th {
      font-weight: normal;
    }
    tr.focus {
      background: var(--edu-focus-bg);
    }
    tr.focus > th {
      font-weight: 600;
    }
    td.value {
      font-weight: 600;
    }
    .status {
      display: inline-block;
      font-size: 0.8rem;
      font-weight: 600;
      margin-inline-start: 0.25rem;
    }
    .status.meets {
      color: var(--edu-meets);
    }
    .status.below {
      color: var(--edu-below);
    }
    td .small {
      display: block;
    }
    .flag {
      margin: 0;
      font-size: 0.8rem;
      color: var(--edu-below);
    }
    table.neighbours,
    table.sparks {
      width: auto;
      min-width: min(100%, 28rem);
    }
    table.sparks th[scope='row'],
    table.neighbours th[scope='row'] {
      white-space: nowrap;
    }
    tr.self {
      background: var(--edu-self-bg);
    }
    .spark {
      color: #0969da;
      padding-top: 0.2rem;
      padding-bottom: 0;
    }
    details {
      margin: 0.25rem 0;
    }
    details dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.2rem 0.75rem;
      margin: 0.5rem 0 0.75rem 1rem;
      font-size: 0.9rem;
    }
    details dt {
      color: var(--edu-muted);
    }
    details dd {
      margin: 0;
    }
    .arithmetic {
      margin: 0;
    }
    .term {
      white-space: nowrap;
    }
    edu-trend {
      margin: 0.5rem 0;
    }
    .reported-section {
      border-inline-start: 4px solid var(--edu-reported-line);
      background: var(--edu-reported-bg);
      padding: 0.25rem 0.75rem 0.5rem;
      margin-top: 1.5rem;
    }
    .reported-section h3 {
      margin-top: 0.5rem;
    }
    .reported-list {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .reported-figure {
      padding: 0.5rem 0;
      border-top: 1px solid var(--edu-line);
    }
    .reported-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.5rem;
      margin: 0;
    }
    .reported-value {
      font-size: 1.05rem;
    }
    /* A restored reading: not bold, dashed underline, so it never reads as a clean figure. */
    .reported-value.restored {
      font-weight: normal;
      text-decoration: underline dashed;
      text-underline-offset: 0.2em;
    }
    blockquote {
      margin: 0.35rem 0;
      padding: 0.2rem 0.75rem;
      border-inline-start: 3px solid var(--edu-line);
      font-style: normal;
    }
    .caveat {
      margin: 0.2rem 0 0;
    }
    .caveat,
    .reported-figure p.small {
      margin: 0.2rem 0 0;
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --edu-reported-line: #a371f7;
      }
      .spark {
        color: #58a6ff;
      }
    }
    /* Narrow screens: each metric row becomes a small card with labelled cells. */
    @container (max-width: 600px) {
      ${stackedTable}
      table.stack tr:not(.group) {
        display: grid;
        grid-template-columns: 1fr 1fr;
        padding: 0.4rem 0;
        border-bottom: 1px solid var(--edu-line);
      }
      table.stack tr:not(.group) > th {
        grid-column: 1 / -1;
        border: none;
        font-weight: 600;
      }
      table.stack tr:not(.group) > td:last-child {
        grid-column: 1 / -1;
      }
      table.stack tr:not(.group) > td:last-child:empty {
        display: none;
      }
      table.sparks th,
      table.sparks td {
        padding-left: 0.2rem;
        padding-right: 0.2rem;
      }
      table.sparks td:last-child {
        white-space: normal;
      }
      .spark svg {
        width: 56px;
      }
      table.stack tr.group,
      table.stack tr.group th {
        display: block;
      }
      /* Nothing wider than a phone: names and worked sums wrap, terms included. */
      table.sparks,
      table.neighbours {
        min-width: 0;
        width: 100%;
      }
      table.sparks {
        font-size: 0.9rem;
      }
      /* Names wrap between words (a word is never split: it sets the column's least width). */
      table.sparks th[scope='row'],
      table.neighbours th[scope='row'] {
        white-space: normal;
      }
      details dl {
        grid-template-columns: minmax(0, 1fr);
        margin-inline-start: 0;
      }
      details dd {
        overflow-wrap: anywhere;
        margin-bottom: 0.3rem;
      }
      .term {
        white-space: normal;
      }
      thead th.num {
        white-space: normal;
      }
    }
  `,
];
