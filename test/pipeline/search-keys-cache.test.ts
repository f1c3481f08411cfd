import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchKeysOf } from '../../src/pipeline/pinyin';
import { cachedSearchKeys } from '../../scripts/pipeline/search-keys-cache';

const NAMES = ['六安市', '蚌埠市', '淇滨区', '六安市'];

describe('cached search keys', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'search-keys-'));
    file = join(dir, 'nested', 'search-keys.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('makes the keys searchKeysOf makes, and keeps them for the next build', () => {
    const keysOf = cachedSearchKeys(NAMES, file);
    for (const name of NAMES) expect(keysOf(name)).toEqual(searchKeysOf(name));
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { keys: string[][] };
    expect(cached.keys).toEqual(
      NAMES.map((n) => [searchKeysOf(n).pinyin, searchKeysOf(n).initials]),
    );
  });

  it('reads the kept keys when the names are the same', () => {
    cachedSearchKeys(NAMES, file);
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { key: string; keys: string[][] };
    cached.keys[1] = ['from cache', 'fc'];
    writeFileSync(file, JSON.stringify(cached));
    expect(cachedSearchKeys(NAMES, file)('蚌埠市')).toEqual({
      pinyin: 'from cache',
      initials: 'fc',
    });
  });

  it('makes them afresh for other names, and from a damaged cache', () => {
    cachedSearchKeys(NAMES, file);
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { key: string; keys: string[][] };
    cached.keys[1] = ['from cache', 'fc'];
    writeFileSync(file, JSON.stringify(cached));
    const other = [...NAMES, '浚县'];
    expect(cachedSearchKeys(other, file)('蚌埠市')).toEqual(searchKeysOf('蚌埠市'));
    expect(cachedSearchKeys(other, file)('浚县')).toEqual({ pinyin: 'xun xian', initials: 'xx' });
    writeFileSync(file, '{"key": ');
    expect(cachedSearchKeys(NAMES, file)('蚌埠市')).toEqual(searchKeysOf('蚌埠市'));
  });

  it('builds without a cache it cannot write', () => {
    writeFileSync(join(dir, 'nested'), 'a file where the folder would be');
    expect(cachedSearchKeys(NAMES, file)('淇滨区')).toEqual(searchKeysOf('淇滨区'));
  });
});
