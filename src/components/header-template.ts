// The top of the page: title, synthetic badge (or the own-data badge), search,
// "use your own data", share, language; then the
// metric picker and the year slider with its player.

import { html, nothing } from 'lit';
import { METRIC_GROUPS, METRICS, isMetricId } from '../contract';
import { formatYear } from '../format';
import type { ShellContext } from './shell-context';
import './search-box';

/** The Share / Embed dialog for the current view, loaded on first use (its own chunk). */
async function openShare(ctx: ShellContext): Promise<void> {
  await import('../embed/share-dialog');
  let dialog = document.querySelector('edu-share-dialog');
  if (!dialog) {
    dialog = document.createElement('edu-share-dialog');
    document.body.append(dialog);
  }
  const { state } = ctx;
  Object.assign(dialog, {
    // The view as shown: its year and base year written out, so the link keeps them.
    spec: {
      ...ctx.state,
      metric: ctx.metric.id,
      year: ctx.year,
      from: state.view === 'chart' && state.chart === 'change' ? ctx.fromYear : state.from,
      lang: ctx.locale,
    },
    place: ctx.focus.parent.name,
    siteUrl: new URL('./', location.href).href,
    latestYear: ctx.years.at(-1) ?? null,
  });
  await dialog.show();
}

/** The user's own data in the header: its badge, the way back, and the button that opens the dialog. */
export interface OwnDataHeader {
  /** The atlas shows the user's data (built on this device). */
  active: boolean;
  /** A build is kept in this browser. */
  kept: boolean;
  open(): void;
  leave(): void;
  forget(): void;
}

function ownDataBadge(ctx: ShellContext, own: OwnDataHeader) {
  const { s } = ctx;
  return html`${
    own.active
      ? html`<span class="badge own" title=${s.ownBadgeNote}>${s.ownBadge}</span>
          <button type="button" class="own-return" @click=${own.leave}>${s.ownReturn}</button>`
      : ctx.synthetic
        ? html`<span class="badge" title=${s.syntheticNote}>${s.synthetic}</span>`
        : nothing
  }
  ${
    own.kept
      ? html`<button type="button" class="own-forget" @click=${own.forget}>${s.ownForget}</button>`
      : nothing
  }`;
}

export function headerTemplate(ctx: ShellContext, onLanguage: () => void, own: OwnDataHeader) {
  const { s } = ctx;
  return html`<header class="top">
    <h1>${ctx.site.title[ctx.locale]}<small>${ctx.site.subtitle[ctx.locale]}</small></h1>
    ${ownDataBadge(ctx, own)}
    <span class="spacer"></span>
    <edu-search
      .units=${ctx.units}
      .locale=${ctx.locale}
      @edu-choose=${(e: CustomEvent<{ code: string; level: string }>) => {
        const unit = ctx.units.get(e.detail.level as 'county', e.detail.code);
        if (unit) ctx.goTo(unit);
      }}
    ></edu-search>
    <button type="button" class="own-data" aria-haspopup="dialog" @click=${own.open}>
      ${s.ownData}
    </button>
    ${
      // Links and embeds open the published data: a link cannot carry data that stays on this device.
      own.active
        ? nothing
        : html`<button
            type="button"
            class="share"
            aria-haspopup="dialog"
            @click=${() => void openShare(ctx)}
          >
            ${s.share}
          </button>`
    }
    <button type="button" lang=${ctx.locale === 'zh' ? 'en' : 'zh-CN'} @click=${onLanguage}>
      ${s.otherLanguage}
    </button>
  </header>`;
}

export function controlsTemplate(ctx: ShellContext, playing: boolean, onPlay: () => void) {
  const { s, metric, years, year, locale } = ctx;
  const index = Math.max(0, years.indexOf(year));
  return html`<div class="controls">
    <div class="field metric">
      <label for="metric">${s.metric}</label>
      <select
        id="metric"
        @change=${(e: Event) => {
          const id = (e.target as HTMLSelectElement).value;
          // A typed target belongs to one metric (a % is no CV threshold).
          if (isMetricId(id)) ctx.set({ metric: id, target: null });
        }}
      >
        ${METRIC_GROUPS.map(
          (group) =>
            html`<optgroup label=${group.name[locale]}>
              ${METRICS.filter((m) => m.group === group.id).map(
                (m) =>
                  html`<option value=${m.id} ?selected=${m.id === metric.id}>
                    ${m.name[locale]}
                  </option>`,
              )}
            </optgroup>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="year">${s.year}</label>
      <div class="year-row">
        <button
          type="button"
          class="play"
          aria-pressed=${playing ? 'true' : 'false'}
          aria-label=${playing ? s.pause : s.play}
          title=${playing ? s.pause : s.play}
          @click=${onPlay}
        >
          ${playing ? '❚❚' : '▶'}
        </button>
        <input
          id="year"
          type="range"
          min="0"
          max=${Math.max(0, years.length - 1)}
          step="1"
          .value=${String(index)}
          aria-valuetext=${formatYear(year)}
          @change=${(e: Event) => {
            const chosen = years[Number((e.target as HTMLInputElement).value)];
            if (chosen !== undefined) ctx.set({ year: chosen });
          }}
        />
        <output class="year-value" for="year">${formatYear(year)}</output>
      </div>
    </div>
  </div>`;
}
