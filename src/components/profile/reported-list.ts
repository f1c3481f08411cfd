// Figures quoted from published documents: kept apart from computed numbers,
// labelled "公开报道 / reported", with the verbatim quote and any caveat.

import { html, nothing, type TemplateResult } from 'lit';
import { isMetricId, metricById, type ReportedFigure } from '../../contract';
import type { UnitDirectory } from '../../data/units';
import { formatCount, formatValue, type Locale } from '../../format';
import { panelStrings } from '../../i18n/panels';
import type { ProfileModel } from './model';

export function reportedMetricName(metric: string, locale: Locale): string {
  if (isMetricId(metric)) return metricById(metric).name[locale];
  return panelStrings[locale].reportedMetric[metric] ?? metric.replace(/_/g, ' ');
}

/** Decimals of a reported number as printed (at least 1 for a percentage, at most 3). */
export function printedDigits(value: number): number {
  const decimals = String(Number(value.toFixed(6))).split('.')[1]?.length ?? 0;
  return Math.min(3, Math.max(1, decimals));
}

/** Decimals of a number as written (0 for 100, 2 for 87.99), at most 3. */
function writtenDigits(value: number): number {
  return Math.min(3, String(Number(value.toFixed(6))).split('.')[1]?.length ?? 0);
}

export function reportedValue(figure: ReportedFigure, locale: Locale): string {
  // As printed: 87.99 % stays 87.99 %, not 88.0 %. A restored reading claims no
  // printed precision: 100 %, not 100.0 %.
  if (figure.unit === 'fraction')
    return formatValue('fraction', figure.value, locale, {
      digits:
        figure.reading === 'restored'
          ? writtenDigits(figure.value * 100)
          : printedDigits(figure.value * 100),
    });
  if (figure.unit === 'cv') return formatValue('cv', figure.value, locale);
  const unitWord = panelStrings[locale].reportedUnits[figure.unit];
  return unitWord === undefined
    ? `${formatCount(figure.value, locale)} ${figure.unit}`
    : `${formatCount(figure.value, locale)}${unitWord}`;
}

function figureTemplate(figure: ReportedFigure, unitName: string, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  return html`<li class="reported-figure" data-code=${figure.code} data-metric=${figure.metric}>
    <p class="reported-head">
      <span class="badge reported">${t.reportedLabel}</span>
      <span
        >${unitName} · ${t.yearLabel(figure.year)} ·
        ${reportedMetricName(figure.metric, locale)}</span
      >
      ${valueTemplate(figure, locale)}
    </p>
    ${figure.quote ? html`<blockquote lang="zh-CN">${figure.quote}</blockquote>` : nothing}
    <p class="small">
      <span class="muted">${t.reportedSource}${t.labelSeparator}</span>${figure.source}
    </p>
    ${caveatTemplate(figure, locale)}
  </li>`;
}

/** The figure; a restored reading is marked as such, never shown as a clean number. */
function valueTemplate(figure: ReportedFigure, locale: Locale): TemplateResult {
  const t = panelStrings[locale];
  const value = reportedValue(figure, locale);
  if (figure.reading !== 'restored') return html`<strong class="reported-value">${value}</strong>`;
  return html`<span class="reported-value restored" title=${t.reportedRestoredTitle}
    >${t.reportedRestored(value)}</span
  >`;
}

/** The caveat in the reader's language; the Chinese one, marked as such, when no English is on file. */
function caveatTemplate(figure: ReportedFigure, locale: Locale): TemplateResult | typeof nothing {
  const t = panelStrings[locale];
  const english = locale === 'en' && figure.caveatEn;
  const text = english ? figure.caveatEn : figure.caveat;
  if (!text) return nothing;
  return html`<p class="caveat small" lang=${english || locale === 'zh' ? nothing : 'zh-CN'}>
    <span class="muted" lang=${locale === 'zh' ? 'zh-CN' : 'en'}
      >${t.reportedCaveat}${t.labelSeparator}</span
    >${text}
  </p>`;
}

export function reportedSection(
  model: ProfileModel,
  units: UnitDirectory | undefined,
  locale: Locale,
): TemplateResult {
  const t = panelStrings[locale];
  const nameOf = (code: string): string =>
    code === model.unit.code ? model.unit.name : (units?.find(code)?.name ?? code);
  return html`<section aria-labelledby="reported-heading" class="reported-section">
    <h3 id="reported-heading">${t.reportedHeading}</h3>
    ${
      model.reported.length === 0
        ? html`<p class="muted">${t.reportedNone}</p>`
        : html`<p class="muted small">${t.reportedIntro}</p>
            <ul class="reported-list">
              ${model.reported.map((f) => figureTemplate(f, nameOf(f.code), locale))}
            </ul>`
    }
  </section>`;
}
