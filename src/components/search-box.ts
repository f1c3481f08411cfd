// <edu-search>: find a unit by hanzi, pinyin, initials or code. The ARIA 1.2
// combobox pattern: the input owns a listbox of suggestions; arrows move the
// active option (aria-activedescendant), Enter chooses, Escape closes/clears.
// Dispatches `edu-choose` {code, level}.

import { css, html, LitElement, nothing } from 'lit';
import { searchUnits, type SearchHit } from '../app/search';
import type { UnitDirectory } from '../data/units';
import type { Locale } from '../format';
import { appStrings } from '../i18n/app';
import { sharedStyles } from '../styles/shared';

export class EduSearch extends LitElement {
  static override properties = {
    units: { attribute: false },
    locale: {},
    query: { state: true },
    active: { state: true },
    open: { state: true },
  };

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-block;
        position: relative;
        min-width: 0;
      }
      input {
        width: 16em;
        max-width: 100%;
        min-height: 34px;
        padding: 4px 8px;
        border: 1px solid var(--edu-control-border);
        border-radius: 6px;
      }
      ul {
        position: absolute;
        z-index: 20;
        left: 0;
        top: 100%;
        margin: 2px 0 0;
        padding: 4px 0;
        list-style: none;
        background: var(--edu-paper);
        border: 1px solid var(--edu-control-border);
        border-radius: 6px;
        box-shadow: 0 4px 16px rgb(0 0 0 / 12%);
        min-width: 100%;
        width: max-content;
        max-width: min(360px, 92vw);
      }
      li {
        padding: 4px 10px;
        cursor: pointer;
      }
      li[aria-selected='true'] {
        background: var(--edu-accent);
        color: #fff;
      }
      li[aria-selected='true'] .parent {
        color: #fff;
      }
      .parent {
        color: var(--edu-quiet);
        font-size: 13px;
      }
      .empty {
        color: var(--edu-quiet);
        cursor: default;
      }
    `,
  ];

  declare units: UnitDirectory | null;
  declare locale: Locale;
  declare query: string;
  declare active: number;
  declare open: boolean;

  constructor() {
    super();
    this.units = null;
    this.locale = 'zh';
    this.query = '';
    this.active = -1;
    this.open = false;
  }

  get hits(): SearchHit[] {
    return this.units ? searchUnits(this.units.all, this.query) : [];
  }

  private choose(hit: SearchHit | undefined): void {
    if (!hit) return;
    this.open = false;
    this.query = '';
    this.active = -1;
    const detail = { code: hit.unit.code, level: hit.unit.level };
    this.dispatchEvent(new CustomEvent('edu-choose', { detail, bubbles: true, composed: true }));
  }

  private onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.open = this.query.trim().length > 0;
    this.active = -1;
  }

  private onKeydown(e: KeyboardEvent): void {
    const hits = this.hits;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      this.open = true;
      this.active = hits.length ? (this.active + 1) % hits.length : -1;
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      this.open = true;
      this.active = hits.length ? (this.active - 1 + hits.length) % hits.length : -1;
    } else if (e.key === 'Enter' && this.open) {
      e.preventDefault();
      this.choose(hits[Math.max(0, this.active)]);
    } else if (e.key === 'Escape') {
      if (this.open) this.open = false;
      else this.query = '';
      this.active = -1;
    }
  }

  private parentName(hit: SearchHit): string {
    const parent = this.units?.parentOf(hit.unit);
    return parent && parent.level !== 'nation' ? parent.name : '';
  }

  override render() {
    const s = appStrings[this.locale];
    const hits = this.open ? this.hits : [];
    const expanded = this.open && this.query.trim().length > 0;
    return html`<label class="visually-hidden" for="q">${s.search}</label
      ><input
        id="q"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="suggestions"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${this.active >= 0 && expanded ? `option-${this.active}` : nothing}
        aria-describedby="hint"
        placeholder=${s.searchPlaceholder}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @blur=${() => setTimeout(() => (this.open = false), 150)}
      /><span id="hint" hidden>${s.searchHint}</span>
      <ul id="suggestions" role="listbox" aria-label=${s.search} ?hidden=${!expanded}>
        ${hits.map(
          (hit, i) =>
            html`<li
              id="option-${i}"
              role="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.choose(hit)}
            >
              ${hit.unit.name}${
                this.parentName(hit)
                  ? html`<span class="parent"> · ${this.parentName(hit)}</span>`
                  : nothing
              }
            </li>`,
        )}
        ${expanded && hits.length === 0 ? html`<li class="empty" role="option" aria-disabled="true" aria-selected="false">${s.noResults}</li>` : nothing}
      </ul>
      <span class="visually-hidden" aria-live="polite"
        >${expanded ? (hits.length ? s.results(hits.length) : s.noResults) : ''}</span
      >`;
  }
}

if (!customElements.get('edu-search')) customElements.define('edu-search', EduSearch);

declare global {
  interface HTMLElementTagNameMap {
    'edu-search': EduSearch;
  }
}
