// Hand-written runtime validators for the published JSON. The client runs them
// on what it fetches; the contract test runs them on what the build writes.
// The reported figures' file has its own module (validate-reported.ts), loaded
// when the profile first asks for it.

import {
  array,
  boolean,
  integer,
  level,
  metricId,
  nullable,
  number,
  object,
  record,
  sameLength,
  schemaVersion,
  SchemaError,
  string,
  type Guard,
} from './guards';
import type {
  AtlasIndex,
  BuildInfo,
  BuildNote,
  CoverageYear,
  DataScope,
  ScopeLevel,
  SiteIdentity,
  MetricYearValues,
  ProvinceSeries,
  PrefectureChange,
  RemappedCode,
  UnitColumns,
  ValueColumns,
} from './published';

export { SchemaError } from './guards';

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

/** Coverage as indexes before 2026-12 wrote it (levels and codes): kept builds still read. */
function listedCoverageYear(o: Record<string, unknown>, p: string): CoverageYear {
  const columns = {
    level: array(scopeLevel)(o.level, `${p}.level`),
    code: array(string)(o.code, `${p}.code`),
    withData: array(integer)(o.withData, `${p}.withData`),
    total: array(integer)(o.total, `${p}.total`),
  };
  sameLength(columns, p);
  return { year: integer(o.year, `${p}.year`), ...columns };
}

/** A coverage year of index.json, its unit rows read back as levels and codes of `units`. */
function coverageYearOf(units: UnitColumns): Guard<CoverageYear> {
  return (v, p) => {
    const o = object(v, p);
    if (o.unit === undefined && o.code !== undefined) return listedCoverageYear(o, p);
    const columns = {
      unit: array(integer)(o.unit, `${p}.unit`),
      withData: array(integer)(o.withData, `${p}.withData`),
      total: array(integer)(o.total, `${p}.total`),
    };
    sameLength(columns, p);
    const level: ScopeLevel[] = [];
    const code: string[] = [];
    columns.unit.forEach((row, i) => {
      const unitLevel = units.level[row];
      if (unitLevel === undefined || unitLevel === 'county')
        throw new SchemaError(`${p}.unit[${i}]`, 'a row of units above county level');
      level.push(unitLevel);
      code.push(units.code[row]);
    });
    const { withData, total } = columns;
    return { year: integer(o.year, `${p}.year`), level, code, withData, total };
  };
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
  const units = unitColumns(o.units, 'units');
  return {
    schemaVersion: schemaVersion(o.schemaVersion, 'schemaVersion'),
    build: buildInfo(o.build, 'build'),
    years: array(integer)(o.years, 'years'),
    metrics: array((m, p) => {
      const mo = object(m, p);
      return { id: metricId(mo.id, `${p}.id`), years: array(integer)(mo.years, `${p}.years`) };
    })(o.metrics, 'metrics'),
    units,
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
    coverage: array(coverageYearOf(units))(o.coverage, 'coverage'),
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
