// A tiny ResizeController (the one in @lit-labs/observers is not a dependency):
// tracks the host's content width and re-renders when it changes. Without
// ResizeObserver (jsdom, very old browsers) the width stays 0 and elements
// fall back to a default width.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  /** Content-box width of the host in CSS pixels; 0 until first measured. */
  width = 0;
  private observer: ResizeObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      // Re-render only on a whole-pixel change, so a scrollbar appearing does not loop.
      if (width > 0 && width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
