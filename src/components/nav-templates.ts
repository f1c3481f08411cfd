// Breadcrumb (全国 › 河南省 › 鹤壁市) and the view tabs (an ARIA tablist with
// arrow-key movement and a single tab stop).

import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { View } from '../app/state';
import type { Unit } from '../data/units';
import { coverageStrings } from '../i18n/coverage';
import type { ShellContext } from './shell-context';

export function breadcrumbTemplate(ctx: ShellContext) {
  const { path } = ctx.focus;
  return html`<nav class="crumbs" aria-label=${ctx.s.breadcrumb}>
    <ol>
      ${path.map((unit, i) =>
        i === path.length - 1
          ? html`<li>
              <span aria-current="location"
                >${unitName(ctx, unit.name, unit.level, unit.code)}</span
              >
            </li>`
          : html`<li>
              <a
                href="?region=${unit.code}"
                @click=${(e: Event) => {
                  e.preventDefault();
                  ctx.goTo(unit);
                }}
                >${unitName(ctx, unit.name, unit.level, unit.code)}</a
              >
            </li>`,
      )}
    </ol>
  </nav>`;
}

function unitName(ctx: ShellContext, name: string, level: Unit['level'], code?: string): string {
  const shown = level === 'nation' && ctx.locale === 'en' ? 'China' : name;
  // A unit whose figures cover only part of it says so wherever it is named.
  const partial = code !== undefined && ctx.coverage.isPartial({ level, code }, ctx.year);
  return partial ? coverageStrings[ctx.locale].partialName(shown) : shown;
}

export interface TabSpec<T extends string> {
  id: T;
  label: string;
}

/** An ARIA tablist; `panelId` is the one tabpanel the tabs control. */
export function tablistTemplate<T extends string>(
  label: string,
  tabs: readonly TabSpec<T>[],
  current: T,
  panelId: string,
  idPrefix: string,
  choose: (id: T) => void,
  extraClass = '',
) {
  const onKeydown = (e: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === current);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = tabs[(moves[e.key] + tabs.length) % tabs.length];
    choose(next.id);
    const root = (e.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    requestAnimationFrame(() => root.getElementById?.(`${idPrefix}-${next.id}`)?.focus());
  };
  return html`<div role="tablist" aria-label=${label} class=${extraClass} @keydown=${onKeydown}>
    ${tabs.map(
      (tab) =>
        html`<button
          type="button"
          role="tab"
          id="${idPrefix}-${tab.id}"
          aria-selected=${tab.id === current ? 'true' : 'false'}
          aria-controls=${panelId}
          tabindex=${tab.id === current ? '0' : '-1'}
          ${ref(tab.id === current ? revealTab : undefined)}
          @click=${() => choose(tab.id)}
        >
          ${tab.label}
        </button>`,
    )}
  </div>`;
}

/**
 * On a phone the tab row scrolls sideways: keep the selected tab in view by
 * scrolling the row only (scrollIntoView could move the page too).
 */
function revealTab(tab: Element | undefined): void {
  if (!(tab instanceof HTMLElement)) return;
  requestAnimationFrame(() => {
    const row = tab.parentElement;
    if (!row || row.scrollWidth <= row.clientWidth) return;
    const [left, right] = [
      tab.offsetLeft - row.offsetLeft,
      tab.offsetLeft - row.offsetLeft + tab.offsetWidth,
    ];
    if (left < row.scrollLeft) row.scrollLeft = left;
    else if (right > row.scrollLeft + row.clientWidth) row.scrollLeft = right - row.clientWidth;
  });
}

export function viewTabs(ctx: ShellContext) {
  const views: View[] = ['map', 'chart', 'table', 'profile', 'gap'];
  return tablistTemplate(
    ctx.s.viewsLabel,
    views.map((id) => ({
      id,
      label: id === 'profile' ? ctx.s.profileTab[ctx.focus.unit.level] : ctx.s.views[id],
    })),
    ctx.state.view,
    'view-panel',
    'tab',
    (view) => ctx.set({ view }),
  );
}
