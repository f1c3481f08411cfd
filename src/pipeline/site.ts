// The site's identity: title, subtitle, publisher, contact and default metric,
// from an optional `site.json` beside the inputs and the build's flags (flags
// win). Without a title, the title follows the data's scope: 鹤壁市教育地图 ·
// 区县教育指标, or the national title when the data covers China.

import { isMetricId, type Localized, type MetricId } from '../contract/metrics';
import type { DataScope, SiteIdentity } from '../contract/published';
import { InputError, UsageError } from './errors';
import { searchKeysOf } from './pinyin';

export const SITE_FILE = 'site.json';
const SITE_KEYS = ['title', 'subtitle', 'publisher', 'contact', 'defaultMetric'] as const;
type SiteKey = (typeof SITE_KEYS)[number];

/** What site.json or the flags may give; anything left out follows the scope. */
export interface SiteSettings {
  title?: Localized;
  subtitle?: Localized;
  publisher?: string;
  contact?: string;
  defaultMetric?: MetricId;
}

const MAX_TEXT = 200;

function text(file: string, key: SiteKey, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new InputError(file, `"${key}" must be a non-empty string`);
  if (value.length > MAX_TEXT)
    throw new InputError(file, `"${key}" is longer than ${MAX_TEXT} characters`);
  return value.trim();
}

/** A string for both languages, or `{ "zh": …, "en": … }`. */
function localized(file: string, key: SiteKey, value: unknown): Localized {
  if (typeof value === 'string') {
    const both = text(file, key, value);
    return { zh: both, en: both };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError(file, `"${key}" must be a string or {"zh": "…", "en": "…"}`);
  const o = value as Record<string, unknown>;
  const extra = Object.keys(o).filter((k) => k !== 'zh' && k !== 'en');
  if (extra.length > 0)
    throw new InputError(file, `"${key}" has unknown key "${extra[0]}" (expected "zh" and "en")`);
  return { zh: text(file, key, o.zh), en: text(file, key, o.en) };
}

function metric(file: string, value: unknown): MetricId {
  if (typeof value !== 'string' || !isMetricId(value))
    throw new InputError(
      file,
      `"defaultMetric" ${JSON.stringify(value)} is not a catalogue metric id (see docs/data-contract.md)`,
    );
  return value;
}

/** Reads and checks `site.json` (any problem is an InputError naming the file). */
export function parseSiteSettings(file: string, source: string): SiteSettings {
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(
      file,
      `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new InputError(file, `expected an object with keys ${SITE_KEYS.join(', ')}`);
  const o = json as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !(SITE_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0)
    throw new InputError(file, `unknown key "${unknown[0]}" (accepted: ${SITE_KEYS.join(', ')})`);
  const settings: SiteSettings = {};
  if (o.title !== undefined) settings.title = localized(file, 'title', o.title);
  if (o.subtitle !== undefined) settings.subtitle = localized(file, 'subtitle', o.subtitle);
  if (o.publisher !== undefined) settings.publisher = text(file, 'publisher', o.publisher);
  if (o.contact !== undefined) settings.contact = text(file, 'contact', o.contact);
  if (o.defaultMetric !== undefined) settings.defaultMetric = metric(file, o.defaultMetric);
  return settings;
}

/** The flags of build:data, checked like site.json (a bad value is wrong usage, exit 2). */
export function siteSettingsFromFlags(flags: {
  title?: string;
  subtitle?: string;
  publisher?: string;
  contact?: string;
  defaultMetric?: string;
}): SiteSettings {
  try {
    const given = Object.fromEntries(
      Object.entries(flags).filter(([, v]) => v !== undefined),
    ) as Record<string, string>;
    return parseSiteSettings('--flags', JSON.stringify(given));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const flag = (k: string) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new UsageError(
      error.message.replace(/^--flags: /, '').replace(/"(\w+)"/, (_, k: string) => flag(k)),
    );
  }
}

/** 鹤壁市 → Hebi, 河南省 → Henan, 广西壮族自治区 → Guangxi: pinyin without the unit suffix. */
export function englishPlaceName(name: string): string {
  const suffix = [
    '维吾尔自治区',
    '壮族自治区',
    '回族自治区',
    '自治区',
    '自治州',
    '地区',
    '省',
    '市',
    '盟',
  ].find((s) => name.endsWith(s) && name.length > s.length);
  const syllables = searchKeysOf(name).pinyin.split(' ').filter(Boolean);
  const kept = suffix ? syllables.slice(0, syllables.length - suffix.length) : syllables;
  const word = kept.join('').replace(/v/g, 'ü');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const NATIONAL_TITLE: Localized = { zh: '教育地图', en: 'Education Atlas' };
const NATIONAL_SUBTITLE: Localized = {
  zh: '全国区县教育指标',
  en: "Education metrics for China's districts",
};
const SCOPED_SUBTITLE: Localized = { zh: '区县教育指标', en: 'district indicators' };

/** The identity published in index.json: given settings first, then the scope's title. */
export function siteIdentity(
  scope: DataScope,
  fromFile: SiteSettings | null,
  fromFlags: SiteSettings,
): SiteIdentity {
  const given: SiteSettings = { ...fromFile, ...fromFlags };
  const national = scope.level === 'nation';
  const scopedTitle: Localized = national
    ? NATIONAL_TITLE
    : { zh: `${scope.name}教育地图`, en: `${englishPlaceName(scope.name)} Education Atlas` };
  const origin: SiteIdentity['origin'] =
    Object.keys(fromFlags).length > 0 ? 'flags' : fromFile ? 'site.json' : 'scope';
  return {
    title: given.title ?? scopedTitle,
    subtitle: given.subtitle ?? (national ? NATIONAL_SUBTITLE : SCOPED_SUBTITLE),
    publisher: given.publisher ?? null,
    contact: given.contact ?? null,
    defaultMetric: given.defaultMetric ?? null,
    origin,
  };
}
