// Parts of the own-data dialog as plain templates (tested without a browser):
// the chosen files with their roles, and the problems of a refused build.

import { html, nothing, type TemplateResult } from 'lit';
import { formatExactCount, type Locale } from '../../format';
import type { OwnDataStrings } from '../../i18n/own-data';
import { problemList } from '../../own-data/problems';
import type { Placement } from '../../own-data/roles';

export function sizeOf(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toFixed(kb < 10 ? 1 : 0)} KB`;
  const mb = kb / 1024;
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}

export function filesTemplate(
  s: OwnDataStrings,
  placement: Placement,
  onRemove: (file: File) => void,
): TemplateResult {
  const { placed, unplaced } = placement;
  if (!placed.length && !unplaced.length) return html`<p class="muted">${s.noFiles}</p>`;
  const remove = (file: File) =>
    html`<button
      type="button"
      class="remove"
      aria-label=${s.remove(file.name)}
      @click=${() => onRemove(file)}
    >
      ×
    </button>`;
  return html`<ul class="files" aria-label=${s.chosen}>
    ${placed.map(
      (p) =>
        html`<li class="placed">
          <span class="role">${s.role[p.role]}</span>
          <span class="name">${p.file.name}</span>
          <span class="size">${sizeOf(p.file.size)}</span>
          ${remove(p.file)}
        </li>`,
    )}
    ${unplaced.map(
      (u) =>
        html`<li class="unplaced">
          <span class="why">${s.unplaced[u.reason](u.file.name)}</span>
          ${remove(u.file)}
        </li>`,
    )}
  </ul>`;
}

export interface RefusedBuild {
  lines: string[];
  count: number;
  summary: string;
}

/** `FILE:LINE:COLUMN: message` lines, the first 50, then how many more. */
export function problemsTemplate(
  s: OwnDataStrings,
  locale: Locale,
  refused: RefusedBuild,
): TemplateResult {
  const { lines, more } = problemList(refused.lines, refused.count);
  return html`<section class="problems" aria-labelledby="own-problems-title">
    <h3 id="own-problems-title">${s.problemsTitle}</h3>
    <p>${s.nothingBuilt}</p>
    ${refused.summary ? html`<p class="summary">${refused.summary}</p>` : nothing}
    <ul class="problem-lines">
      ${lines.map((line) => html`<li><code>${line}</code></li>`)}
    </ul>
    ${more > 0 ? html`<p class="more">${s.more(formatExactCount(more, locale))}</p>` : nothing}
  </section>`;
}
