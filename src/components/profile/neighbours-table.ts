// The unit among its geographic neighbours on the focus metric, best first,
// the unit itself highlighted.

import { html, type TemplateResult } from 'lit';
import { formatValue, type Locale } from '../../format';
import { panelStrings } from '../../i18n/panels';
import type { ProfileModel } from './model';

export function neighboursSection(
  model: ProfileModel,
  locale: Locale,
  loading: boolean,
  onSelect: (code: string) => void,
): TemplateResult {
  const t = panelStrings[locale];
  const m = model.focus.metric;
  const rows = model.neighbours;
  const body = loading
    ? html`<p class="muted" aria-busy="true">${t.loading}</p>`
    : !rows
      ? html`<p class="muted">${t.neighboursUnavailable}</p>`
      : rows.length <= 1
        ? html`<p class="muted">${t.neighboursNone}</p>`
        : html`<div class="scroll">
            <table class="neighbours">
              <caption>
                ${t.neighboursCaption(m.name[locale], model.year, m.higherIsBetter)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.colUnit}</th>
                  <th scope="col" class="num">${m.shortName[locale]}</th>
                  <th scope="col">${t.colNotes}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row) =>
                    html`<tr data-code=${row.code} class=${row.isSelf ? 'self' : ''}>
                      <th scope="row">
                        ${
                          row.isSelf
                            ? html`<strong aria-current="true">${row.name}</strong>
                                <span class="tag">${t.thisUnit}</span>`
                            : html`<button
                                type="button"
                                class="link"
                                @click=${() => onSelect(row.code)}
                              >
                                ${row.name}
                              </button>`
                        }
                      </th>
                      <td class="num">
                        ${formatValue(m.unit, row.value, locale, { thresholds: [m.target?.value] })}
                      </td>
                      <td class="small muted">
                        ${row.flags.map((f) => t.flagShort[f] ?? f).join(t.listSeparator)}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`;
  return html`<section aria-labelledby="neighbours-heading">
    <h3 id="neighbours-heading">${t.neighboursHeading}</h3>
    ${body}
  </section>`;
}
