// Old county codes through the crosswalk (data/crosswalk.csv): a renamed or
// merged code is remapped to its current unit, a split code is an error. Which
// aggregate rows a remapped row flags `remapped` follows from how far up its
// old and new codes part under the prefix rule (docs/data-contract.md,
// "Old codes: the crosswalk").

import type { CodeChange } from '../contract/crosswalk';
import type { Level } from '../contract/geography';
import { isFunctionalZone, prefectureCodeOf } from '../contract/geography';
import type { PrefectureChange, RemappedCode } from '../contract/published';

/** How many levels, from the county up, a remapped row lands in another unit than its old code: 1–3. */
export type RemapDepth = 1 | 2 | 3;

/** The lowest depth at which a unit of each level is flagged `remapped` (the nation never is). */
export const REMAP_DEPTH_OF_LEVEL: Record<Level, number> = {
  county: 1,
  prefecture: 2,
  province: 3,
  nation: Number.POSITIVE_INFINITY,
};

/** County always differs; then the prefecture (first four digits); then the province (first two). */
export function remapDepth(oldCode: string, newCode: string): RemapDepth {
  if (oldCode.slice(0, 2) !== newCode.slice(0, 2)) return 3;
  if (oldCode.slice(0, 4) !== newCode.slice(0, 4)) return 2;
  return 1;
}

export interface Remap {
  change: CodeChange;
  newCode: string;
  /** Dense county index of the current unit. */
  county: number;
  depth: RemapDepth;
  /** What happened at prefecture level, when the old code's prefecture differs (null: same). */
  prefecture: PrefectureChange | null;
}

/** Prefectures of the reference list, for describing what became of an old code's prefecture. */
export interface PrefectureLookup {
  nameOf(code: string): string | undefined;
  /** County-level codes whose parent is this prefecture. */
  countiesOf(code: string): readonly string[];
}

/** Prefecture-level pseudo-units (municipalities' 市辖区 and 县, 省直辖县级行政区划). */
const PSEUDO_PREFECTURE = /^(市辖区|县|.*直辖县级行政区划)$/;

/**
 * How an old code's prefecture relates to its current one: it still exists
 * (moved), every county of the current prefecture came from it (renamed, e.g.
 * 山南地区 → 山南市), or the current one also holds other counties (merged, e.g.
 * 莱芜市 → 济南市). Null when the prefecture is the same or a pseudo-unit.
 */
export function prefectureChangeOf(
  oldCode: string,
  newCode: string,
  changes: readonly CodeChange[],
  prefectures: PrefectureLookup,
): PrefectureChange | null {
  const before = prefectureCodeOf(oldCode);
  const after = prefectureCodeOf(newCode);
  const name = prefectures.nameOf(after);
  if (before === after || name === undefined || PSEUDO_PREFECTURE.test(name)) return null;
  if (prefectures.nameOf(before) !== undefined) return { change: 'moved', code: after, name };
  const fromBefore = new Set(
    changes.filter((c) => prefectureCodeOf(c.oldCode) === before).flatMap((c) => c.newCodes),
  );
  const all = prefectures.countiesOf(after).filter((code) => !isFunctionalZone(code));
  return {
    change: all.every((code) => fromBefore.has(code)) ? 'renamed' : 'merged',
    code: after,
    name,
  };
}

export interface CrosswalkIndex {
  /** Every change, keyed by its old code. */
  byOldCode: ReadonlyMap<string, CodeChange>;
  /** Renames and merges in file order; a row's remap id is its position here. */
  remaps: readonly Remap[];
  remapIdOf: ReadonlyMap<string, number>;
  /** Splits in file order. */
  splits: readonly CodeChange[];
  splitIdOf: ReadonlyMap<string, number>;
  /** The file's name, for messages. */
  file: string;
}

/**
 * Indexes the crosswalk against the reference list. A new code outside the
 * reference list is a fault of the committed table (its test checks it), so it
 * throws rather than reporting an input problem.
 */
