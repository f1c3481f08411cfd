/**
 * Joining source shapes to reference codes. Pure: no I/O.
 *
 * Order: a crosswalk entry for (id, name) wins; else the feature's own id when the
 * reference list has that code under the same name; else its name among the
 * county-level units of the file's prefecture. Whatever is left is reported.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox, CrosswalkEntry } from './crosswalk';
import { isFunctionalZone, type ReferenceList } from './reference';
import type { Shape, SourceFeature } from './sources';

export type JoinMethod =
  | 'code'
  | 'name'
  | 'rename'
  | 'merge'
  | 'split'
  | 'partition'
  | 'province-part'
  | 'province-only'
  | 'unjoined';

export interface JoinedPiece {
  /** county-level code, or '' when the piece belongs to no county-level unit */
  county: string;
  /** prefecture code, or '' when unknown */
  prefecture: string;
  province: string;
  method: JoinMethod;
  source: string;
  sourceId: string;
  sourceName: string;
  note: string;
  geometry: Shape;
}

export const crosswalkKey = (code: string, name: string): string => `${code}|${name}`;

export function indexCrosswalk(entries: readonly CrosswalkEntry[]): Map<string, CrosswalkEntry> {
  const m = new Map<string, CrosswalkEntry>();
  for (const e of entries) {
    const key = crosswalkKey(e.from.code, e.from.name);
    if (m.has(key)) throw new Error(`crosswalk: duplicate entry for ${key}`);
    m.set(key, e);
  }
  return m;
}

/** Split a shape's polygons by which box holds their first vertex. */
export function partitionShape(shape: Shape, boxes: readonly BBox[]): (Shape | null)[] {
  const polys: Position[][][] = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  const groups: Position[][][][] = boxes.map(() => []);
  for (const poly of polys) {
    const [x = NaN, y = NaN] = poly[0]?.[0] ?? [];
    const i = boxes.findIndex(([w, s, e, n]) => x >= w && x <= e && y >= s && y <= n);
    if (i < 0) throw new Error(`partition: polygon at ${x},${y} is in no box`);
    groups[i]?.push(poly);
  }
  return groups.map((g): Shape | null => {
    if (g.length === 0) return null;
    const mp: MultiPolygon = { type: 'MultiPolygon', coordinates: g };
    if (g.length === 1 && g[0]) return { type: 'Polygon', coordinates: g[0] } satisfies Polygon;
    return mp;
  });
}

export interface JoinContext {
  ref: ReferenceList;
  crosswalk: Map<string, CrosswalkEntry>;
}

/** Join one source feature; most yield one piece, a partition several. */
export function joinFeature(f: SourceFeature, ctx: JoinContext): JoinedPiece[] {
  const base = {
    source: f.source,
    sourceId: f.id,
    sourceName: f.name,
    geometry: f.geometry,
    note: '',
  };
  const county = (code: string, method: JoinMethod, note = ''): JoinedPiece => {
    const unit = ctx.ref.countyByCode.get(code);
    if (!unit)
      throw new Error(`${f.source}: ${method} target ${code} is not in the reference list`);
    return {
      ...base,
      county: code,
      prefecture: unit.parent,
      province: code.slice(0, 2) + '0000',
      method,
      note,
    };
  };
  const leftover = (
    method: JoinMethod,
    note: string,
    prefecture = f.prefecture,
    province = f.province,
  ): JoinedPiece => ({
    ...base,
    county: '',
    prefecture,
    province,
    method,
    note,
  });

  if (f.role === 'province-part')
    return [leftover('province-part', `part of ${f.province}`, '', f.province)];

  const entry = ctx.crosswalk.get(crosswalkKey(f.id, f.name));
  if (entry) {
    switch (entry.kind) {
      case 'rename':
      case 'merge':
        return [county(entry.to, entry.kind, entry.note)];
      case 'split':
        return [county(entry.to, 'split', entry.note)];
      case 'unresolved':
        return [leftover('unjoined', entry.note)];
      case 'province-only':
        return [leftover('province-only', entry.note, '', entry.province)];
      case 'partition': {
        const shapes = partitionShape(
          f.geometry,
          entry.parts.map((p) => p.bbox),
        );
        return entry.parts.flatMap((p, i) => {
          const g = shapes[i];
          return g ? [{ ...county(p.to, 'partition', entry.note), geometry: g }] : [];
        });
      }
    }
  }

  const byCode = f.id ? ctx.ref.countyByCode.get(f.id) : undefined;
  if (byCode && byCode.name === f.name && !isFunctionalZone(byCode.code))
    return [county(byCode.code, 'code')];
  if (byCode && byCode.name !== f.name) {
    return [
      leftover(
        'unjoined',
        `id ${f.id} is ${byCode.name} in the reference list; no crosswalk entry`,
      ),
    ];
  }

  const byName = ctx.ref.counties.filter(
    (u) => u.parent === f.prefecture && u.name === f.name && !isFunctionalZone(u.code),
  );
  if (byName.length === 1 && byName[0]) {
    return [county(byName[0].code, 'name', f.id ? `source id ${f.id}` : 'source has no id')];
  }
  return [
    leftover(
      'unjoined',
      byName.length > 1
        ? 'name is ambiguous in its prefecture'
        : 'no code, name or crosswalk match',
    ),
  ];
}

export function joinAll(features: readonly SourceFeature[], ctx: JoinContext): JoinedPiece[] {
  return features.flatMap((f) => joinFeature(f, ctx));
}

export interface Coverage {
  /** official county-level units (functional zones excluded) */
  official: string[];
  covered: string[];
  missing: string[];
  functionalZones: string[];
  ratio: number;
}

export function coverage(pieces: readonly JoinedPiece[], ref: ReferenceList): Coverage {
  const drawn = new Set(pieces.filter((p) => p.county).map((p) => p.county));
  const official = ref.counties.filter((u) => !isFunctionalZone(u.code)).map((u) => u.code);
  const covered = official.filter((c) => drawn.has(c));
  const missing = official.filter((c) => !drawn.has(c));
  const functionalZones = ref.counties.filter((u) => isFunctionalZone(u.code)).map((u) => u.code);
  return {
    official,
    covered,
    missing,
    functionalZones,
    ratio: official.length ? covered.length / official.length : 0,
  };
}
