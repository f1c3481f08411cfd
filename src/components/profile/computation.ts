// "How each number was computed": a <details> per metric with the formula,
// the numerator and denominator and their sums, how to read it, the target's source.

import { html, nothing, type TemplateResult } from 'lit';
import { metricTexts } from '../../contract/metric-texts';
import { formatCount, formatValue, type Locale } from '../../format';
import { panelStrings } from '../../i18n/panels';
import type { MetricLine, ProfileModel } from './model';

/** Sums are shown in full digits ("2,345"): 1.2万 would hide the very figures being checked. */
function exactCount(count: number | null): string {
  return formatCount(count, 'en');
}

function arithmetic(line: MetricLine, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  const m = line.metric;
  const { numerator, denominator } = metricTexts(m.id);
  if (m.unit === 'cv' || !numerator || !denominator) {
    return html`<p>${t.cvComputation}</p>`;
  }
  if (line.numerator === null || line.denominator === null) return html`<p>${t.noData}</p>`;
  return html`<p class="arithmetic">
    <span class="term">${numerator[locale]} <strong>${exactCount(line.numerator)}</strong></span>
    ÷
    <span class="term"
      >${denominator[locale]} <strong>${exactCount(line.denominator)}</strong></span
    >
    = <strong>${formatValue(m.unit, line.value, locale, { thresholds: [m.target?.value] })}</strong>
  </p>`;
}

function metricDetails(line: MetricLine, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  const m = line.metric;
  const { numerator, denominator, formula, howToRead } = metricTexts(m.id);
  return html`<details data-metric=${m.id} ?open=${line.focus}>
    <summary>
      ${m.name[locale]}${t.labelSeparator}${formatValue(m.unit, line.value, locale, { thresholds: [m.target?.value] })}
    </summary>
    <dl>
      <dt>${t.formula}</dt>
      <dd>${formula[locale]}</dd>
      ${
        numerator
          ? html`<dt>${t.numerator}</dt>
              <dd>${numerator[locale]}${t.labelSeparator}${exactCount(line.numerator)}</dd>`
          : nothing
      }
      ${
        denominator
          ? html`<dt>${t.denominator}</dt>
              <dd>${denominator[locale]}${t.labelSeparator}${exactCount(line.denominator)}</dd>`
          : nothing
      }
      <dt>${t.result}</dt>
      <dd>${arithmetic(line, locale)}</dd>
      <dt>${t.howToRead}</dt>
      <dd>${howToRead[locale]}</dd>
      ${
        m.target
          ? html`<dt>${t.targetSource}</dt>
              <dd>${metricTexts(m.id).targetSource?.[locale] ?? ''}</dd>`
          : nothing
      }
    </dl>
  </details>`;
}

export function computationSection(model: ProfileModel, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  return html`<section aria-labelledby="computed-heading">
    <h3 id="computed-heading">${t.computedHeading}</h3>
    <p class="muted">${t.computedIntro}</p>
    ${model.groups.flatMap((g) => g.lines).map((line) => metricDetails(line, locale))}
  </section>`;
}
