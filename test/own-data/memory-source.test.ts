// The atlas on data held in memory: the same validation as published data,
// no request to anyone, and downloads as Blob URLs of the very bytes.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolveObjectURL } from 'node:buffer';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError } from '../../src/data/source';
import { memoryDataSource, memoryFetcher, MEMORY_ROOT } from '../../src/data/memory-source';

const GOLDEN = join(__dirname, '../fixtures/pipeline/golden/expected');

function readTree(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split('\\').join('/')] = new Uint8Array(readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

describe('memory data source', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads and validates the published files from memory, never from the network', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network')));
    vi.stubGlobal('fetch', fetch);
    const files = readTree(GOLDEN);
    const { source } = memoryDataSource(files);
    const index = await source.index();
    expect(index.units.code.length).toBeGreaterThan(0);
    const metric = index.metrics[0];
    const year = metric.years[0];
    const values = await source.values(metric.id, year);
    expect(values?.metric).toBe(metric.id);
    expect(values?.year).toBe(year);
    expect(await source.reported()).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('still validates: a broken index is refused with its path', async () => {
    const files = readTree(GOLDEN);
    const broken = { ...files, 'v1/index.json': new TextEncoder().encode('{"schema":1}') };
    const { source } = memoryDataSource(broken);
    await expect(source.index()).rejects.toBeInstanceOf(DataLoadError);
    await expect(source.index()).rejects.toThrow(`${MEMORY_ROOT}v1/index.json`);
  });

  it('answers 404 for a path it does not hold, and for any other root', async () => {
    const fetcher = memoryFetcher({ 'a.json': new TextEncoder().encode('{"x":1}') });
    const found = await fetcher(`${MEMORY_ROOT}a.json`);
    expect(found).toMatchObject({ ok: true, status: 200 });
    expect(await found.json()).toEqual({ x: 1 });
    await expect(fetcher(`${MEMORY_ROOT}b.json`)).resolves.toMatchObject({
      ok: false,
      status: 404,
    });
    await expect(fetcher('https://example.org/a.json')).resolves.toMatchObject({ status: 404 });
  });

  it('offers downloads as Blob URLs of the same bytes, revoked by dispose()', async () => {
    const files = readTree(GOLDEN);
    const { source, dispose } = memoryDataSource(files);
    const link = source.url('aggregates.csv');
    expect(link).toMatch(/^blob:/);
    expect(source.url('aggregates.csv')).toBe(link);
    const blob = resolveObjectURL(link);
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(files['aggregates.csv']);
    expect(blob!.type).toBe('text/csv;charset=utf-8');
    dispose();
    expect(resolveObjectURL(link)).toBeUndefined();
  });
});
