// From values to what the map needs: a classification of the units shown, a
// fill colour per unit (null = no data) and the legend. Pure, so the whole
// recolour logic is unit-tested without a map.

import type { MetricDefinition } from '../contract';
import type { Locale } from '../format';
import { classColours, type ColourOptions } from './class-colours';
import { classify } from './classify/classify';
import { fixedBreaks } from './classify/fixed';
import type { ClassMethod, Classification } from './classify/types';
import { buildLegend, type LegendModel } from './legend';
import { PARTIAL_COLOUR } from './colour';
import { OUTSIDE_REFERENCE_CODES } from '../contract';
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

/**
 * A metric's default classes: its policy target when it has one, otherwise
 * fixed rounded bins that stay the same across years (src/app/class-default.ts
 * makes the same choice for the atlas's picker).
 */
export function defaultClassification(
  metric: Pick<MetricDefinition, 'target'>,
): ClassificationSettings {
  return { method: metric.target ? 'threshold' : 'fixed', k: 5 };
}

export interface ColourPlan {
  classification: Classification;
  /** Class colour per unit; null for no data, a partial value, or a unit outside the data. */
  fills: Map<string, string | null>;
  /** Units drawn apart from the classes: a partial value, or context outside the data's scope. */
  marks: Map<string, CoverageMark>;
  /** Classed units whose value carries a caveat, drawn over their class colour as in tables. */
  flagged: Map<string, FlagMark[]>;
  legend: LegendModel;
}

/** How a unit outside the classes is drawn. */
export type CoverageMark = 'partial' | 'outside';

/** Flags on a classed value that the map shows as a mark over its colour (DOMAIN: flags). */
export const FLAG_MARKS = ['incomplete', 'over_100'] as const;
export type FlagMark = (typeof FLAG_MARKS)[number];

/** The flags of a classed value that the map marks, in legend order; empty for none. */
export function flagMarksOf(value: UnitValue | undefined): FlagMark[] {
  if (value?.value === null || value?.value === undefined) return [];
  return FLAG_MARKS.filter((f) => value.flags.includes(f));
}

const SOUTH_CHINA_SEA = 'nanhai';

// 台湾, 香港, 澳门: drawn on the map, never in the reference list, so never in the data.
const BEYOND_THE_LIST = new Set<string>(
  OUTSIDE_REFERENCE_CODES.filter((code) => code !== SOUTH_CHINA_SEA),
);

/**
 * Codes of the drawn features that count on the map's legend: every unit
 * plus 台湾, 香港 and 澳门; the South China Sea inset is part of the drawing,
 * not an area.
 */
export function legendCodes(codes: readonly string[]): string[] {
  return codes.filter((code) => code !== SOUTH_CHINA_SEA);
}

/**
 * The mark of a unit that takes no part in the classes: outside the data's
 * scope (context), or a value flagged `partial` (it covers only part of its
 * unit, so it is never classed with complete units); null for the others.
 */
export function coverageMarkOf(
  code: string,
  value: UnitValue | undefined,
  outside: ReadonlySet<string>,
): CoverageMark | null {
  if (outside.has(code) || BEYOND_THE_LIST.has(code)) return 'outside';
  if (value?.value !== null && value?.value !== undefined && value.flags.includes('partial'))
    return 'partial';
  return null;
}

/** The colour a unit is drawn in (what its label sits on): class, partial, context or no data. */
export function groundColour(
  plan: Pick<ColourPlan, 'fills' | 'marks'> | null,
  code: string,
  theme: { context: string; noData: string },
): string {
  const mark = plan?.marks.get(code);
  if (mark === 'outside') return theme.context;
  if (mark === 'partial') return PARTIAL_COLOUR;
  return plan?.fills.get(code) ?? theme.noData;
}

export function colourPlan(
  allCodes: readonly string[],
  values: ReadonlyMap<string, UnitValue>,
  metric: MetricDefinition,
  settings: ClassificationSettings,
  locale: Locale,
  colourOptions: ColourOptions = {},
  outside: ReadonlySet<string> = new Set(),
): ColourPlan {
  const marks = new Map<string, CoverageMark>();
  for (const code of allCodes) {
    const mark = coverageMarkOf(code, values.get(code), outside);
    if (mark) marks.set(code, mark);
  }
  // Class breaks come from the complete units only.
  const codes = allCodes.filter((code) => !marks.has(code));
  const known = codes.map((code) => values.get(code)?.value ?? null);
  const classification = classify(known, settings.method, settings.k, {
    target: metric.target,
    bandWidth: settings.bandWidth,
    symmetric: settings.symmetric,
    bins: fixedBreaks(metric),
  });
  const colours = classColours(classification, metric, colourOptions);
  const fills = new Map<string, string | null>();
  codes.forEach((code, i) => {
    const c = classification.classes[i];
    fills.set(code, c === null ? null : colours[c]);
  });
  for (const code of marks.keys()) fills.set(code, null);
  const flagged = new Map<string, FlagMark[]>();
  for (const code of codes) {
    const flags = flagMarksOf(values.get(code));
    if (flags.length) flagged.set(code, flags);
  }
  const counts = { partial: 0, outside: 0, incomplete: 0, over_100: 0 };
  for (const mark of marks.values()) counts[mark]++;
  for (const flags of flagged.values()) for (const f of flags) counts[f]++;
  return {
    classification,
    fills,
    marks,
    flagged,
    legend: buildLegend(classification, metric, locale, colours, counts),
  };
}
