import { css } from 'lit';

export const shareDialogStyles = css`
  dialog {
    width: min(960px, calc(100vw - 24px));
    max-height: calc(100vh - 24px);
  }
  .head {
    padding: 8px 16px;
  }
  h3 {
    margin: 0 0 6px;
    font-size: 14px;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 16px;
    padding: 16px;
  }
  @media (max-width: 700px) {
    .body {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  label {
    display: block;
    font-weight: bold;
    margin-bottom: 4px;
  }
  .row {
    display: flex;
    gap: 8px;
    align-items: flex-start;
  }
  textarea {
    flex: 1;
    min-width: 0;
    font:
      12px/1.4 ui-monospace,
      SFMono-Regular,
      Menlo,
      Consolas,
      monospace;
    resize: vertical;
  }
  .row button {
    min-height: 36px;
    padding: 0 14px;
    border: 1px solid #0b63ce;
    border-radius: 4px;
    background: #0b63ce;
    color: #ffffff;
    cursor: pointer;
  }
  .status {
    min-height: 1.5em;
    color: #1a7f37;
    font-size: 12px;
  }
  .note {
    color: #57606a;
    font-size: 12px;
  }
  /* A fixed height that scrolls: listening to the preview's resize messages would
     share code with embed-resize.js, which must stay one self-contained script. */
  iframe {
    width: 100%;
    height: min(600px, 70vh);
    border: 1px solid var(--edu-border);
    border-radius: 4px;
  }
`;
