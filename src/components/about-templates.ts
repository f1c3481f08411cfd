// The metric note (how to read it, formula, target) and the page footer
// (build date, source, synthetic label).

import { html, nothing } from 'lit';
import { metricTexts } from '../contract/metric-texts';
import { formatDate, formatValue } from '../format';
import { coverageStrings } from '../i18n/coverage';
import type { ShellContext } from './shell-context';

export function metricNote(ctx: ShellContext) {
  const { s, metric, locale } = ctx;
  const target = metric.target;
  const texts = metricTexts(metric.id);
  return html`<section class="about" aria-labelledby="how-to-read">
    <h3 id="how-to-read">${s.howToReadOf(metric.name[locale])}</h3>
    <p>${texts.howToRead[locale]}</p>
    <dl>
      <dt>${s.formula}</dt>
      <dd>${texts.formula[locale]}</dd>
      <dt>${s.target}</dt>
      <dd>
        ${
          target
            ? html`${s.targetText(target.comparison, formatValue(metric.unit, target.value, locale), target.year)}
              ${
                texts.targetSource
                  ? html`<span class="muted">${s.inBrackets(texts.targetSource[locale])}</span>`
                  : nothing
              }`
            : s.noTarget
        }
      </dd>
    </dl>
  </section>`;
}

export function footerTemplate(ctx: ShellContext) {
  const { s, build } = ctx;
  return html`<footer>
    ${ctx.synthetic ? html`<p><span class="badge">${s.synthetic}</span> ${s.syntheticNote}</p>` : nothing}
    <p>${s.footerSource(ctx.synthetic)}</p>
    ${publisherLine(ctx)}
    <p>${s.footerBuild(formatDate(build.builtAt), build.codeVersion)}</p>
  </footer>`;
}

/** Who publishes the site and how to reach them (site.json or build:data flags). */
function publisherLine(ctx: ShellContext) {
  const { publisher, contact } = ctx.site;
  if (!publisher && !contact) return nothing;
  const words = coverageStrings[ctx.locale];
  return html`<p>
    ${publisher ? html`${words.publisher}${publisher}` : nothing}
    ${contact ? html`${publisher ? ' · ' : ''}${words.contact}${contact}` : nothing}
  </p>`;
}
