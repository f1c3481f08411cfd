// What the state's region means on screen: the unit in focus, the units shown
// (its children, or its siblings for a county), and the map's level.

import { LEVELS, NATION_CODE, type Level } from '../contract';
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

/** The unit a region code names: the highest level that has it (441900 → prefecture). */
export function resolveUnit(units: UnitDirectory, code: string): Unit | undefined {
  return code === NATION_CODE ? units.get('nation', code) : units.find(code);
}

export function focusOf(
  units: UnitDirectory,
  state: Pick<AtlasState, 'region' | 'level'>,
): Focus | null {
  const unit = resolveUnit(units, state.region);
  if (!unit) return null;
  const path = units.pathTo(unit);
  if (unit.level === 'county') {
    const parent = units.parentOf(unit) ?? unit;
    return { unit, parent, childLevel: 'county', children: units.childrenOf(parent), path };
  }
  // A level asked for below the children (every county of a province).
  if (state.level && LEVELS.indexOf(state.level) > LEVELS.indexOf(unit.level) + 1) {
    const children = units.unitsUnder(unit, state.level);
    return { unit, parent: unit, childLevel: state.level, children, path };
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
