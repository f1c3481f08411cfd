// The data tables of the profile and the gap table, composed after the shared
// styles (shared.ts) by those two panels only: a module of its own, so the
// atlas's first view does not load them.

import { css } from 'lit';

/** The data tables of the profile and the gap table: hairlines, tabular figures. */
export const tableLook = css`
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
    font-size: 0.85rem;
    color: var(--edu-muted);
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--edu-line);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-size: 0.85rem;
    font-weight: 600;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
`;

/**
 * A table.stack on a narrow screen: each row a small card whose cells carry their
 * column's name (data-label). Goes inside the element's own container query.
 */
export const stackedTable = css`
  table.stack thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  table.stack td {
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
`;
