// The HTML parts of <edu-map> that are not the map: tooltip and legend.

import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../format';
import { mapStrings } from '../i18n/map';
import type { LegendModel } from './legend';
import type { TooltipModel } from './tooltip';

export function tooltipTemplate(
  t: (TooltipModel & { x: number; y: number }) | null,
  locale: Locale,
): TemplateResult | typeof nothing {
  if (!t) return nothing;
  const colon = locale === 'zh' ? '：' : ': ';
  // The live region announces focus; the tooltip is for sighted readers only.
  return html`<div
    class="tooltip"
    aria-hidden="true"
    style="left:${Math.max(4, t.x + 12)}px;top:${t.y + 12}px"
  >
    <strong>${t.name}</strong>
    <span class="value">${t.value}</span>
    ${t.rank ? html`<div class="muted">${t.rank}</div>` : nothing}
    ${t.lines.map((l) => html`<div>${l.label}${colon}${l.text}</div>`)}
    ${t.flags.map((f) => html`<div class="muted">${f}</div>`)}
  </div>`;
}

export function legendTemplate(
  legend: LegendModel | null,
  locale: Locale,
  /** Names of units with data that have no area on the map (functional zones). */
  withoutArea: readonly string[] = [],
): TemplateResult | typeof nothing {
  if (!legend) return nothing;
  const s = mapStrings[locale];
  return html`<figure class="legend" aria-label=${s.legendTitle}>
    <figcaption class="legend-title">
      ${legend.title} <span class="count">· ${legend.method}</span>
    </figcaption>
    <ul>
      ${legend.entries.map(
        (e) =>
          html`<li>
            <span
              class="swatch ${e.kind === 'class' ? '' : e.kind}"
              style="background-color:${e.colour}"
            ></span>
            <span>${e.label}</span>
            <span class="count">${s.districts(e.count)}</span>
          </li>`,
      )}
    </ul>
    ${
      withoutArea.length
        ? html`<p class="without-area">${s.withoutArea(withoutArea.join(s.nameSeparator))}</p>`
        : nothing
    }
  </figure>`;
}
