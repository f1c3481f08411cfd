// What the tooltip says about one unit: its value, its rank among the units
// of the same parent, and how far it is from the province (or nation) and
// from the target, in 百分点 for rates and plain differences for CVs.

import type { MetricDefinition } from '../contract';
import { formatDifference, formatValue, type Locale } from '../format';
import { coverageStrings } from '../i18n/coverage';
import { mapStrings } from '../i18n/map';
import { rankAmong, type RankEntry } from '../data/rank';
import type { UnitValue } from './values';

export interface TooltipContext {
  metric: MetricDefinition;
  locale: Locale;
  /**
   * Values of every unit ranked with this one: the region's units shown in the
   * list, functional zones without an area on the map included (src/data/rank.ts).
   */
  peers: ReadonlyMap<string, UnitValue>;
  parentName: string;
  /** The unit to compare with: the province (the nation for provinces). */
  reference: { name: string; value: number | null } | null;
  /** False for 台湾, 香港, 澳门, 南海诸岛: no data by design, not missing. */
  inReferenceList?: boolean;
  /** True outside the data's scope: context, not missing. */
  outsideScope?: boolean;
  /** For a partial value: "covers 1 of 18 prefectures". */
  coverageNote?: string;
}

export interface TooltipLine {
  label: string;
  text: string;
  /** Signed difference (value − other) or null. */
  difference: number | null;
}

export interface TooltipModel {
  code: string;
  name: string;
  value: string;
  missing: boolean;
  flags: string[];
  rank: string | null;
  lines: TooltipLine[];
}

export function tooltipFor(
  unit: { code: string; name: string },
  value: UnitValue | undefined,
  context: TooltipContext,
): TooltipModel {
  const { metric, locale } = context;
  const strings = mapStrings[locale];
  const v = value?.value ?? null;
  const thresholds = metric.target ? [metric.target.value] : [];
  const base = {
    code: unit.code,
    name: unit.name,
    flags: (value?.flags ?? []).map((f) => strings.flags[f] ?? f),
  };
  if (context.inReferenceList === false) {
    return { ...base, value: strings.outside, missing: true, rank: null, lines: [] };
  }
  if (context.outsideScope) {
    return { ...base, value: strings.outside, missing: true, rank: null, lines: [] };
  }
  if (v === null) {
    return {
      ...base,
      value: formatValue(metric.unit, null, locale),
      missing: true,
      rank: null,
      lines: [],
    };
  }
  const peers: RankEntry[] = [...context.peers].map(([code, p]) => ({ code, ...p }));
  if (!context.peers.has(unit.code)) peers.push({ code: unit.code, value: v, flags: value?.flags });
  const rank = rankAmong(peers, unit.code, metric.higherIsBetter);
  const lines: TooltipLine[] = [];
  // A partial value says how much of its unit it covers (it has no rank: src/data/rank.ts).
  if (context.coverageNote && (value?.flags ?? []).includes('partial')) {
    const label = coverageStrings[locale].partial;
    lines.push({ label, text: context.coverageNote, difference: null });
  }
  const ref = context.reference;
  if (ref && ref.value !== null) {
    const d = v - ref.value;
    lines.push({
      label: strings.vsParent(ref.name),
      text: formatDifference(metric.unit, d, locale),
      difference: d,
    });
  }
  const change = metric.valueKind === 'change';
  if (metric.target && !change) {
    const d = v - metric.target.value;
    const label = `${strings.vsTarget} ${metric.target.comparison === '>=' ? '≥' : '≤'} ${formatValue(metric.unit, metric.target.value, locale, { digits: metric.unit === 'fraction' ? 0 : 2 })}`;
    lines.push({ label, text: formatDifference(metric.unit, d, locale), difference: d });
  }
  return {
    ...base,
    value: change
      ? formatDifference(metric.unit, v, locale)
      : formatValue(metric.unit, v, locale, { thresholds }),
    missing: false,
    rank: rank ? strings.rank(rank.rank, rank.of, context.parentName) : null,
    lines,
  };
}
