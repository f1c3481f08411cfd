// The input of a ranking (and of a map view, whose figure lists its ranking):
// the one builder the atlas, the embeds and the static images use. An embed
// that draws a ranking or a map needs nothing else of src/view/chart-input.ts.

import { compareCodes } from '../contract';
import { NATION_CODE } from '../contract';
import type { RankingInput } from '../charts/ranking/layout';
import { rankUnits } from '../data/rank';
import { valueOf, valuesAt } from '../data/values';
import { chartFrame, nameIn, placeOf, yearOf, yearsOf } from './chart-place';
import type { ChartData, ChartInput, ChartNeeds, Context, Without } from './chart-place';
import type { ViewSpec } from './spec';

export function rankingInput({ spec, data, place, frame }: Context): ChartInput | null {
  const { metric, year, focus } = place;
  const values = data.values(metric.id, year);
  if (values === undefined) return null;
  const parent = focus.parent;
  const at = valuesAt(values, focus.childLevel);
  const entries = focus.children.map((u) => ({
    code: u.code,
    name: u.name,
    value: at.get(u.code)?.value ?? null,
    flags: at.get(u.code)?.flags ?? [],
  }));
  // A partial unit is never ranked: it is left out of the bars altogether; ranked units first.
  const ranks = rankUnits(entries, metric.higherIsBetter);
  const units = entries
    .filter((e) => !e.flags.includes('partial'))
    .sort((a, b) => order(ranks.get(a.code)?.rank, ranks.get(b.code)?.rank, a.code, b.code));
  const nationPartial = data.coverage?.isPartial({ level: 'nation', code: NATION_CODE }, year);
  const input: Without<RankingInput> = {
    ...frame,
    metric,
    year,
    parentName: nameIn({ spec, data, place, frame }, parent, year),
    units,
    // The nation is drawn once, as the national line.
    parentValue: parent.level === 'nation' ? null : valueOf(values, parent.level, parent.code),
    // A national figure from part of China is no yardstick for complete units.
    nationalValue: nationPartial ? null : valueOf(values, 'nation', NATION_CODE),
    selected: spec.select,
    level: focus.childLevel,
  };
  return { kind: 'ranking', level: focus.childLevel, input };
}

/** Ranked first by rank, unranked last; ties by code. */
function order(a: number | undefined, b: number | undefined, codeA: string, codeB: string) {
  if (a !== b) return a === undefined ? 1 : b === undefined ? -1 : a - b;
  return compareCodes(codeA, codeB);
}

/** A ranking view's (or a map view's) chart input; null while its file is loading. */
export function rankingChartInput(spec: ViewSpec, data: ChartData, place = placeOf(spec, data)) {
  if (!place) return null;
  return rankingInput({ spec, data, place, frame: chartFrame(data.index, spec.lang) });
}

/** The one file a ranking reads: its metric in its year. */
export function rankingNeeds(spec: ViewSpec, data: { index: ChartData['index'] }): ChartNeeds {
  const year = yearOf(spec, yearsOf(data.index, spec.metric));
  return { values: year === undefined ? [] : [{ metric: spec.metric, year }], series: [] };
}
