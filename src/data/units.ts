// The unit tree from the index, as objects, with lookups by level and code.

import { unitKey, type Level, type UnitColumns } from '../contract';

export interface Unit {
  level: Level;
  code: string;
  name: string;
  /** Parent code; null for the nation. */
  parent: string | null;
  pinyin: string;
  initials: string;
}

export class UnitDirectory {
  readonly all: readonly Unit[];
  private readonly byKey = new Map<string, Unit>();
  private readonly children = new Map<string, Unit[]>();

  constructor(columns: UnitColumns) {
    this.all = columns.code.map((code, i) => ({
      level: columns.level[i],
      code,
      name: columns.name[i],
      parent: columns.parent[i] || null,
      pinyin: columns.pinyin[i],
      initials: columns.initials[i],
    }));
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
