// The building blocks of the validators (validate.ts, validate-reported.ts):
// each guard checks one JSON value at a path and returns it typed, or throws a
// SchemaError naming the path and what was expected.

import { LEVELS, type Level } from './geography';
import { isMetricId, type MetricId } from './metrics';
import { SCHEMA_VERSION } from './published';

export class SchemaError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path || '(root)'}: expected ${expected}`);
    this.name = 'SchemaError';
  }
}

export type Guard<T> = (value: unknown, path: string) => T;

export const string: Guard<string> = (v, p) => {
  if (typeof v !== 'string') throw new SchemaError(p, 'a string');
  return v;
};
export const number: Guard<number> = (v, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new SchemaError(p, 'a finite number');
  return v;
};
export const integer: Guard<number> = (v, p) => {
  if (!Number.isInteger(v)) throw new SchemaError(p, 'an integer');
  return v as number;
};
export const boolean: Guard<boolean> = (v, p) => {
  if (typeof v !== 'boolean') throw new SchemaError(p, 'a boolean');
  return v;
};
export const nullable =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (v, p) =>
    v === null ? null : guard(v, p);
export const level: Guard<Level> = (v, p) => {
  if (!LEVELS.includes(v as Level)) throw new SchemaError(p, `one of ${LEVELS.join(', ')}`);
  return v as Level;
};
export const metricId: Guard<MetricId> = (v, p) => {
  if (typeof v !== 'string' || !isMetricId(v)) throw new SchemaError(p, 'a catalogue metric id');
  return v;
};

export function object(v: unknown, p: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new SchemaError(p, 'an object');
  return v as Record<string, unknown>;
}

/**
 * Items are checked in a plain loop under the array's path, and only a failing
 * item's path gets its index: the index's columns hold tens of thousands of
 * items, and writing a path for each one was most of an embed's first check.
 */
export function array<T>(guard: Guard<T>): Guard<T[]> {
  return (v, p) => {
    if (!Array.isArray(v)) throw new SchemaError(p, 'an array');
    const out = new Array<T>(v.length);
    let i = 0;
    try {
      for (; i < v.length; i++) out[i] = guard(v[i], p);
    } catch (error) {
      if (error instanceof SchemaError && error.path.startsWith(p))
        throw new SchemaError(`${p}[${i}]${error.path.slice(p.length)}`, error.expected);
      throw error;
    }
    return out;
  };
}

export function record<T>(guard: Guard<T>): Guard<Record<string, T>> {
  return (v, p) => {
    const o = object(v, p);
    const out: Record<string, T> = {};
    for (const [k, item] of Object.entries(o)) out[k] = guard(item, `${p}.${k}`);
    return out;
  };
}

export function schemaVersion(v: unknown, p: string): typeof SCHEMA_VERSION {
  if (v !== SCHEMA_VERSION) throw new SchemaError(p, `schemaVersion ${SCHEMA_VERSION}`);
  return SCHEMA_VERSION;
}

/** Parallel arrays must all have the same length. */
export function sameLength(columns: Record<string, unknown[]>, p: string): void {
  const lengths = Object.values(columns).map((c) => c.length);
  if (lengths.some((n) => n !== lengths[0])) throw new SchemaError(p, 'columns of equal length');
}
