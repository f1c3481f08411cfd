// The legend as data: one entry per class (colour, label, count) plus the
// no-data entry. The element only renders it.

import type { MetricDefinition } from '../contract';
import type { Locale } from '../format';
import { mapStrings } from '../i18n/map';
import { formatBreak } from './break-format';
import type { Classification } from './classify/types';
import { classColours } from './class-colours';
import { NO_DATA_COLOUR } from './colour';

export interface LegendEntry {
  kind: 'class' | 'no-data';
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
  const exact = c.method === 'threshold';
  const change = metric.valueKind === 'change';
  const fmt = (v: number): string => formatBreak(metric.unit, v, locale, exact, change);
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
  entries.push({
    kind: 'no-data',
    classIndex: null,
    colour: NO_DATA_COLOUR,
    label: strings.noData,
    count: classification.missing,
    meetsTarget: null,
  });
  return { title: metric.name[locale], method: strings.methods[classification.method], entries };
}
