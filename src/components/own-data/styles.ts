import { css } from 'lit';

export const ownDataStyles = css`
  dialog {
    width: min(720px, calc(100vw - 16px));
    max-height: calc(100vh - 16px);
  }
  .head {
    position: sticky;
    top: 0;
    padding: 4px 8px 4px 16px;
    background: var(--edu-paper);
  }
  h3 {
    margin: 0 0 4px;
    font-size: 15px;
  }
  .body {
    padding: 12px 16px 16px;
  }
  .privacy {
    margin: 0 0 12px;
    padding: 8px 12px;
    border-left: 4px solid #1a7f37;
    background: #f0f7f2;
  }
  .muted {
    color: #57606a;
  }
  .small {
    font-size: 12px;
  }
  .choose-button {
    margin: 4px 0;
    font-weight: bold;
  }
  .files {
    list-style: none;
    margin: 8px 0;
    padding: 0;
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    padding: 4px 0;
    border-bottom: 1px solid #eaeef2;
  }
  .files .role {
    font-weight: bold;
    min-width: 9em;
  }
  .files .name {
    overflow-wrap: anywhere;
    flex: 1;
  }
  .files .size {
    color: #57606a;
    font-size: 12px;
  }
  .files .unplaced .why {
    color: #9a6700;
    flex: 1;
  }
  .remove {
    min-width: 32px;
    min-height: 32px;
    border: 1px solid var(--edu-border);
    border-radius: 4px;
    background: var(--edu-paper);
  }
  .missing {
    color: #9a6700;
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 8px;
    align-items: center;
    margin: 12px 0;
  }
  .check input {
    width: 20px;
    height: 20px;
    margin: 0;
  }
  .check p {
    grid-column: 2;
    margin: 0;
  }
  .actions {
    display: flex;
    gap: 8px;
    margin: 12px 0 4px;
  }
  .actions.wrap {
    flex-wrap: wrap;
  }
  .choose-button,
  .actions button,
  .rejected {
    min-height: 40px;
    padding: 0 14px;
    border: 1px solid #0b63ce;
    border-radius: 4px;
    background: #ffffff;
    color: #0b63ce;
    cursor: pointer;
  }
  .actions button.primary {
    background: #0b63ce;
    color: #ffffff;
  }
  .actions button:disabled {
    border-color: #8c959f;
    background: #eaeef2;
    color: #57606a;
    cursor: not-allowed;
  }
  progress {
    display: block;
    width: 100%;
    height: 16px;
    margin: 6px 0;
  }
  .outcome.ok {
    color: #1a7f37;
    font-weight: bold;
  }
  .outcome.error {
    color: #cf222e;
    font-weight: bold;
  }
  .problems {
    margin: 8px 0 16px;
    padding: 8px 12px;
    border: 1px solid #cf222e;
    border-radius: 6px;
    background: #fff8f8;
  }
  .problem-lines,
  .info {
    max-height: 40vh;
    overflow: auto;
    margin: 0;
    padding-left: 0;
    list-style: none;
  }
  code {
    font:
      12px/1.5 ui-monospace,
      SFMono-Regular,
      Menlo,
      Consolas,
      'Noto Sans Mono CJK SC',
      monospace;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .note {
    min-height: 1.5em;
    color: #1a7f37;
  }
`;
