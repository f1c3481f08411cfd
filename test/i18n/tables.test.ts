// The string tables: one folder per locale (src/i18n/<locale>/), the same part
// files in each, and every part complete in every locale (issue 12, part 5).

import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/format/locale';

const I18N = resolve(import.meta.dirname, '../../src/i18n');

/** Paths (in every locale) where an empty string is the wording: "no unit after the number". */
const EMPTY_ALLOWED = new Set(['reportedUnits.count', 'reportedUnits.fraction']);

const partModules = import.meta.glob<Record<string, unknown>>('../../src/i18n/*.ts', {
  eager: true,
});
const localeModules = import.meta.glob<Record<string, unknown>>('../../src/i18n/*/*.ts', {
  eager: true,
});

function folders(): string[] {
  return readdirSync(I18N).filter((name) => statSync(join(I18N, name)).isDirectory());
}

function tsFiles(folder: string): string[] {
  return readdirSync(join(I18N, folder))
    .filter((name) => name.endsWith('.ts'))
    .sort();
}

/** The tables a part module exports: values keyed by every locale. */
function tablesOf(module: Record<string, unknown>): [string, Record<string, unknown>][] {
  return Object.entries(module).filter(
    (entry): entry is [string, Record<string, unknown>] =>
      typeof entry[1] === 'object' &&
      entry[1] !== null &&
      LOCALES.some((locale) => locale in (entry[1] as object)),
  );
}

/** "path: kind" for every leaf of a table (strings, functions, arrays), sorted. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function`];
  if (typeof value === 'string') return [`${path}: string`];
  if (Array.isArray(value)) return [`${path}: array ${value.length}`];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value)
      .flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key))
      .sort();
  return [`${path}: ${typeof value}`];
}

/** Paths of the empty strings of a table that are not allowed to be empty (the ideographic space is a separator). */
function emptyStrings(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value !== '' || EMPTY_ALLOWED.has(path) ? [] : [path];
  if (typeof value === 'object' && value !== null && typeof value !== 'function')
    return Object.entries(value).flatMap(([key, inner]) =>
      emptyStrings(inner, path ? `${path}.${key}` : key),
    );
  return [];
}

const parts = Object.entries(partModules)
  .filter(([path]) => !path.endsWith('/index.ts'))
  .flatMap(([path, module]) =>
    tablesOf(module).map(([name, table]) => ({
      label: `${path.split('/').pop()} ${name}`,
      table,
    })),
  );

describe('locale folders', () => {
  it('are one per locale, beside types/', () => {
    expect(folders().sort()).toEqual([...LOCALES, 'types'].sort());
  });

  it.each(LOCALES.filter((locale) => locale !== 'zh'))(
    '%s holds the same files as zh',
    (locale) => {
      expect(tsFiles(locale)).toEqual(tsFiles('zh'));
    },
  );

  it('give every file the same exports in every locale', () => {
    for (const file of tsFiles('zh'))
      for (const locale of LOCALES) {
        const module = localeModules[`../../src/i18n/${locale}/${file}`];
        const zh = localeModules[`../../src/i18n/zh/${file}`];
        expect(module, `${locale}/${file}`).toBeDefined();
        expect(Object.keys(module).sort(), `${locale}/${file}`).toEqual(Object.keys(zh).sort());
      }
  });

  it('each have a part module that puts the locales side by side', () => {
    const modules = Object.keys(partModules).map((path) => path.split('/').pop());
    expect(tsFiles('zh').filter((file) => !modules.includes(file))).toEqual([]);
  });
});

describe('every part', () => {
  it('is found (a table per part module)', () => {
    expect(parts.length).toBeGreaterThanOrEqual(tsFiles('zh').length);
  });

  it.each(parts)(
    '$label has every locale with the same keys, strings and functions',
    ({ table }) => {
      expect(Object.keys(table).sort()).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) expect(shape(table[locale]), locale).toEqual(shape(table.zh));
    },
  );

  it.each(parts)('$label has no empty string', ({ table }) => {
    for (const locale of LOCALES) expect(emptyStrings(table[locale]), locale).toEqual([]);
  });
});
