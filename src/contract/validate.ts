// Hand-written runtime validators for the published JSON. The client runs them
// on what it fetches; the contract test runs them on what the build writes.

import { LEVELS, type Level } from './geography';
import { isMetricId, type MetricId } from './metrics';
import {
  SCHEMA_VERSION,
  type AtlasIndex,
  type BuildInfo,
  type BuildNote,
  type CoverageYear,
  type DataScope,
  type ScopeLevel,
  type SiteIdentity,
  type MetricYearValues,
  type ProvinceSeries,
  type PrefectureChange,
  type RemappedCode,
  type ReportedFile,
  type ReportedFigure,
  type ReportedReading,
  type UnitColumns,
  type ValueColumns,
} from './published';

export class SchemaError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path || '(root)'}: expected ${expected}`);
    this.name = 'SchemaError';
  }
}

type Guard<T> = (value: unknown, path: string) => T;

const string: Guard<string> = (v, p) => {
  if (typeof v !== 'string') throw new SchemaError(p, 'a string');
  return v;
};
const number: Guard<number> = (v, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new SchemaError(p, 'a finite number');
  return v;
};
const integer: Guard<number> = (v, p) => {
  if (!Number.isInteger(v)) throw new SchemaError(p, 'an integer');
  return v as number;
};
const boolean: Guard<boolean> = (v, p) => {
  if (typeof v !== 'boolean') throw new SchemaError(p, 'a boolean');
  return v;
};
const nullable =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (v, p) =>
    v === null ? null : guard(v, p);
const level: Guard<Level> = (v, p) => {
  if (!LEVELS.includes(v as Level)) throw new SchemaError(p, `one of ${LEVELS.join(', ')}`);
  return v as Level;
};
const metricId: Guard<MetricId> = (v, p) => {
  if (typeof v !== 'string' || !isMetricId(v)) throw new SchemaError(p, 'a catalogue metric id');
  return v;
};

function object(v: unknown, p: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new SchemaError(p, 'an object');
  return v as Record<string, unknown>;
}

function array<T>(guard: Guard<T>): Guard<T[]> {
  return (v, p) => {
    if (!Array.isArray(v)) throw new SchemaError(p, 'an array');
    return v.map((item, i) => guard(item, `${p}[${i}]`));
  };
}

function record<T>(guard: Guard<T>): Guard<Record<string, T>> {
  return (v, p) => {
    const o = object(v, p);
    const out: Record<string, T> = {};
    for (const [k, item] of Object.entries(o)) out[k] = guard(item, `${p}.${k}`);
    return out;
  };
}

function schemaVersion(v: unknown, p: string): typeof SCHEMA_VERSION {
  if (v !== SCHEMA_VERSION) throw new SchemaError(p, `schemaVersion ${SCHEMA_VERSION}`);
  return SCHEMA_VERSION;
}

/** Parallel arrays must all have the same length. */
function sameLength(columns: Record<string, unknown[]>, p: string): void {
  const lengths = Object.values(columns).map((c) => c.length);
  if (lengths.some((n) => n !== lengths[0])) throw new SchemaError(p, 'columns of equal length');
}

const localized = (v: unknown, p: string) => {
  const o = object(v, p);
  return { zh: string(o.zh, `${p}.zh`), en: string(o.en, `${p}.en`) };
};

function buildInfo(v: unknown, p: string): BuildInfo {
  const o = object(v, p);
  const dataStatus = string(o.dataStatus, `${p}.dataStatus`);
  if (dataStatus !== 'synthetic' && dataStatus !== 'real') {
    throw new SchemaError(`${p}.dataStatus`, '"synthetic" or "real"');
  }
  return {
    builtAt: string(o.builtAt, `${p}.builtAt`),
    codeVersion: string(o.codeVersion, `${p}.codeVersion`),
    synthetic: boolean(o.synthetic, `${p}.synthetic`),
    dataStatus,
    referenceList: string(o.referenceList, `${p}.referenceList`),
  };
}

function buildNote(v: unknown, p: string): BuildNote {
  const o = object(v, p);
  return {
    metric: nullable(metricId)(o.metric, `${p}.metric`),
    message: localized(o.message, `${p}.message`),
  };
}

function unitColumns(v: unknown, p: string): UnitColumns {
  const o = object(v, p);
  const units: UnitColumns = {
    level: array(level)(o.level, `${p}.level`),
    code: array(string)(o.code, `${p}.code`),
    name: array(string)(o.name, `${p}.name`),
    parent: array(string)(o.parent, `${p}.parent`),
    pinyin: array(string)(o.pinyin, `${p}.pinyin`),
    initials: array(string)(o.initials, `${p}.initials`),
  };
  // English names: written by every build since they were added; older builds fall back to `name`.
  if (o.nameEn !== undefined) units.nameEn = array(string)(o.nameEn, `${p}.nameEn`);
  sameLength({ ...units }, p);
  return units;
}

function valueColumns(v: unknown, p: string): ValueColumns {
  const o = object(v, p);
  const columns: ValueColumns = {
    code: array(string)(o.code, `${p}.code`),
    numerator: array(nullable(integer))(o.numerator, `${p}.numerator`),
    denominator: array(nullable(integer))(o.denominator, `${p}.denominator`),
    value: array(number)(o.value, `${p}.value`),
    flags: array(string)(o.flags, `${p}.flags`),
  };
  sameLength({ ...columns }, p);
  return columns;
}

const scopeLevel: Guard<ScopeLevel> = (v, p) => {
  if (v === 'county') throw new SchemaError(p, 'nation, province or prefecture');
  return level(v, p) as ScopeLevel;
};

function dataScope(v: unknown, p: string): DataScope {
  const o = object(v, p);
  return {
    level: scopeLevel(o.level, `${p}.level`),
    code: string(o.code, `${p}.code`),
    name: string(o.name, `${p}.name`),
    year: nullable(integer)(o.year, `${p}.year`),
  };
}

function coverageYear(v: unknown, p: string): CoverageYear {
  const o = object(v, p);
  const columns = {
    level: array(scopeLevel)(o.level, `${p}.level`),
    code: array(string)(o.code, `${p}.code`),
    withData: array(integer)(o.withData, `${p}.withData`),
    total: array(integer)(o.total, `${p}.total`),
  };
  sameLength(columns, p);
  return { year: integer(o.year, `${p}.year`), ...columns };
}

const SITE_ORIGINS: readonly SiteIdentity['origin'][] = ['site.json', 'flags', 'scope'];

function siteIdentity(v: unknown, p: string): SiteIdentity {
  const o = object(v, p);
  const origin = string(o.origin, `${p}.origin`);
  if (!SITE_ORIGINS.includes(origin as SiteIdentity['origin']))
    throw new SchemaError(`${p}.origin`, SITE_ORIGINS.join(', '));
  return {
    title: localized(o.title, `${p}.title`),
    subtitle: localized(o.subtitle, `${p}.subtitle`),
    publisher: nullable(string)(o.publisher, `${p}.publisher`),
    contact: nullable(string)(o.contact, `${p}.contact`),
    defaultMetric: nullable(metricId)(o.defaultMetric, `${p}.defaultMetric`),
    origin: origin as SiteIdentity['origin'],
  };
}

const sixDigits: Guard<string> = (v, p) => {
  if (typeof v !== 'string' || !/^\d{6}$/.test(v)) throw new SchemaError(p, 'a six-digit code');
  return v;
};

function prefectureChange(v: unknown, p: string): PrefectureChange {
  const o = object(v, p);
  const change = string(o.change, `${p}.change`);
  if (change !== 'moved' && change !== 'renamed' && change !== 'merged')
    throw new SchemaError(`${p}.change`, '"moved", "renamed" or "merged"');
  return { change, code: sixDigits(o.code, `${p}.code`), name: string(o.name, `${p}.name`) };
}

/** An old code remapped through the crosswalk (index.json and manifest.json). */
export function remappedCode(v: unknown, p: string): RemappedCode {
  const o = object(v, p);
  const kind = string(o.kind, `${p}.kind`);
  if (kind !== 'rename' && kind !== 'merge')
    throw new SchemaError(`${p}.kind`, '"rename" or "merge"');
  const effectiveDate = string(o.effectiveDate, `${p}.effectiveDate`);
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(effectiveDate))
    throw new SchemaError(`${p}.effectiveDate`, 'YYYY-MM-DD or YYYY-MM');
  return {
    oldCode: sixDigits(o.oldCode, `${p}.oldCode`),
    oldName: string(o.oldName, `${p}.oldName`),
    kind,
    newCode: sixDigits(o.newCode, `${p}.newCode`),
    newName: string(o.newName, `${p}.newName`),
    prefecture: nullable(prefectureChange)(o.prefecture, `${p}.prefecture`),
    effectiveDate,
    source: string(o.source, `${p}.source`),
    rows: integer(o.rows, `${p}.rows`),
    years: array(integer)(o.years, `${p}.years`),
  };
}

export function validateAtlasIndex(v: unknown): AtlasIndex {
  const o = object(v, '');
  const files = object(o.files, 'files');
  return {
    schemaVersion: schemaVersion(o.schemaVersion, 'schemaVersion'),
    build: buildInfo(o.build, 'build'),
    years: array(integer)(o.years, 'years'),
    metrics: array((m, p) => {
      const mo = object(m, p);
      return { id: metricId(mo.id, `${p}.id`), years: array(integer)(mo.years, `${p}.years`) };
    })(o.metrics, 'metrics'),
    units: unitColumns(o.units, 'units'),
    files: {
      values: record(record(string))(files.values, 'files.values'),
      series: record(string)(files.series, 'files.series'),
      reported: string(files.reported, 'files.reported'),
      aggregatesCsv: string(files.aggregatesCsv, 'files.aggregatesCsv'),
      downloadCsv: string(files.downloadCsv, 'files.downloadCsv'),
      manifest: string(files.manifest, 'files.manifest'),
    },
    notes: array(buildNote)(o.notes, 'notes'),
    remaps: array(remappedCode)(o.remaps, 'remaps'),
    scope: dataScope(o.scope, 'scope'),
    coverage: array(coverageYear)(o.coverage, 'coverage'),
    site: siteIdentity(o.site, 'site'),
  };
}

export function validateMetricYearValues(v: unknown): MetricYearValues {
  const o = object(v, '');
  const levels = object(o.levels, 'levels');
  const out: MetricYearValues = {
    schemaVersion: schemaVersion(o.schemaVersion, 'schemaVersion'),
    metric: metricId(o.metric, 'metric'),
    year: integer(o.year, 'year'),
    levels: {},
  };
  for (const [key, columns] of Object.entries(levels)) {
    out.levels[level(key, `levels.${key}`)] = valueColumns(columns, `levels.${key}`);
  }
  return out;
}

export function validateProvinceSeries(v: unknown): ProvinceSeries {
  const o = object(v, '');
  const rows = object(o.rows, 'rows');
  const values = valueColumns(rows, 'rows');
  const series: ProvinceSeries = {
    schemaVersion: schemaVersion(o.schemaVersion, 'schemaVersion'),
    scope: string(o.scope, 'scope'),
    rows: {
      ...values,
      level: array(level)(rows.level, 'rows.level'),
      metric: array(metricId)(rows.metric, 'rows.metric'),
      year: array(integer)(rows.year, 'rows.year'),
    },
  };
  sameLength({ ...series.rows }, 'rows');
  return series;
}

function reportedFigure(v: unknown, p: string): ReportedFigure {
  const o = object(v, p);
  return {
    code: string(o.code, `${p}.code`),
    year: integer(o.year, `${p}.year`),
    metric: string(o.metric, `${p}.metric`),
    value: number(o.value, `${p}.value`),
    unit: string(o.unit, `${p}.unit`),
    source: string(o.source, `${p}.source`),
    quote: string(o.quote, `${p}.quote`),
    caveat: string(o.caveat, `${p}.caveat`),
    ...(o.caveatEn === undefined ? {} : { caveatEn: string(o.caveatEn, `${p}.caveatEn`) }),
    ...(o.reading === undefined ? {} : { reading: reading(o.reading, `${p}.reading`) }),
    origin: string(o.origin, `${p}.origin`),
  };
}

function reading(v: unknown, p: string): ReportedReading {
  if (v !== 'printed' && v !== 'restored') throw new SchemaError(p, '"printed" or "restored"');
  return v;
}

export function validateReportedFile(v: unknown): ReportedFile {
  const o = object(v, '');
  return {
    schemaVersion: schemaVersion(o.schemaVersion, 'schemaVersion'),
    figures: array(reportedFigure)(o.figures, 'figures'),
  };
}
