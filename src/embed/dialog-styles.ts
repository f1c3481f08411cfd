// The frame every modal dialog of the atlas shares (the share dialog, the
// own-data dialog): the shared styles first, then box, backdrop, type, heading,
// header row and close button. Each dialog's own sheet sets its width and contents.

import { css } from 'lit';
import { sharedStyles } from '../styles/shared';

export const dialogFrameStyles = [
  sharedStyles,
  css`
    dialog {
      padding: 0;
      border: 1px solid var(--edu-border);
      border-radius: 8px;
      color: var(--edu-ink);
      background: var(--edu-paper);
      font: 14px/1.5 var(--edu-font);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 40%);
    }
    h2 {
      margin: 0;
      font-size: 17px;
    }
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      border-bottom: 1px solid var(--edu-border);
    }
    /* The close button in the header: a 44 px target. */
    .head button {
      font-size: 22px;
      line-height: 1;
      background: none;
      border: 0;
      min-width: 44px;
      min-height: 44px;
    }
  `,
];
