// Values as the element receives them: a Map, or one level's columns from the
// published JSON. Both become code → {value, flags}.

import type { ValueColumns } from '../contract';

export interface UnitValue {
  value: number | null;
  flags: string[];
}

export type ValuesInput = ReadonlyMap<string, UnitValue> | ValueColumns;

export function isValueColumns(input: ValuesInput): input is ValueColumns {
  return !(input instanceof Map) && Array.isArray((input as ValueColumns).code);
}

export function toValueMap(input: ValuesInput | null | undefined): ReadonlyMap<string, UnitValue> {
  if (!input) return new Map();
  if (!isValueColumns(input)) return input;
  const map = new Map<string, UnitValue>();
  input.code.forEach((code, i) => {
    const raw = input.value[i];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    const flags = input.flags[i] ? input.flags[i].split(';') : [];
    map.set(code, { value, flags });
  });
  return map;
}
