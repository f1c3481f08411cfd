// AtlasState <-> query string. Pure: no window, no history. Defaults are left
// out of the URL so that shared links stay short; an invalid parameter falls
// back to its default and is reported, so the app can say so.

import { isMetricId, isSixDigitCode, LEVELS, type Level } from '../contract';
import { LOCALES, type Locale } from '../format';
import {
  CHART_KINDS,
  CLASS_PARAMS,
  DEFAULT_STATE,
  MAX_SELECTED,
  DETAILS,
  VIEWS,
  type AtlasState,
} from './state';

export interface ParsedState {
  state: AtlasState;
  /** Names of parameters that were present but invalid (and ignored). */
  invalid: string[];
}

const YEAR = /^\d{4}$/;

function oneOf<T extends string>(list: readonly T[], raw: string): T | undefined {
  return (list as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

function parseYear(raw: string): number | undefined {
  return YEAR.test(raw) ? Number(raw) : undefined;
}

const TARGET = /^\d{1,3}(\.\d{1,4})?$/;

/** A target as typed in the gap table (percent or CV); 0–200. */
function parseTarget(raw: string): number | undefined {
  const value = TARGET.test(raw) ? Number(raw) : NaN;
  return value >= 0 && value <= 200 ? value : undefined;
}

function parseSelect(raw: string): string[] | undefined {
  const codes = raw.split(',').filter(Boolean);
  if (codes.length > MAX_SELECTED || !codes.every(isSixDigitCode)) return undefined;
  return [...new Set(codes)];
}

type Parsers = { [K in keyof AtlasState]: (raw: string) => AtlasState[K] | undefined };

const PARSERS: Parsers = {
  metric: (raw) => (isMetricId(raw) ? raw : undefined),
  year: parseYear,
  region: (raw) => (isSixDigitCode(raw) ? raw : undefined),
  level: (raw) => oneOf<Level>(LEVELS, raw),
  view: (raw) => oneOf(VIEWS, raw),
  chart: (raw) => oneOf(CHART_KINDS, raw),
  select: parseSelect,
  lang: (raw) => oneOf<Locale>(LOCALES, raw),
  classification: (raw) => oneOf(CLASS_PARAMS, raw),
  xMetric: (raw) => (isMetricId(raw) ? raw : undefined),
  from: parseYear,
  by: (raw) => oneOf(DETAILS, raw),
  target: parseTarget,
};

/** URL parameter name of each state field. */
export const PARAM_NAMES: Record<keyof AtlasState, string> = {
  metric: 'metric',
  year: 'year',
  region: 'region',
  level: 'level',
  view: 'view',
  chart: 'chart',
  select: 'select',
  lang: 'lang',
  classification: 'class',
  xMetric: 'x',
  from: 'from',
  by: 'by',
  target: 'target',
};

const KEYS = Object.keys(PARAM_NAMES) as (keyof AtlasState)[];

/**
 * `defaults` are what a parameter left out means: a published site opens at
 * its data's scope and default metric, so those are its defaults.
 */
export function parseState(search: string, defaults: AtlasState = DEFAULT_STATE): ParsedState {
  const params = new URLSearchParams(search);
  const state: AtlasState = { ...defaults, select: [] };
  const invalid: string[] = [];
  for (const key of KEYS) {
    const name = PARAM_NAMES[key];
    const raw = params.get(name);
    if (raw === null) continue;
    const value = PARSERS[key](raw.trim());
    if (value === undefined) invalid.push(name);
    else (state as unknown as Record<string, unknown>)[key] = value;
  }
  return { state, invalid };
}

function written(key: keyof AtlasState, state: AtlasState, defaults: AtlasState): string | null {
  const value = state[key];
  const fallback = defaults[key];
  if (Array.isArray(value)) return value.length ? value.join(',') : null;
  if (value === null || value === fallback) return null;
  return String(value);
}

/** '?metric=…&year=…' or '' when everything is default. */
export function serializeState(state: AtlasState, defaults: AtlasState = DEFAULT_STATE): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const text = written(key, state, defaults);
    if (text !== null) params.set(PARAM_NAMES[key], text);
  }
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
