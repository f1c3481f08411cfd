// Keeps the atlas state in the URL: every change pushes a history entry (or
// replaces it, for the year player), and back/forward restore the state.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_STATE, type AtlasState } from './state';
import { parseState, serializeState } from './url-state';

export class UrlStateController implements ReactiveController {
  state: AtlasState;
  /** Parameters of the URL that were invalid when it was read. */
  invalid: string[];
  /** What a parameter left out of the URL means (the site's scope and default metric). */
  private defaults: AtlasState = DEFAULT_STATE;
  /** The address the page was opened with, read again once the defaults are known. */
  private readonly openedWith = location.search;
  /** True once the state changed after opening (a click, back or forward). */
  private moved = false;

  constructor(private readonly host: ReactiveControllerHost) {
    const parsed = parseState(location.search);
    this.state = parsed.state;
    this.invalid = parsed.invalid;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    // Rewrite an invalid or non-canonical URL to what is shown.
    if (this.invalid.length) this.write('replace');
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /**
   * Sets the defaults once the published index says what they are, and reads
   * the URL again with them: a URL that names no region opens at the scope.
   */
  setDefaults(patch: Partial<AtlasState>): void {
    this.defaults = { ...DEFAULT_STATE, ...patch };
    // The opening address, not the rewritten one: `?region=000000` stays the nation.
    const parsed = parseState(this.moved ? location.search : this.openedWith, this.defaults);
    this.state = parsed.state;
    if (!this.moved) this.invalid = parsed.invalid;
    this.write('replace');
    this.host.requestUpdate();
  }

  set(patch: Partial<AtlasState>, mode: 'push' | 'replace' = 'push'): void {
    const next = { ...this.state, ...patch };
    if (serializeState(next, this.defaults) === serializeState(this.state, this.defaults)) return;
    this.state = next;
    this.moved = true;
    this.write(mode);
    this.host.requestUpdate();
  }

  dismissNotice(): void {
    this.invalid = [];
    this.host.requestUpdate();
  }

  private write(mode: 'push' | 'replace'): void {
    const url = `${location.pathname}${serializeState(this.state, this.defaults)}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private readonly onPopState = (): void => {
    this.moved = true;
    const parsed = parseState(location.search, this.defaults);
    this.state = parsed.state;
    this.invalid = parsed.invalid;
    this.host.requestUpdate();
  };
}
