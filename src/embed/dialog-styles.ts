// The frame every modal dialog of the atlas shares (the share dialog, the
// own-data dialog): box, backdrop, type, heading and close button. Composed first into each
// dialog's shadow root; the dialog's own sheet sets its width and contents.

import { css } from 'lit';

export const dialogFrameStyles = css`
  dialog {
    padding: 0;
    border: 1px solid #d0d7de;
    border-radius: 8px;
    color: #1f2328;
    background: #ffffff;
    font:
      14px/1.5 system-ui,
      'PingFang SC',
      'Noto Sans CJK SC',
      'Microsoft YaHei',
      sans-serif;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 40%);
  }
  h2 {
    margin: 0;
    font-size: 17px;
  }
  /* The close button in the header: a 44 px target. */
  .head button {
    font-size: 22px;
    line-height: 1;
    background: none;
    border: 0;
    cursor: pointer;
    min-width: 44px;
    min-height: 44px;
  }
`;
