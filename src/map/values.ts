// Values as the element receives them: a Map, or one level's columns from the
// published JSON. Both become code → {value, flags} through src/data/values.ts.

import type { ValueColumns } from '../contract';
import { valueMap, type UnitValue } from '../data/values';

export type { UnitValue } from '../data/values';

export type ValuesInput = ReadonlyMap<string, UnitValue> | ValueColumns;

export function isValueColumns(input: ValuesInput): input is ValueColumns {
  return !(input instanceof Map) && Array.isArray((input as ValueColumns).code);
}

export function toValueMap(input: ValuesInput | null | undefined): ReadonlyMap<string, UnitValue> {
  if (!input) return new Map();
  return isValueColumns(input) ? valueMap(input) : input;
}
