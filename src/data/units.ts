// The unit tree from the index, as objects, with lookups by level and code.

import { unitKey, type Level, type UnitColumns } from '../contract';
import type { Locale } from '../format/locale';

export interface Unit {
  level: Level;
  code: string;
  /** The name in the directory's language (see UnitDirectory.inLocale). */
  name: string;
  /** The reference (Chinese) name. */
  nameZh: string;
  /** The English name (河南省 → Henan); the Chinese one for data built without English names. */
  nameEn: string;
  /** Parent code; null for the nation. */
  parent: string | null;
  pinyin: string;
  initials: string;
}

const NATION_EN = 'China';

export class UnitDirectory {
  readonly all: readonly Unit[];
  private readonly byKey = new Map<string, Unit>();
  private readonly children = new Map<string, Unit[]>();
  private other: UnitDirectory | null = null;

  constructor(
    private readonly columns: UnitColumns,
    readonly locale: Locale = 'zh',
  ) {
    this.all = columns.code.map((code, i) => {
      const nameZh = columns.name[i];
      const nameEn = columns.nameEn?.[i] || (columns.level[i] === 'nation' ? NATION_EN : nameZh);
      return {
        level: columns.level[i],
        code,
        name: locale === 'en' ? nameEn : nameZh,
        nameZh,
        nameEn,
        parent: columns.parent[i] || null,
        pinyin: columns.pinyin[i],
        initials: columns.initials[i],
      };
    });
    for (const unit of this.all) {
      this.byKey.set(unitKey(unit.level, unit.code), unit);
      const parent = this.parentOf(unit);
      if (parent) {
        const key = unitKey(parent.level, parent.code);
        const list = this.children.get(key) ?? [];
        list.push(unit);
        this.children.set(key, list);
      }
    }
  }

  private nameMap: Map<string, string> | null = null;

  /** Code → name in the directory's language (the highest level's, for a code at two levels). */
  names(): ReadonlyMap<string, string> {
    if (!this.nameMap) {
      this.nameMap = new Map();
      for (const unit of this.all) if (!this.nameMap.has(unit.code)) this.nameMap.set(unit.code, unit.name);
    }
    return this.nameMap;
  }

  /** The same tree with names in `locale` (made once per language). */
  inLocale(locale: Locale): UnitDirectory {
    if (locale === this.locale) return this;
    if (!this.other) {
      this.other = new UnitDirectory(this.columns, locale);
      this.other.other = this;
    }
    return this.other;
  }

  get(level: Level, code: string): Unit | undefined {
    return this.byKey.get(unitKey(level, code));
  }

  /** Resolve a code without a level: the highest level that has it (441900 → prefecture). */
  find(code: string): Unit | undefined {
    for (const level of ['nation', 'province', 'prefecture', 'county'] as const) {
      const unit = this.get(level, code);
      if (unit) return unit;
    }
    return undefined;
  }

  parentOf(unit: Unit): Unit | undefined {
    if (!unit.parent) return undefined;
    const parentLevel: Level | null =
      unit.level === 'county' ? 'prefecture' : unit.level === 'prefecture' ? 'province' : unit.level === 'province' ? 'nation' : null;
    return parentLevel ? this.get(parentLevel, unit.parent) : undefined;
  }

  childrenOf(unit: Unit): readonly Unit[] {
    return this.children.get(unitKey(unit.level, unit.code)) ?? [];
  }

  /** Units at `level` inside `parent`, walking down the tree (every county of a province). */
  unitsUnder(parent: Unit, level: Level): Unit[] {
    let frontier: readonly Unit[] = [parent];
    for (let l = LEVEL_ORDER.indexOf(parent.level) + 1; l <= LEVEL_ORDER.indexOf(level); l++) {
      frontier = frontier.flatMap((u) => this.childrenOf(u).filter((c) => c.level === LEVEL_ORDER[l]));
    }
    return [...frontier];
  }

  /** The chain from the nation down to `unit`, inclusive. */
  pathTo(unit: Unit): Unit[] {
    const path: Unit[] = [];
    for (let u: Unit | undefined = unit; u; u = this.parentOf(u)) path.unshift(u);
    return path;
  }
}

const LEVEL_ORDER: readonly Level[] = ['nation', 'province', 'prefecture', 'county'];
