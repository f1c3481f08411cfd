// Attributes of <edu-chart> / <edu-embed-map> and URL parameters of /embed/,
// parsed and validated. Pure: a raw string map in, a spec or a list of
// problems out. Two steps: `parseEmbedParams` checks shapes and names without
// data; `checkAgainstIndex` checks years and codes against the published index.
// Nothing here ever becomes HTML: problems carry the offending value as text.

import {
  isMetricId,
  isSixDigitCode,
  LEVELS,
  NATION_CODE,
  type AtlasIndex,
  type Level,
  type MetricId,
} from '../contract';
import type { Locale } from '../format';

export const EMBED_TYPES = ['ranking', 'trend', 'compare', 'scatter', 'change', 'map'] as const;
export type EmbedType = (typeof EMBED_TYPES)[number];

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export type EmbedField =
  'type' | 'metric' | 'metric2' | 'year' | 'from' | 'region' | 'level' | 'codes' | 'lang' | 'theme';

export type ProblemReason = 'missing' | 'malformed' | 'unknown' | 'unavailable' | 'too-many';

export interface EmbedProblem {
  field: EmbedField;
  reason: ProblemReason;
  /** The offending value, cut to 40 characters; shown as text only. */
  value: string;
  /** Valid choices or range, when short enough to show. */
  expected?: string;
}

export interface EmbedSpec {
  type: EmbedType;
  /** Null only for `compare`, which shows every metric. */
  metric: MetricId | null;
  /** Scatter's y metric. */
  metric2: MetricId | null;
  /** Null: the latest year of the metric. */
  year: number | null;
  /** Change: the first year (null: the metric's first year). */
  from: number | null;
  /** Parent unit whose units are shown (000000: the nation). */
  region: string;
  /** Level of the units shown; null: the level below `region`. */
  level: Level | null;
  /** Selected or compared units. */
  codes: string[];
  lang: Locale;
  theme: EmbedTheme;
}

/** Raw values as attributes or URL parameters give them (null when absent). */
export type RawEmbedParams = Partial<Record<EmbedField, string | null>>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: EmbedProblem[] };

export const MAX_CODES = 5;
const YEAR = /^\d{4}$/;

function clip(value: string): string {
  const chars = [...value];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : value;
}

function present(raw: string | null | undefined): string | null {
  const t = raw?.trim();
  return t ? t : null;
}

function oneOf<T extends string>(
  field: EmbedField,
  raw: string | null,
  choices: readonly T[],
  fallback: T,
  problems: EmbedProblem[],
): T {
  if (raw === null) return fallback;
  const value = raw.toLowerCase();
  if ((choices as readonly string[]).includes(value)) return value as T;
  problems.push({ field, reason: 'unknown', value: clip(raw), expected: choices.join(', ') });
  return fallback;
}

function metricOf(
  field: EmbedField,
  raw: string | null,
  problems: EmbedProblem[],
): MetricId | null {
  if (raw === null) return null;
  if (isMetricId(raw)) return raw;
  problems.push({ field, reason: 'unknown', value: clip(raw) });
  return null;
}

function yearOf(field: EmbedField, raw: string | null, problems: EmbedProblem[]): number | null {
  if (raw === null) return null;
  if (YEAR.test(raw)) return Number(raw);
  problems.push({ field, reason: 'malformed', value: clip(raw), expected: 'YYYY' });
  return null;
}

/** `zh`, `zh-CN`, `zh-Hans` → zh; `en`, `en-GB` → en. */
export function localeOf(raw: string | null | undefined): Locale | null {
  const value = present(raw)?.toLowerCase();
  if (!value) return null;
  if (value === 'zh' || value.startsWith('zh-')) return 'zh';
  if (value === 'en' || value.startsWith('en-')) return 'en';
  return null;
}

