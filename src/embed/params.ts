// Attributes of <edu-chart> / <edu-embed-map> and URL parameters of /embed/,
// parsed and validated. Pure: a raw string map in, a spec or a list of
// problems out. Two steps: `parseEmbedParams` checks shapes and names without
// data; `checkAgainstIndex` checks years and codes against the published index.
// Nothing here ever becomes HTML: problems carry the offending value as text.

import { LEVELS, metricById, NATION_CODE, type AtlasIndex, type Level } from '../contract';
import { fromYearOf, yearOf, yearsOf } from '../view/chart-place';
import type { Locale } from '../format';
import {
  localeOf,
  parseView,
  splitCodes,
  type ParamName,
  type RawParams,
  type ViewProblem,
} from '../view/codec';
import { EMBED_DEFAULT_VIEW, figureOf, withFigure, type Figure, type ViewSpec } from '../view/spec';

export { localeOf } from '../view/codec';

export const EMBED_TYPES = ['ranking', 'trend', 'compare', 'scatter', 'change', 'map'] as const;
export type EmbedType = Figure;

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = ViewSpec['theme'];

export type EmbedField = ParamName;
export type ProblemReason = ViewProblem['reason'];
export type EmbedProblem = ViewProblem;

/** A view an embed draws: the view's figure (a chart kind or the map) is its type. */
export interface EmbedSpec extends ViewSpec {
  type: EmbedType;
  /** The selection's name as the author wrote it, for messages (`select`, or the older `codes`). */
  selectParam?: 'select' | 'codes';
}

/** Raw values as attributes or URL parameters give them (null when absent). */
export type RawEmbedParams = RawParams;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: EmbedProblem[] };

/** A trend or a comparison draws at most this many units. */
export const MAX_CODES = 5;

/** The selection's parameter as the author wrote it (`select`, or the older `codes`). */
function selectField(raw: RawEmbedParams): 'select' | 'codes' {
  return raw.select?.trim() ? 'select' : raw.codes?.trim() ? 'codes' : 'select';
}

/** What only an embed asks for: a metric, a figure it can draw, units for a trend or comparison. */
function embedProblems(raw: RawEmbedParams, spec: EmbedSpec): EmbedProblem[] {
  const problems: EmbedProblem[] = [];
  if (!raw.metric?.trim() && !raw.metric2?.trim() && spec.type !== 'compare') {
    problems.push({ field: 'metric', reason: 'missing', value: '' });
  }
  if (spec.view !== 'map' && spec.view !== 'chart') {
    problems.push({ field: 'view', reason: 'unknown', value: spec.view, expected: 'chart, map' });
  }
  const field = selectField(raw);
  if (spec.select.length > MAX_CODES && (spec.type === 'trend' || spec.type === 'compare')) {
    problems.push({
      field,
      reason: 'too-many',
      value: String(spec.select.length),
      expected: String(MAX_CODES),
    });
  }
  return problems;
}

/** Shapes and names, through the view codec; no data needed. */
export function parseEmbedParams(raw: RawEmbedParams, fixedType?: EmbedType): Parsed<EmbedSpec> {
  // The map element is a map whatever its type, view or chart attribute says.
  const source = fixedType ? { ...raw, type: null, view: null, chart: null } : raw;
  const parsed = parseView(source, EMBED_DEFAULT_VIEW);
  const view = fixedType ? withFigure(parsed.spec, fixedType) : parsed.spec;
  const spec: EmbedSpec = { ...view, type: figureOf(view), selectParam: selectField(raw) };
  const problems = [...parsed.problems, ...embedProblems(raw, spec)];
  const selectGiven = Boolean(raw.select?.trim() || raw.codes?.trim());
  if (spec.type === 'compare' && spec.select.length === 0 && !selectGiven) {
    problems.push({ field: spec.selectParam ?? 'select', reason: 'missing', value: '' });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: spec };
}

/** The language to speak in, even when the parameters are wrong. */
export function languageOf(raw: RawEmbedParams, fallback: Locale = 'zh'): Locale {
  return localeOf(raw.lang) ?? fallback;
}

/** Codes as an author writes them (commas, full-width commas or spaces). */
export function parseCodes(raw: string | null): { codes: string[]; bad: string[] } {
  return splitCodes(raw ?? '');
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
  // A comparison shows every metric: any year of the build.
  const years = spec.type === 'compare' ? index.years : yearsOf(index, spec.metric);
  if (spec.type !== 'compare' && years.length === 0) {
    problems.push({ field: 'metric', reason: 'unavailable', value: spec.metric });
  }
  if (spec.type === 'scatter' && yearsOf(index, spec.xMetric).length === 0) {
    problems.push({ field: 'x', reason: 'unavailable', value: spec.xMetric });
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
  for (const code of spec.select) {
    if (!unitExists(index, code))
      problems.push({ field: spec.selectParam ?? 'select', reason: 'unknown', value: code });
  }
  if (problems.length) return { ok: false, problems };
  // The year and base year the chart input resolves (src/view/chart-input.ts), written out
  // so the link back to the atlas names them.
  const metricYears = yearsOf(index, spec.metric);
  const year = spec.year ?? yearOf(spec, metricYears) ?? years[years.length - 1] ?? null;
  return {
    ok: true,
    value: {
      ...spec,
      year,
      // Only a change has a base year (a link from any other chart stays without one).
      from:
        spec.type === 'change' && year !== null
          ? fromYearOf(spec, metricById(spec.metric), year, metricYears)
          : spec.from,
    },
  };
}
