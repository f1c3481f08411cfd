import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { siteDataZip } from '../../src/own-data/site-zip';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the site data folder zip', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  const files = {
    'v1/index.json': bytes('{"a":1}'),
    'aggregates.csv': bytes('level,code\n'),
    'manifest.json': bytes('{}'),
    'downloads/education-atlas-aggregates.csv': bytes('\ufefflevel,code\n'),
  };

  it('holds exactly the published files, under their paths', () => {
    const unzipped = unzipSync(siteDataZip(files));
    expect(Object.keys(unzipped).sort()).toEqual(Object.keys(files).sort());
    for (const [path, content] of Object.entries(files)) expect(unzipped[path]).toEqual(content);
  });

  it('writes the entries in sorted path order', () => {
    const zip = siteDataZip(files);
    const text = new TextDecoder('latin1').decode(zip);
    const order = Object.keys(files)
      .map((path) => [path, text.indexOf(path)] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([path]) => path);
    expect(order).toEqual(Object.keys(files).sort());
  });

  it('zips the same build to the same bytes, whatever the order, day or time zone', () => {
    process.env.TZ = 'Asia/Shanghai';
    const first = siteDataZip(files);
    process.env.TZ = 'America/Los_Angeles';
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    expect(siteDataZip(reversed)).toEqual(first);
    // The local header's DOS time and date: 00:00, 1980-01-01.
    const view = new DataView(first.buffer, first.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe((0 << 9) | (1 << 5) | 1);
  });
});
