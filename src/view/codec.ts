// ViewSpec <-> parameters: the one grammar of the atlas URL, the iframe URL,
// the embed elements' attributes and the static pages' links. Pure: a raw
// name → value map in, a spec and a list of problems out; a spec in, the
// shortest parameters that say it out. `parseView(serialiseView(s)) = s`.
//
// Older names are still read: `type` (an embed's figure), `codes` (select),
// `by` (the atlas's first "level of the units shown"), and `metric2` (the
// embeds' first scatter, which drew `metric` on x and `metric2` on y).

import { isMetricId, isSixDigitCode, type MetricId } from '../contract';
import { LOCALES, type Locale } from '../format/locale';
import {
  CHART_KINDS,
  CLASS_PARAMS,
  DEFAULT_VIEW,
  MAX_SELECTED,
  THEMES,
  VIEWS,
  withFigure,
  type Figure,
  type UnitLevel,
  type ViewSpec,
} from './spec';

/** Parameter (and attribute) names, in the order links write them. */
export const VIEW_PARAMS = [
  'metric',
  'year',
  'region',
  'level',
  'view',
  'chart',
  'select',
  'lang',
  'class',
  'x',
  'from',
  'target',
  'theme',
] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];

/** Names read for older links and embeds, never written. */
export const LEGACY_PARAMS = ['type', 'codes', 'by', 'metric2'] as const;
export type LegacyParam = (typeof LEGACY_PARAMS)[number];

export type ParamName = ViewParam | LegacyParam;

export type ProblemReason = 'missing' | 'malformed' | 'unknown' | 'unavailable' | 'too-many';

export interface ViewProblem {
  field: ParamName;
  reason: ProblemReason;
  /** The offending value, cut to 40 characters; shown as text only. */
  value: string;
  /** Valid choices or range, when short enough to show. */
  expected?: string;
}

/** Raw values as a URL or attributes give them (null or absent: not given). */
export type RawParams = Partial<Record<ParamName, string | null>>;

export interface ParsedView {
  spec: ViewSpec;
  problems: ViewProblem[];
  /** Parameters that were given and valid (so an embed can require `metric`). */
  given: Set<ViewParam>;
}

const YEAR = /^\d{4}$/;
const TARGET = /^\d{1,3}(\.\d{1,4})?$/;
const UNIT_LEVELS: readonly UnitLevel[] = ['province', 'prefecture', 'county'];
const FIGURES: readonly Figure[] = [...CHART_KINDS, 'map'];

function clip(value: string): string {
  const chars = [...value];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : value;
}

