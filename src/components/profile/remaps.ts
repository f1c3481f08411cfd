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
export type RemapChange = 'became' | 'merged' | 'moved';

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

/**
 * The old codes whose rows reach this unit from elsewhere, and what became of
 * each: its prefecture was abolished (merged into the new prefecture), it moved
 * to another prefecture, or it changed at county level (became or merged into
 * its current unit).
 */
export function remapNotes(
  level: Level,
  code: string,
  remaps: readonly RemappedCode[],
  nameOf: (level: Level, code: string) => string | undefined,
): RemapNote[] {
  if (level === 'nation') return [];
  return remaps
    .filter((r) => unitAt(level, r.newCode) === code && unitAt(level, r.oldCode) !== code)
    .map((r) => {
      const year = Number(r.effectiveDate.slice(0, 4));
      const base = { oldCode: r.oldCode, oldName: r.oldName, year };
      const oldPrefecture = prefectureCodeOf(r.oldCode);
      const newPrefecture = prefectureCodeOf(r.newCode);
      if (oldPrefecture !== newPrefecture) {
        const into = nameOf('prefecture', newPrefecture) ?? newPrefecture;
        const abolished = nameOf('prefecture', oldPrefecture) === undefined;
        return { ...base, change: abolished ? 'merged' : 'moved', into };
      }
      return { ...base, change: r.kind === 'merge' ? 'merged' : 'became', into: r.newName };
    });
}
