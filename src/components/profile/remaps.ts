// Which returns filed under old codes a unit's figures include, by the rule
// of the `remapped` flag: a unit receives an old code's rows when the old code
// would have gone to another unit of its level (prefix rule). Pure.

import {
  NATION_CODE,
  prefectureCodeOf,
  provinceCodeOf,
  type Level,
  type RemappedCode,
} from '../../contract';

/** How the old unit became part of this one, as the profile says it. */
export type RemapChange = 'became' | 'merged' | 'moved' | 'regrouped';

export interface RemapNote {
  oldCode: string;
  oldName: string;
  change: RemapChange;
  /** The unit it became, was merged into or moved to. */
  into: string;
  year: number;
}

function unitAt(level: Level, countyCode: string): string {
  if (level === 'county') return countyCode;
  if (level === 'prefecture') return prefectureCodeOf(countyCode);
  if (level === 'province') return provinceCodeOf(countyCode);
  return NATION_CODE;
}

const PREFECTURE_CHANGE: Record<NonNullable<RemappedCode['prefecture']>['change'], RemapChange> = {
  merged: 'merged',
  moved: 'moved',
  renamed: 'regrouped',
};

/**
 * The old codes whose rows reach this unit from elsewhere, and what became of
 * each: at prefecture level when its prefecture changed (merged into another,
 * moved to another, or the prefecture itself re-formed), else at county level
 * (became, or merged into, its current unit).
 */
export function remapNotes(
  level: Level,
  code: string,
  remaps: readonly RemappedCode[],
): RemapNote[] {
  if (level === 'nation') return [];
  return remaps
    .filter((r) => unitAt(level, r.newCode) === code && unitAt(level, r.oldCode) !== code)
    .map((r) => {
      const base = {
        oldCode: r.oldCode,
        oldName: r.oldName,
        year: Number(r.effectiveDate.slice(0, 4)),
      };
      if (r.prefecture)
        return { ...base, change: PREFECTURE_CHANGE[r.prefecture.change], into: r.prefecture.name };
      return { ...base, change: r.kind === 'merge' ? 'merged' : 'became', into: r.newName };
    });
}
