// The static fallbacks: every offered figure of one metric exists as a
// non-blank PNG of the announced size, with its page and oEmbed; a few SVGs
// are snapshot-tested; the job list covers every metric.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasIndex } from '../../src/contract';
import { DEFAULT_VIEW } from '../../src/view/spec';
import type { EmbedSpec } from '../../src/embed/params';
import { staticJobs } from '../../scripts/embeds/jobs';
import { AtlasDataSource } from '../../src/data/source';
import { decodePng, lumaVariance, pngSize } from './png';
import { buildEmbeds, buildTestData } from './test-data';

const METRIC = 'inclusive_kindergarten_coverage';
let data = '';
let out = '';
let index: AtlasIndex;

beforeAll(() => {
  data = buildTestData();
  out = mkdtempSync(join(tmpdir(), 'edu-embed-static-'));
  // What `vite build` put there before: the iframe route must survive.
  mkdirSync(join(out, 'embed'), { recursive: true });
  writeFileSync(join(out, 'embed', 'index.html'), '<!-- iframe route -->');
  buildEmbeds(data, out, ['--metric', METRIC, '--site', 'https://atlas.example.org/']);
  index = JSON.parse(readFileSync(join(data, 'v1/index.json'), 'utf8')) as AtlasIndex;
}, 180_000);

describe('static embeds', () => {
  it('offers the national and each province ranking and map for every metric', () => {
    const jobs = staticJobs(index);
    const provinces = index.units.level.filter((l) => l === 'province').length;
    expect(jobs).toHaveLength(index.metrics.length * (provinces + 1) * 2);
    expect(new Set(jobs.map((j) => j.type))).toEqual(new Set(['ranking', 'map']));
  });

  it('every figure of the metric has a non-blank PNG of the announced size', () => {
    const jobs = staticJobs(index, [METRIC]);
    expect(jobs.length).toBeGreaterThan(60);
    for (const job of jobs) {
      const dir = join(out, 'embed', job.metric, job.region, job.type);
      const oembed = JSON.parse(readFileSync(join(dir, 'oembed.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      const png = readFileSync(join(dir, 'figure.png'));
      expect(pngSize(png), `${job.region}/${job.type}`).toEqual({
        width: oembed.thumbnail_width,
        height: oembed.thumbnail_height,
      });
      expect(existsSync(join(dir, 'figure.svg'))).toBe(true);
    }
    // Decoding every PNG is slow: check the variance of a sample of them.
    for (const job of jobs.filter((_, i) => i % 8 === 0)) {
      const png = decodePng(
        readFileSync(join(out, 'embed', job.metric, job.region, job.type, 'figure.png')),
      );
      expect(lumaVariance(png), `${job.region}/${job.type}`).toBeGreaterThan(200);
    }
  });

  it('a static page carries its image, link, Open Graph, Twitter card and oEmbed discovery', () => {
    const dir = join(out, 'embed', METRIC, '410000', 'map');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const base = `https://atlas.example.org/embed/${METRIC}/410000/map/`;
    expect(html).toContain(`<meta property="og:image" content="${base}figure.png">`);
    expect(html).toContain(`<meta name="twitter:image" content="${base}figure.png">`);
    expect(html).toContain(`<meta name="twitter:card" content="summary_large_image">`);
    expect(html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${base}oembed.json"`,
    );
    expect(html).toContain(`<img src="${base}figure.png"`);
    expect(html).toContain(
      'href="https://atlas.example.org/?metric=inclusive_kindergarten_coverage&amp;',
    );
    expect(html).not.toContain('<script');
    // Synthetic data says so in every preview, and the figure's source line says so too.
    for (const tag of [
      'name="description"',
      'property="og:description"',
      'name="twitter:description"',
    ])
      expect(html).toContain(`<meta ${tag} content="合成数据（演示用，非真实统计） Synthetic data`);
    const svg = readFileSync(join(dir, 'figure.svg'), 'utf8');
    // The source line of every figure, the atlas's downloads included (sourceLine).
    expect(svg).toContain('来源：教育地图 · 合成演示数据');
    expect(svg).not.toContain('按学校填报数据计算');
    const oembed = JSON.parse(readFileSync(join(dir, 'oembed.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: '教育地图 Education Atlas',
      provider_url: 'https://atlas.example.org/',
      thumbnail_url: `${base}figure.png`,
      width: 640,
    });
    expect(String(oembed.html)).toMatch(
      /^<iframe id="edu-atlas-\w+" src="https:\/\/atlas\.example\.org\/embed\/\?metric=/,
    );
    expect(String(oembed.html)).toContain('embed-resize.js');
  });

  it('leaves the iframe route (dist/embed/index.html) in place', () => {
    expect(readFileSync(join(out, 'embed', 'index.html'), 'utf8')).toBe('<!-- iframe route -->');
  });

  it('a generic image exists for the other views', () => {
    expect(pngSize(readFileSync(join(out, 'embed', 'generic.png')))).toEqual({
      width: 1200,
      height: expect.any(Number),
    });
  });

  it('figures are built from the same layouts and data as the live embeds (shared fetch layer)', async () => {
    const seen: string[] = [];
    const source = new AtlasDataSource('https://x.org/data/', async (url) => {
      seen.push(url);
      const body = readFileSync(join(data, new URL(url).pathname.replace('/data/', '')), 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(body) as unknown };
    });
    const { loadEmbed } = await import('../../src/embed/load');
    const spec: EmbedSpec = { ...DEFAULT_VIEW, view: 'chart', type: 'ranking', metric: METRIC };
    await Promise.all([
      loadEmbed({ ...spec }, '', source),
      loadEmbed({ ...spec, type: 'map' }, '', source),
    ]);
    expect(seen).toHaveLength(2);
    expect(new Set(seen).size).toBe(2);
  });
});

describe('static SVG snapshots', () => {
  for (const [region, type] of [
    ['000000', 'ranking'],
    ['110000', 'map'],
    ['460000', 'ranking'],
  ] as const) {
    it(`${region} ${type}`, async () => {
      const svg = readFileSync(join(out, 'embed', METRIC, region, type, 'figure.svg'), 'utf8');
      await expect(svg).toMatchFileSnapshot(`__snapshots__/${METRIC}-${region}-${type}.svg`);
    });
  }
});