type Read<T> = { ok: true; value: T } | { ok: false; reason: ProblemReason; expected?: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(reason: ProblemReason, expected?: string): Read<T> => ({
  ok: false,
  reason,
  expected,
});

function oneOf<T extends string>(list: readonly T[]) {
  return (raw: string): Read<T> => {
    const value = raw.toLowerCase();
    return (list as readonly string[]).includes(value)
      ? ok(value as T)
      : bad('unknown', list.join(', '));
  };
}

const readMetric = (raw: string): Read<MetricId> =>
  isMetricId(raw) ? ok(raw) : bad<MetricId>('unknown');
const readYear = (raw: string): Read<number> =>
  YEAR.test(raw) ? ok(Number(raw)) : bad<number>('malformed', 'YYYY');

/** `zh`, `zh-CN`, `zh-Hans` → zh; `en`, `en-GB` → en. */
export function localeOf(raw: string | null | undefined): Locale | null {
  const value = raw?.trim().toLowerCase();
  if (!value) return null;
  if (value === 'zh' || value.startsWith('zh-')) return 'zh';
  if (value === 'en' || value.startsWith('en-')) return 'en';
  return null;
}

function readLocale(raw: string): Read<Locale> {
  const locale = localeOf(raw);
  return locale ? ok(locale) : bad<Locale>('unknown', LOCALES.join(', '));
}

function readRegion(raw: string): Read<string> {
  return isSixDigitCode(raw) ? ok(raw) : bad<string>('malformed', '000000');
}

/** A target as typed in the gap table (percent or CV); 0–200. */
function readTarget(raw: string): Read<number> {
  const value = TARGET.test(raw) ? Number(raw) : NaN;
  return value >= 0 && value <= 200 ? ok(value) : bad<number>('malformed', '0–200');
}

/** Codes separated by commas (also Chinese ones) or spaces; duplicates dropped. */
export function splitCodes(raw: string): { codes: string[]; bad: string[] } {
  const parts = raw
    .split(/[,，\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    codes: [...new Set(parts.filter(isSixDigitCode))],
    bad: parts.filter((p) => !isSixDigitCode(p)),
  };
}

function readSelect(raw: string): Read<string[]> {
  const { codes, bad: wrong } = splitCodes(raw);
  if (wrong.length) return bad('malformed');
  if (codes.length > MAX_SELECTED) return bad('too-many', String(MAX_SELECTED));
  return ok(codes);
}

/** The older `by`: `auto` is the default level, the others name the level. */
function readDetail(raw: string): Read<UnitLevel | null> {
  const value = raw.toLowerCase();
  if (value === 'auto') return ok(null);
  return value === 'prefecture' || value === 'county'
    ? ok(value)
    : bad('unknown', 'auto, prefecture, county');
}

const unitLevelOf = oneOf(UNIT_LEVELS);

/** Each canonical parameter: how it is read and which field of the spec it sets. */
const READERS: { [P in ViewParam]: (raw: string) => Read<Partial<ViewSpec>> } = {
  metric: (raw) => mapRead(readMetric(raw), (metric) => ({ metric })),
  year: (raw) => mapRead(readYear(raw), (year) => ({ year })),
  region: (raw) => mapRead(readRegion(raw), (region) => ({ region })),
  level: (raw) => mapRead(unitLevelOf(raw), (level) => ({ level })),
  view: (raw) => mapRead(oneOf(VIEWS)(raw), (view) => ({ view })),
  chart: (raw) => mapRead(oneOf(CHART_KINDS)(raw), (chart) => ({ chart })),
  select: (raw) => mapRead(readSelect(raw), (select) => ({ select })),
  lang: (raw) => mapRead(readLocale(raw), (lang) => ({ lang })),
  class: (raw) => mapRead(oneOf(CLASS_PARAMS)(raw), (classification) => ({ classification })),
  x: (raw) => mapRead(readMetric(raw), (xMetric) => ({ xMetric })),
  from: (raw) => mapRead(readYear(raw), (from) => ({ from })),
  target: (raw) => mapRead(readTarget(raw), (target) => ({ target })),
  theme: (raw) => mapRead(oneOf(THEMES)(raw), (theme) => ({ theme })),
};

function mapRead<T, U>(read: Read<T>, f: (value: T) => U): Read<U> {
  return read.ok ? ok(f(read.value)) : read;
}

function present(raw: string | null | undefined): string | null {
  const t = raw?.trim();
  return t ? t : null;
}

/** The legacy names, read into the spec when their modern name is absent. */
function applyLegacy(
  raw: RawParams,
  spec: ViewSpec,
  given: Set<ViewParam>,
  problems: ViewProblem[],
): ViewSpec {
  let next = spec;
  const note = (param: ParamName, value: string, read: Read<unknown>) => {
    if (!read.ok)
      problems.push({
        field: param,
        reason: read.reason,
        value: clip(value),
        expected: read.expected,
      });
    return read.ok;
  };
  const type = present(raw.type);
  if (type !== null && !given.has('chart') && !given.has('view')) {
    const read = oneOf(FIGURES)(type);
    if (note('type', type, read) && read.ok) next = withFigure(next, read.value);
  }
  const codes = present(raw.codes);
  if (codes !== null && !given.has('select')) {
    const read = readSelect(codes);
    if (note('codes', codes, read) && read.ok) next = { ...next, select: read.value };
  }
  const by = present(raw.by);
  if (by !== null && !given.has('level')) {
    const read = readDetail(by);
    if (note('by', by, read) && read.ok) next = { ...next, level: read.value };
  }
  const metric2 = present(raw.metric2);
  if (metric2 !== null && !given.has('x')) {
    // The embeds' first scatter: `metric` on x, `metric2` on y.
    const read = readMetric(metric2);
    if (note('metric2', metric2, read) && read.ok) {
      next = { ...next, xMetric: next.metric, metric: read.value };
    }
  }
  return next;
}

/**
 * Reads a view. `defaults` are what a parameter left out means (a published
 * site opens at its data's scope); an invalid parameter keeps its default and
 * is reported.
 */
export function parseView(raw: RawParams, defaults: ViewSpec = DEFAULT_VIEW): ParsedView {
  let spec: ViewSpec = { ...defaults, select: [...defaults.select] };
  const problems: ViewProblem[] = [];
  const given = new Set<ViewParam>();
  for (const param of VIEW_PARAMS) {
    const value = present(raw[param]);
    if (value === null) continue;
    const read = READERS[param](value);
    if (read.ok) {
      spec = { ...spec, ...read.value };
      given.add(param);
    } else {
      problems.push({
        field: param,
        reason: read.reason,
        value: clip(value),
        expected: read.expected,
      });
    }
  }
  // `?chart=trend` alone opens the trend.
  if (given.has('chart') && !given.has('view')) spec = { ...spec, view: 'chart' };
  spec = applyLegacy(raw, spec, given, problems);
  return { spec, problems, given };
}

/** The raw parameters of a query string (`?a=1&b=2` or `a=1&b=2`). */
export function paramsOfQuery(search: string): RawParams {
  const params = new URLSearchParams(search);
  const raw: RawParams = {};
  for (const name of [...VIEW_PARAMS, ...LEGACY_PARAMS]) raw[name] = params.get(name);
  return raw;
}

/** Each field as its parameter's text; null when the field is at its default. */
function written(spec: ViewSpec, defaults: ViewSpec): Record<ViewParam, string | null> {
  const text = <K extends keyof ViewSpec>(key: K): string | null => {
    const value = spec[key];
    if (Array.isArray(value)) return value.length ? value.join(',') : null;
    if (value === null || value === defaults[key]) return null;
    return String(value);
  };
  return {
    metric: text('metric'),
    year: text('year'),
    region: text('region'),
    level: text('level'),
    view: viewText(spec, defaults, text('chart') !== null) ?? text('view'),
    chart: text('chart'),
    select: text('select'),
    lang: text('lang'),
    class: text('classification'),
    x: text('xMetric'),
    from: text('from'),
    target: text('target'),
    theme: text('theme'),
  };
}

/**
 * A chart named in a link opens the chart view unless the link names another
 * view, so a view other than the chart is written whenever the chart is.
 */
function viewText(spec: ViewSpec, defaults: ViewSpec, chartWritten: boolean): string | null {
  return chartWritten && spec.view !== 'chart' && spec.view === defaults.view ? spec.view : null;
}

/** The parameters that say a spec, in link order, without its defaults. */
export function viewParams(
  spec: ViewSpec,
  defaults: ViewSpec = DEFAULT_VIEW,
): [ViewParam, string][] {
  const texts = written(spec, defaults);
  return VIEW_PARAMS.flatMap((param) => {
    const value = texts[param];
    return value === null ? [] : [[param, value] as [ViewParam, string]];
  });
}

/**
 * Defaults under which a link always names its metric and region: a link
 * from outside the atlas (an embed, a static page, a share snippet) must not
 * depend on what the site it lands on opens at by default.
 */
export function explicitDefaults(defaults: ViewSpec): ViewSpec {
  return { ...defaults, metric: '' as MetricId, region: '' };
}

/** '?metric=…&year=…', or '' when everything is default. */
export function serialiseView(
  spec: ViewSpec,
  defaults: ViewSpec = DEFAULT_VIEW,
  extra: [string, string][] = [],
): string {
  const params = new URLSearchParams([...viewParams(spec, defaults), ...extra]);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
