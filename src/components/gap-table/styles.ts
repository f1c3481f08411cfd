import { css } from 'lit';

export const gapTableStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
    --edu-below: #b35806;
    --edu-meets: #1a7f37;
    --edu-muted: color-mix(in srgb, currentColor 65%, transparent);
    --edu-line: color-mix(in srgb, currentColor 18%, transparent);
  }
  h2 {
    font-size: 1.15rem;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1rem;
    margin: 1rem 0 0.25rem;
  }
  .badge {
    display: inline-block;
    font-size: 0.75rem;
    font-weight: 600;
    padding: 0.1rem 0.4rem;
    border-radius: 0.25rem;
    background: #fff1c2;
    color: #6b4500;
    vertical-align: middle;
    margin-inline-start: 0.5rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  .controls input {
    width: 6em;
    font: inherit;
    padding: 0.2rem 0.3rem;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .note,
  .message {
    margin: 0.25rem 0;
    color: var(--edu-muted);
    font-size: 0.9rem;
  }
  .message {
    color: inherit;
    border-inline-start: 3px solid var(--edu-line);
    padding-inline-start: 0.5rem;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-size: 0.9rem;
    color: var(--edu-muted);
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--edu-line);
    text-align: start;
    vertical-align: baseline;
  }
  td.num,
  th.num {
    text-align: end;
    white-space: nowrap;
  }
  thead th {
    font-weight: 600;
    font-size: 0.85rem;
  }
  tfoot td,
  tfoot th {
    font-weight: 600;
    border-bottom: none;
    border-top: 2px solid var(--edu-line);
  }
  .sort {
    background: none;
    border: none;
    padding: 0;
    font-weight: 600;
    color: inherit;
    text-decoration: underline dotted;
  }
  .link {
    background: none;
    border: none;
    padding: 0;
    color: LinkText;
    text-decoration: underline;
    text-align: start;
  }
  .parent-name {
    display: block;
    font-size: 0.8rem;
    font-weight: normal;
    color: var(--edu-muted);
  }
  .county-switch[aria-pressed='true'] {
    font-weight: 600;
  }
  .status-below {
    color: var(--edu-below);
    font-weight: 600;
  }
  .status-meets {
    color: var(--edu-meets);
  }
  .flags {
    font-size: 0.8rem;
    color: var(--edu-muted);
  }
  ul.missing {
    margin: 0.25rem 0;
    padding-inline-start: 1.2rem;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --edu-below: #f0a35e;
      --edu-meets: #57c46f;
    }
  }
`;

/* Narrow screens: each unit becomes a small card with labelled cells. */
export const gapTableNarrowStyles = css`
  :host {
    container-type: inline-size;
  }
  @container (max-width: 560px) {
    table.stack thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table.stack thead button {
      visibility: hidden;
    }
    table.stack tbody tr,
    table.stack tfoot tr {
      display: grid;
      grid-template-columns: 1fr 1fr;
      padding: 0.35rem 0;
      border-bottom: 1px solid var(--edu-line);
    }
    table.stack tr > th {
      grid-column: 1 / -1;
      border: none;
    }
    table.stack tr > td {
      border: none;
      text-align: start;
      white-space: normal;
      padding-top: 0.1rem;
      padding-bottom: 0.1rem;
    }
    table.stack tbody td::before {
      content: attr(data-label);
      display: block;
      font-size: 0.75rem;
      color: var(--edu-muted);
      font-weight: normal;
    }
    table.stack tbody td:empty {
      display: none;
    }
    table.stack tfoot td {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 561px) {
    .sort-narrow {
      display: none;
    }
  }
`;
