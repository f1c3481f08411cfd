// Profile header: name, synthetic badge, path (全国 › 河南省 › 鹤壁市 › 淇滨区),
// code and level, and the units at the same level.

import { html, nothing, type TemplateResult } from 'lit';
import type { Unit } from '../../data/units';
import type { Locale } from '../../format';
import { panelStrings } from '../../i18n/panels';
import type { ProfileModel } from './model';

export type SelectUnit = (unit: Unit) => void;

function unitButton(unit: Unit, onSelect: SelectUnit): TemplateResult {
  return html`<button
    type="button"
    class="link"
    data-code=${unit.code}
    @click=${() => onSelect(unit)}
  >
    ${unit.name}
  </button>`;
}

export function profileHeader(
  model: ProfileModel,
  locale: Locale,
  synthetic: boolean,
  onSelect: SelectUnit,
): TemplateResult {
  const t = panelStrings[locale];
  const { unit, path } = model;
  return html`<header class="profile-header">
    <h2 id="profile-heading">
      ${unit.name}${
        synthetic
          ? html`<span class="badge synthetic" title=${t.syntheticNote}>${t.synthetic}</span>`
          : nothing
      }
    </h2>
    <nav aria-label=${t.pathLabel} class="path">
      <ol>
        ${path.map((u, i) =>
          i === path.length - 1
            ? html`<li aria-current="page">${u.name}</li>`
            : html`<li>${unitButton(u, onSelect)}</li>`,
        )}
      </ol>
    </nav>
    <p class="meta">${t.levels[unit.level]} · ${t.code} <span class="code">${unit.code}</span></p>
    ${model.remaps.map(
      (r) =>
        html`<p class="remap-note">
          ${t.remapNote(r.oldCode, r.oldName, r.change, r.into, r.year)}
        </p>`,
    )}
    ${synthetic ? html`<p class="synthetic-note">${t.syntheticNote}</p>` : nothing}
    ${
      model.siblings.length > 0
        ? html`<details class="siblings">
            <summary>${t.siblingsSummary(model.siblings.length)}</summary>
            <nav aria-label=${t.siblingsLabel}>
              <ul>
                ${model.siblings.map((s) => html`<li>${unitButton(s, onSelect)}</li>`)}
              </ul>
            </nav>
          </details>`
        : nothing
    }
  </header>`;
}
