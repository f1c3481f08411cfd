// The one style module every shadow root of the atlas composes first (issue 12):
// `static styles = [sharedStyles, own]`. It holds what the elements really share:
// the design tokens, base type, the focus ring, controls, the visually-hidden
// class and the synthetic badge's colours (tables.ts adds the data tables of the
// profile and the gap table, lazily loaded panels). The chart elements also draw in
// the embeds (a ranking embed ≤ 25 KB gzip), so they, and the embed elements,
// compose only its first piece, `coreStyles` (core.ts, a module of its own so an
// embed loads nothing more); the embed takes its type face from FONT_STACK.
// page.css repeats paper, ink and face for the light DOM (a CSS file cannot
// import this module).

import { css } from 'lit';
import { ACCENT, coreStyles, FONT_STACK } from './core';

export { coreStyles, FONT_STACK };

/**
 * The design tokens, on each host (an element works alone too). Ink and quiet ink
 * keep AA contrast on paper; --edu-muted and --edu-line follow the text colour.
 */
export const tokens = css`
  :host {
    --edu-font: ${FONT_STACK};
    --edu-ink: #1f2328;
    --edu-paper: #ffffff;
    --edu-quiet: #4d5661;
    --edu-accent: ${ACCENT};
    --edu-border: #d0d7de;
    --edu-control-border: #8c959f;
    --edu-soft: #f6f8fa;
    --edu-synthetic-bg: #fff1c2;
    --edu-synthetic-ink: #6b4500;
    --edu-below: #b35806;
    --edu-meets: #1a7f37;
    --edu-muted: color-mix(in srgb, currentColor 65%, transparent);
    --edu-line: color-mix(in srgb, currentColor 18%, transparent);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --edu-below: #f0a35e;
      --edu-meets: #57c46f;
    }
  }
`;

/** Base type and controls: the host's face and ink; buttons and fields take the text's font. */
const baseType = css`
  :host {
    font-family: var(--edu-font);
    color: var(--edu-ink);
  }
  button,
  input,
  select {
    font: inherit;
  }
  button {
    cursor: pointer;
  }
  /* A button that reads as a link (a unit's name that opens it). */
  .link {
    background: none;
    border: none;
    padding: 0;
    color: LinkText;
    text-decoration: underline;
    text-align: start;
  }
`;

/** Text for screen readers only. */
const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The synthetic-data label: one look wherever it stands (each element places it). */
const syntheticBadge = css`
  .badge {
    display: inline-block;
    font-weight: 600;
    white-space: nowrap;
    background: var(--edu-synthetic-bg);
    color: var(--edu-synthetic-ink);
  }
`;

/** Composed first into every shadow root of the atlas page. */
export const sharedStyles = [coreStyles, tokens, baseType, visuallyHidden, syntheticBadge];
