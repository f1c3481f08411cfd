// From values to what the map needs: a classification of the units shown, a
// fill colour per unit (null = no data) and the legend. Pure, so the whole
// recolour logic is unit-tested without a map.

import type { MetricDefinition } from '../contract';
import type { Locale } from '../format';
import { classColours, type ColourOptions } from './class-colours';
import { classify } from './classify/classify';
import type { ClassMethod, Classification } from './classify/types';
import { buildLegend, type LegendModel } from './legend';
import type { UnitValue } from './values';

export interface ClassificationSettings {
  method: ClassMethod;
  k: number;
  /** 'threshold' only: one more band this far on the failing side. */
  bandWidth?: number;
  /** 'threshold' only: `bandWidth` bands on both sides of the line (diverging). */
  symmetric?: boolean;
}

export const DEFAULT_CLASSIFICATION: ClassificationSettings = { method: 'quantile', k: 5 };

export interface ColourPlan {
  classification: Classification;
  fills: Map<string, string | null>;
  legend: LegendModel;
}

export function colourPlan(
  codes: readonly string[],
  values: ReadonlyMap<string, UnitValue>,
  metric: MetricDefinition,
  settings: ClassificationSettings,
  locale: Locale,
  colourOptions: ColourOptions = {},
): ColourPlan {
  const known = codes.map((code) => values.get(code)?.value ?? null);
  const classification = classify(known, settings.method, settings.k, {
    target: metric.target,
    bandWidth: settings.bandWidth,
    symmetric: settings.symmetric,
  });
  const colours = classColours(classification, metric, colourOptions);
  const fills = new Map<string, string | null>();
  codes.forEach((code, i) => {
    const c = classification.classes[i];
    fills.set(code, c === null ? null : colours[c]);
  });
  return { classification, fills, legend: buildLegend(classification, metric, locale, colours) };
}
