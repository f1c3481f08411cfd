// Search keys of the reference units' names, kept between builds in
// .cache/search-keys.json (git-ignored): making them with pinyin-pro costs
// about 0.3 s of every build, and the names change only with the reference
// list. The cache is keyed by the names, ./pinyin.ts and pinyin-pro's
// version; when anything is in doubt (no cache, unreadable, another key) the
// keys are made afresh, so a build never depends on the cache being there.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchKeysOf, type SearchKeys } from '../../src/pipeline/pinyin';

/** Two folders up from here and from the bundle in .cache/compiled/ alike: the repository. */
const REPO = new URL('../../', import.meta.url);

export const SEARCH_KEYS_CACHE = fileURLToPath(new URL('.cache/search-keys.json', REPO));

interface CacheFile {
  key: string;
  /** [pinyin, initials] of each name, in the order of the names. */
  keys: [string, string][];
}

/** What the keys depend on besides the names; null when it cannot be told (no caching). */
function makerVersion(): string | null {
  try {
    const rules = readFileSync(new URL('src/pipeline/pinyin.ts', REPO), 'utf8');
    const library = readFileSync(new URL('node_modules/pinyin-pro/package.json', REPO), 'utf8');
    const { version } = JSON.parse(library) as { version: string };
    return `${version}\n${rules}`;
  } catch {
    return null;
  }
}

function cacheKey(names: readonly string[], version: string): string {
  return createHash('sha256').update(version).update(JSON.stringify(names)).digest('hex');
}

function readCache(file: string, key: string, count: number): CacheFile['keys'] | null {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return cached.key === key && cached.keys.length === count ? cached.keys : null;
  } catch {
    return null;
  }
}

/** Written whole under another name and renamed, so a concurrent build reads old or new. */
function writeCache(file: string, content: CacheFile): void {
  const staging = `${file}.${process.pid}`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(staging, JSON.stringify(content));
    renameSync(staging, file);
  } catch {
    // A read-only checkout builds as well, only without the cache.
  }
}

/** The search keys of each name (as searchKeysOf makes them), from the cache when it holds them. */
export function cachedSearchKeys(
  names: readonly string[],
  file: string = SEARCH_KEYS_CACHE,
): (name: string) => SearchKeys {
  const version = makerVersion();
  const key = version === null ? null : cacheKey(names, version);
  let keys = key === null ? null : readCache(file, key, names.length);
  if (!keys) {
    keys = names.map((name) => {
      const made = searchKeysOf(name);
      return [made.pinyin, made.initials];
    });
    if (key !== null) writeCache(file, { key, keys });
  }
  const byName = new Map<string, SearchKeys>();
  names.forEach((name, i) => byName.set(name, { pinyin: keys[i][0], initials: keys[i][1] }));
  return (name) => byName.get(name) ?? searchKeysOf(name);
}
