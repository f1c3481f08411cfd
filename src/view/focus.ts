// What a view's region means on screen: the unit in focus, the units shown
// (its children, or its siblings for a county), and their level. The atlas,
// the embeds and the static images resolve a view here, so a link shows the
// same units wherever it is opened.

import { LEVELS, NATION_CODE, type Level } from '../contract';
import type { Unit, UnitDirectory } from '../data/units';
import type { ViewSpec } from './spec';

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

/**
 * The level of the units shown under a unit when the view names none: its
 * children's, one level further down when that level has a single unit
 * (北京市 → its districts, not its one 市辖区).
 */
export function defaultLevel(units: UnitDirectory, unit: Unit): MapLevel {
  const index = LEVELS.indexOf(unit.level);
  const below = LEVELS[Math.min(index + 1, LEVELS.length - 1)] as MapLevel;
  const deeper = LEVELS[index + 2] as MapLevel | undefined;
  if (deeper && units.unitsUnder(unit, below).length === 1) return deeper;
  return below;
}

export function focusOf(
  units: UnitDirectory,
  view: Pick<ViewSpec, 'region' | 'level'>,
): Focus | null {
  const unit = resolveUnit(units, view.region);
  if (!unit) return null;
  const path = units.pathTo(unit);
  if (unit.level === 'county') {
    const parent = units.parentOf(unit) ?? unit;
    return { unit, parent, childLevel: 'county', children: units.childrenOf(parent), path };
  }
  const level = view.level ?? defaultLevel(units, unit);
  // A level below the children (every county of a province, a municipality's districts).
  if (LEVELS.indexOf(level) > LEVELS.indexOf(unit.level) + 1) {
    return { unit, parent: unit, childLevel: level, children: units.unitsUnder(unit, level), path };
  }
  const children = units.childrenOf(unit);
  const childLevel = (children[0]?.level ?? nextLevel(unit.level)) as MapLevel;
  return { unit, parent: unit, childLevel, children, path };
}

function nextLevel(level: Level): Level {
  return level === 'nation' ? 'province' : level === 'province' ? 'prefecture' : 'county';
}

/** The focus without units outside the data's scope: they are context, never rows. */
export function scopedFocus(
  focus: Focus,
  coverage: { inScope(unit: Pick<Unit, 'level' | 'code'>): boolean },
): Focus {
  const children = focus.children.filter((unit) => coverage.inScope(unit));
  return children.length === focus.children.length ? focus : { ...focus, children };
}

/** The map's `region` for a focus (the nation keeps 000000). */
export function mapRegion(focus: Focus): string {
  return focus.parent.level === 'nation' ? NATION_CODE : focus.parent.code;
}
