// The legend as data: one entry per class (colour, label, count) plus the
// no-data entry. The element only renders it.

import type { MetricDefinition } from '../contract';
import type { Locale } from '../format';
import { mapStrings } from '../i18n/map';
import { breakDigits, formatBreak } from './break-format';
import type { Classification } from './classify/types';
import { classColours } from './class-colours';
import { coverageStrings } from '../i18n/coverage';
import { NO_DATA_COLOUR, OUTSIDE_COLOUR, PARTIAL_COLOUR } from './colour';

/** Ground of a caveat's swatch: the mark is drawn over it (CSS on screen, marks in SVG). */
export const FLAG_SWATCH = '#ffffff';

export interface LegendEntry {
  /**
   * `partial`: values covering only part of their unit; `outside`: beyond the
   * data (its scope, or 台湾/香港/澳门); `incomplete`, `over_100`: a mark over
   * the class colour of values with that flag.
   */
  kind: 'class' | 'no-data' | 'partial' | 'outside' | 'incomplete' | 'over_100';
  /** Class index; null for no data. */
  classIndex: number | null;
  colour: string;
  label: string;
  count: number;
  /** Policy classes: whether the class meets the target; null otherwise. */
  meetsTarget: boolean | null;
}

export interface LegendModel {
  title: string;
  method: string;
  entries: LegendEntry[];
}

const DASH = ' – ';

function classLabel(
  c: Classification,
  i: number,
  metric: MetricDefinition,
  locale: Locale,
): string {
  // Policy and fixed classes name their breaks exactly (< 50%, 50%–60%, ≥ 90%), never the data's ends.
  const exact = c.method === 'threshold' || c.method === 'fixed';
  const change = metric.valueKind === 'change';
  // Data-driven edges get the decimals it takes to tell neighbours apart.
  const edges = [...(c.domain ?? []), ...c.breaks];
  const digits = exact ? undefined : breakDigits(metric.unit, edges);
  const fmt = (v: number): string => formatBreak(metric.unit, v, locale, exact, change, digits);
  const last = c.breaks.length;
  if (exact) {
    const [below, above] = c.closure === 'lower' ? ['<', '≥'] : ['≤', '>'];
    if (i === 0) return `${below} ${fmt(c.breaks[0])}`;
    if (i === last) return `${above} ${fmt(c.breaks[last - 1])}`;
    return `${fmt(c.breaks[i - 1])}${DASH}${fmt(c.breaks[i])}`;
  }
  const low = i === 0 ? c.domain?.[0] : c.breaks[i - 1];
  const high = i === last ? c.domain?.[1] : c.breaks[i];
  if (low === undefined || high === undefined) return '';
  return low === high ? fmt(low) : `${fmt(low)}${DASH}${fmt(high)}`;
}

export function buildLegend(
  classification: Classification,
  metric: MetricDefinition,
  locale: Locale,
  colours: readonly string[] = classColours(classification, metric),
  coverage: Partial<Record<'partial' | 'outside' | 'incomplete' | 'over_100', number>> = {},
): LegendModel {
  const strings = mapStrings[locale];
  const entries: LegendEntry[] = classification.counts.map((count, i) => {
    const meets =
      classification.targetClass === null
        ? null
        : i >= classification.targetClass === (classification.closure === 'lower');
    const range = classLabel(classification, i, metric, locale);
    const [good, bad] =
      metric.valueKind === 'change'
        ? [strings.improved, strings.worsened]
        : [strings.meetsTarget, strings.belowTarget];
    const prefix = meets === null ? '' : `${meets ? good : bad} `;
    return {
      kind: 'class',
      classIndex: i,
      colour: colours[i],
      label: `${prefix}${range}`,
      count,
      meetsTarget: meets,
    };
  });
  // No complete unit with a value (all partial or outside the data): no classes to show.
  if (classification.counts.every((n) => n === 0)) entries.length = 0;
  // Caveats drawn over class colours, as the tables flag them.
  for (const flag of ['incomplete', 'over_100'] as const) {
    const count = coverage[flag] ?? 0;
    if (count > 0)
      entries.push({
        kind: flag,
        classIndex: null,
        colour: FLAG_SWATCH,
        label: strings.flags[flag],
        count,
        meetsTarget: null,
      });
  }
  entries.push({
    kind: 'no-data',
    classIndex: null,
    colour: NO_DATA_COLOUR,
    label: strings.noData,
    count: classification.missing,
    meetsTarget: null,
  });
  // Entries of their own, only when some unit needs them.
  const words = coverageStrings[locale];
  if (coverage.partial)
    entries.push({
      kind: 'partial',
      classIndex: null,
      colour: PARTIAL_COLOUR,
      label: `${words.partial}${locale === 'zh' ? '（不分级）' : ' (not classed)'}`,
      count: coverage.partial,
      meetsTarget: null,
    });
  // Not "no data": nothing was asked of these areas (台湾, 香港, 澳门; beyond a bureau's scope).
  if (coverage.outside)
    entries.push({
      kind: 'outside',
      classIndex: null,
      colour: OUTSIDE_COLOUR,
      label: strings.outside,
      count: coverage.outside,
      meetsTarget: null,
    });
  return { title: metric.name[locale], method: strings.methods[classification.method], entries };
}
