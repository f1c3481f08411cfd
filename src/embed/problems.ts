// What an embed says in place of its chart when an attribute is wrong: one
// line per problem, naming the attribute and echoing the value as text (Lit
// escapes it), in both languages (the words are src/i18n/embed-problems.ts).
// Loaded only when there is a problem, so a chart that draws does not carry
// these strings.

import { html, type TemplateResult } from 'lit';
import type { Locale } from '../format';
import { problemStrings } from '../i18n/embed-problems';
import type { EmbedProblem } from './params';

export function problemText(problem: EmbedProblem, locale: Locale): string {
  const s = problemStrings[locale];
  return s.problem(problem, s.fields[problem.field]);
}

export function problemTemplate(
  problems: readonly EmbedProblem[],
  locales: readonly Locale[],
): TemplateResult {
  return html`<div class="problem" role="alert">
    ${locales.map(
      (locale) =>
        html`<div lang=${locale === 'zh' ? 'zh-CN' : 'en'}>
          <strong>${problemStrings[locale].problemHeading}</strong>
          <ul>
            ${problems.map((p) => html`<li>${problemText(p, locale)}</li>`)}
          </ul>
        </div>`,
    )}
  </div>`;
}