export function indexCrosswalk(
  changes: readonly CodeChange[],
  countyIndex: ReadonlyMap<string, number>,
  file: string,
  prefectures: PrefectureLookup,
): CrosswalkIndex {
  const remaps: Remap[] = [];
  const splits: CodeChange[] = [];
  for (const change of changes) {
    for (const code of change.newCodes) {
      if (!countyIndex.has(code))
        throw new Error(
          `${file}:${change.line}:new_codes: ${code} is not a county-level code of the reference list`,
        );
    }
    if (countyIndex.has(change.oldCode)) continue; // the current meaning of the code wins
    if (change.kind === 'split') {
      splits.push(change);
      continue;
    }
    const newCode = change.newCodes[0];
    remaps.push({
      change,
      newCode,
      county: countyIndex.get(newCode)!,
      depth: remapDepth(change.oldCode, newCode),
      prefecture: prefectureChangeOf(change.oldCode, newCode, changes, prefectures),
    });
  }
  return {
    byOldCode: new Map(changes.map((c) => [c.oldCode, c])),
    remaps,
    remapIdOf: new Map(remaps.map((r, i) => [r.change.oldCode, i])),
    splits,
    splitIdOf: new Map(splits.map((s, i) => [s.oldCode, i])),
    file,
  };
}

/** Rows remapped per remap id and year; cheap to pass between threads as triples. */
export class RemapLog {
  private readonly rows = new Map<number, Map<number, number>>();

  add(id: number, year: number, rows = 1): void {
    let byYear = this.rows.get(id);
    if (!byYear) this.rows.set(id, (byYear = new Map()));
    byYear.set(year, (byYear.get(year) ?? 0) + rows);
  }

  /** [remap id, year, rows] triples. */
  export(): [number, number, number][] {
    const out: [number, number, number][] = [];
    for (const [id, byYear] of this.rows) for (const [year, n] of byYear) out.push([id, year, n]);
    return out;
  }

  absorb(triples: readonly (readonly [number, number, number])[]): void {
    for (const [id, year, n] of triples) this.add(id, year, n);
  }

  get size(): number {
    return this.rows.size;
  }
}

/** What the manifest and the index record: one entry per old code that had rows, by old code. */
export function remapSummary(
  logs: readonly RemapLog[],
  crosswalk: CrosswalkIndex,
  nameOfCounty: (code: string) => string,
): RemappedCode[] {
  const total = new RemapLog();
  for (const log of logs) total.absorb(log.export());
  const byId = new Map<number, { rows: number; years: Set<number> }>();
  for (const [id, year, n] of total.export()) {
    const entry = byId.get(id) ?? { rows: 0, years: new Set<number>() };
    entry.rows += n;
    entry.years.add(year);
    byId.set(id, entry);
  }
  return [...byId.entries()]
    .map(([id, { rows, years }]): RemappedCode => {
      const { change, newCode, prefecture } = crosswalk.remaps[id];
      return {
        oldCode: change.oldCode,
        oldName: change.oldName,
        kind: change.kind === 'merge' ? 'merge' : 'rename',
        newCode,
        newName: nameOfCounty(newCode),
        prefecture,
        effectiveDate: change.effectiveDate,
        source: change.source,
        rows,
        years: [...years].sort((a, b) => a - b),
      };
    })
    .sort((a, b) => a.oldCode.localeCompare(b.oldCode));
}

const count = (n: number) => n.toLocaleString('en-US');

/** `build:data: remapped 1,234 rows: 371202 莱城区 → 370116 莱芜区 (812), …`, or null when none. */
export function remapReport(summary: readonly RemappedCode[]): string | null {
  if (summary.length === 0) return null;
  const rows = summary.reduce((sum, r) => sum + r.rows, 0);
  const parts = [...summary]
    .sort((a, b) => b.rows - a.rows || a.oldCode.localeCompare(b.oldCode))
    .map((r) => `${r.oldCode} ${r.oldName} → ${r.newCode} ${r.newName} (${count(r.rows)})`);
  return `build:data: remapped ${count(rows)} row${rows === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/** The error for a split code: what happened, when, and the codes to choose from. */
export function explainSplit(
  column: string,
  change: CodeChange,
  nameOfCounty: (code: string) => string,
): string {
  const choices = change.newCodes.map((code) => `${code} ${nameOfCounty(code)}`).join(', ');
  return `${column} ${change.oldCode} (${change.oldName}) was split on ${change.effectiveDate} (${change.source}) among ${choices}: nothing says which part a row belongs to, so give the current code of the part it is in, one of ${change.newCodes.join(', ')}`;
}
