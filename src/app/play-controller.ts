// Steps through the years while playing; stops at the last one.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

const STEP_MS = 1400;

export class PlayController implements ReactiveController {
  playing = false;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Moves to the next year; returns false when there is none. */
    private readonly step: () => boolean,
  ) {
    host.addController(this);
  }

  toggle(): void {
    if (this.playing) this.stop();
    else this.start();
  }

  start(): void {
    this.playing = true;
    this.timer = setInterval(() => {
      if (!this.step()) this.stop();
    }, STEP_MS);
    this.host.requestUpdate();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.playing = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }
}
