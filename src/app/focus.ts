// What the state's region means on screen: the unit in focus, the units shown
// (its children, or its siblings for a county), and the map's level.

import { NATION_CODE, type Level } from '../contract';
import type { Unit, UnitDirectory } from '../data/units';
import type { AtlasState } from './state';

export type MapLevel = Exclude<Level, 'nation'>;

export interface Focus {
  /** The unit in focus (a county when its profile is open). */
  unit: Unit;
  /** The unit whose children are shown: the focus, or a county's prefecture. */
  parent: Unit;
  /** Level of the units shown. */
  childLevel: MapLevel;
  children: readonly Unit[];
  /** Breadcrumb, nation first. */
  path: Unit[];
}

export function resolveUnit(
  units: UnitDirectory,
  code: string,
  level: Level | null,
): Unit | undefined {
  return level ? units.get(level, code) : units.find(code);
}

export function focusOf(units: UnitDirectory, state: AtlasState): Focus | null {
  const unit = resolveUnit(units, state.region, state.level);
  if (!unit) return null;
  const path = units.pathTo(unit);
  if (unit.level === 'nation' && state.by === 'prefecture') {
    const children = units.all.filter((u) => u.level === 'prefecture');
    return { unit, parent: unit, childLevel: 'prefecture', children, path };
  }
  if (unit.level === 'province' && state.by === 'county') {
    const prefix = unit.code.slice(0, 2);
    const children = units.all.filter((u) => u.level === 'county' && u.code.startsWith(prefix));
    return { unit, parent: unit, childLevel: 'county', children, path };
  }
  if (unit.level === 'county') {
    const parent = units.parentOf(unit) ?? unit;
    return { unit, parent, childLevel: 'county', children: units.childrenOf(parent), path };
  }
  const children = units.childrenOf(unit);
  const childLevel = (children[0]?.level ?? nextLevel(unit.level)) as MapLevel;
  return { unit, parent: unit, childLevel, children, path };
}

function nextLevel(level: Level): Level {
  return level === 'nation' ? 'province' : level === 'province' ? 'prefecture' : 'county';
}

/** The map's `region` for a focus (the nation keeps 000000). */
export function mapRegion(focus: Focus): string {
  return focus.parent.level === 'nation' ? NATION_CODE : focus.parent.code;
}