export function parseCodes(raw: string | null): { codes: string[]; bad: string[] } {
  const parts = (raw ?? '')
    .split(/[,，\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const codes = [...new Set(parts.filter(isSixDigitCode))];
  return { codes, bad: parts.filter((p) => !isSixDigitCode(p)) };
}

/** Shapes and names; no data needed. */
export function parseEmbedParams(raw: RawEmbedParams, fixedType?: EmbedType): Parsed<EmbedSpec> {
  const problems: EmbedProblem[] = [];
  const get = (field: EmbedField) => present(raw[field]);
  const langRaw = get('lang');
  const lang = localeOf(langRaw);
  if (langRaw !== null && lang === null) {
    problems.push({ field: 'lang', reason: 'unknown', value: clip(langRaw), expected: 'zh, en' });
  }
  const type = fixedType ?? oneOf('type', get('type'), EMBED_TYPES, 'ranking', problems);
  const theme = oneOf('theme', get('theme'), EMBED_THEMES, 'light', problems);
  const metric = metricOf('metric', get('metric'), problems);
  if (get('metric') === null && type !== 'compare') {
    problems.push({ field: 'metric', reason: 'missing', value: '' });
  }
  const metric2 = metricOf('metric2', get('metric2'), problems);
  const year = yearOf('year', get('year'), problems);
  const from = yearOf('from', get('from'), problems);

  const regionRaw = get('region') ?? NATION_CODE;
  if (!isSixDigitCode(regionRaw)) {
    problems.push({
      field: 'region',
      reason: 'malformed',
      value: clip(regionRaw),
      expected: '000000',
    });
  }
  const levelRaw = get('level');
  let level: Level | null = null;
  if (levelRaw !== null) {
    const value = levelRaw.toLowerCase();
    if ((LEVELS as readonly string[]).includes(value) && value !== 'nation') level = value as Level;
    else
      problems.push({
        field: 'level',
        reason: 'unknown',
        value: clip(levelRaw),
        expected: 'province, prefecture, county',
      });
  }
  const { codes, bad } = parseCodes(get('codes'));
  for (const b of bad) problems.push({ field: 'codes', reason: 'malformed', value: clip(b) });
  if (codes.length > MAX_CODES && (type === 'trend' || type === 'compare')) {
    problems.push({
      field: 'codes',
      reason: 'too-many',
      value: String(codes.length),
      expected: String(MAX_CODES),
    });
  }
  if (type === 'compare' && codes.length === 0 && bad.length === 0) {
    problems.push({ field: 'codes', reason: 'missing', value: '' });
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      type,
      metric,
      metric2,
      year,
      from,
      region: regionRaw,
      level,
      codes,
      lang: lang ?? 'zh',
      theme,
    },
  };
}

/** The language to speak in, even when the parameters are wrong. */
export function languageOf(raw: RawEmbedParams, fallback: Locale = 'zh'): Locale {
  return localeOf(raw.lang) ?? fallback;
}

function unitExists(index: AtlasIndex, code: string): boolean {
  return code === NATION_CODE || index.units.code.includes(code);
}

function levelOfCode(index: AtlasIndex, code: string): Level | null {
  if (code === NATION_CODE) return 'nation';
  // 441900 is a prefecture and a county: the highest level wins.
  let best: Level | null = null;
  index.units.code.forEach((c, i) => {
    if (c !== code) return;
    const level = index.units.level[i];
    if (best === null || LEVELS.indexOf(level) < LEVELS.indexOf(best)) best = level;
  });
  return best;
}

function yearRange(years: readonly number[]): string {
  return years.length ? `${years[0]}–${years[years.length - 1]}` : '—';
}

/** Years and codes against the published index; fills in the latest year. */
export function checkAgainstIndex(spec: EmbedSpec, index: AtlasIndex): Parsed<EmbedSpec> {
  const problems: EmbedProblem[] = [];
  const yearsOf = (metric: MetricId | null): number[] =>
    metric ? (index.metrics.find((m) => m.id === metric)?.years ?? []) : index.years;
  const years = yearsOf(spec.metric);
  if (spec.metric && years.length === 0) {
    problems.push({ field: 'metric', reason: 'unavailable', value: spec.metric });
  }
  if (spec.metric2 && yearsOf(spec.metric2).length === 0) {
    problems.push({ field: 'metric2', reason: 'unavailable', value: spec.metric2 });
  }
  for (const field of ['year', 'from'] as const) {
    const y = spec[field];
    if (y !== null && years.length && !years.includes(y)) {
      problems.push({ field, reason: 'unavailable', value: String(y), expected: yearRange(years) });
    }
  }
  const regionLevel = levelOfCode(index, spec.region);
  if (!unitExists(index, spec.region) || regionLevel === 'county') {
    problems.push({ field: 'region', reason: 'unknown', value: spec.region });
  }
  if (spec.level && regionLevel && LEVELS.indexOf(spec.level) <= LEVELS.indexOf(regionLevel)) {
    problems.push({ field: 'level', reason: 'unavailable', value: spec.level });
  }
  for (const code of spec.codes) {
    if (!unitExists(index, code)) problems.push({ field: 'codes', reason: 'unknown', value: code });
  }
  if (problems.length) return { ok: false, problems };
  const latest = years[years.length - 1] ?? null;
  return {
    ok: true,
    value: { ...spec, year: spec.year ?? latest, from: spec.from ?? years[0] ?? null },
  };
}
