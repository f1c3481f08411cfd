import { css } from 'lit';
import { sharedStyles } from '../../styles/shared';
import { stackedTable, tableLook } from '../../styles/tables';

export const gapTableStyles = [
  sharedStyles,
  tableLook,
  css`
    :host {
      display: block;
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
      font-size: 0.75rem;
      padding: 0.1rem 0.4rem;
      border-radius: 0.25rem;
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
      padding: 0.2rem 0.3rem;
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
    caption {
      font-size: 0.9rem;
    }
    th,
    td {
      vertical-align: baseline;
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
  `,
];

/* Narrow screens: each unit becomes a small card with labelled cells. */
export const gapTableNarrowStyles = css`
  :host {
    container-type: inline-size;
  }
  @container (max-width: 560px) {
    ${stackedTable}
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
