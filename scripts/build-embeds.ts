// npm run build:embeds -- --data public/data --out dist [--site https://atlas.example.org/]
//
// Static fallbacks of the embeds, run after `vite build`: for every metric at
// its latest year, the national ranking and map by province, and each
// province's ranking and map of its units, as SVG and PNG, each with a static
// page dist/embed/<metric>/<region>/<type>/index.html (image, link to the
// live atlas, Open Graph and Twitter card, oEmbed discovery) and oembed.json.
// Also dist/embed/generic.png for views without a static image.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderSvgString } from '../src/charts/render-svg-string';
import { AtlasDataSource, type Fetcher } from '../src/data/source';
import { METRICS } from '../src/contract';
import { atlasViewUrl, staticEmbedPath } from '../src/embed/links';
import { loadEmbed } from '../src/embed/load';
import { iframeSnippet } from '../src/embed/snippets';
import { bilingualTitle, brandAtlasPage } from './embeds/atlas-page';
import { BoundaryCache, figureScene, staticSpec } from './embeds/figures';
import { subsetFontFiles } from './embeds/fonts';
import { genericScene } from './embeds/generic';
import { staticJobs } from './embeds/jobs';
import { oembedJson, staticPageHtml } from './embeds/page';
import { svgToPng, withBundledFont } from './embeds/png';

const PNG_SCALE = 1.5;

function usage(message: string): never {
  console.error(`build:embeds: ${message}`);
  console.error(
    'usage: build-embeds --data DIR --out DIR [--boundaries DIR] [--site URL] [--metric ID,...] [--only N]',
  );
  process.exit(2);
}

function fsFetcher(root: string): Fetcher {
  return async (url) => {
    const path = join(root, decodeURIComponent(new URL(url).pathname));
    try {
      const text = readFileSync(path, 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
    } catch {
      return { ok: false, status: 404, json: async () => null };
    }
  };
}

function sourceText(): string {
  const root = resolve(import.meta.dirname, '..');
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, 'src', f));
  return [...files, join(root, 'scripts/embeds/generic.ts')]
    .map((f) => readFileSync(f, 'utf8'))
    .join('');
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      boundaries: { type: 'string', default: 'data/boundaries' },
      site: { type: 'string', default: process.env.ATLAS_SITE_URL ?? '' },
      only: { type: 'string' },
      metric: { type: 'string' },
    },
  });
  if (!args.data || !args.out) usage('--data and --out are required');
  const started = performance.now();
  const out = resolve(args.out);
  const site = args.site ? (args.site.endsWith('/') ? args.site : `${args.site}/`) : '';
  if (!site)
    console.warn(
      'build:embeds: no --site (or ATLAS_SITE_URL): og:image and oEmbed URLs are relative',
    );
  if (!existsSync(join(resolve(args.data), 'v1/index.json'))) {
    // A site can be built before its data (npm start, or npm run build:data -- --input DIR).
    console.warn(`build:embeds: no published data in ${args.data}: no static embeds written`);
    return;
  }
  const source = new AtlasDataSource('file:///', fsFetcher(resolve(args.data)));
  const index = await source.index();
  // The atlas page is named after the site (its scope, or site.json): title and Open Graph tags.
  const atlasPage = join(out, 'index.html');
  if (existsSync(atlasPage))
    writeFileSync(
      atlasPage,
      brandAtlasPage(readFileSync(atlasPage, 'utf8'), index.site, index.build.synthetic),
    );
  const boundaries = new BoundaryCache(resolve(args.boundaries));

  const fontDir = join(tmpdir(), `edu-embed-fonts-${process.pid}`);
  // Every character an image can show: unit names, and every string in the code
  // (catalogue, chart, map and embed strings), so no label falls out of the subset.
  const texts = [...index.units.name, ...METRICS.map((m) => m.name.zh), sourceText()].join('');
  const fontFiles = await subsetFontFiles(texts, fontDir);
  const fontMs = performance.now() - started;

  const jobs = staticJobs(index, args.metric ? args.metric.split(',') : undefined);
  const selected = args.only ? jobs.slice(0, Number(args.only)) : jobs;
  let layoutMs = 0;
  let pngMs = 0;
  // Replace the figures of earlier builds, but never dist/embed/index.html (the iframe route).
  for (const metric of new Set(jobs.map((j) => j.metric))) {
    rmSync(join(out, 'embed', metric), { recursive: true, force: true, maxRetries: 2 });
  }
  for (const job of selected) {
    const t0 = performance.now();
    const loaded = await loadEmbed(
      staticSpec(job.metric, job.region, job.type, job.year),
      'file:///',
      source,
    );
    if (!loaded.ok)
      throw new Error(`${job.metric}/${job.region}: ${JSON.stringify(loaded.problems)}`);
    const { spec, data } = loaded.value;
    const scene = figureScene(spec, data, boundaries);
    const svg = withBundledFont(renderSvgString(scene));
    const t1 = performance.now();
    const png = svgToPng(svg, { fontFiles, scale: PNG_SCALE });
    const t2 = performance.now();
    layoutMs += t1 - t0;
    pngMs += t2 - t1;

    const rel = staticEmbedPath(job.metric, job.region, job.type);
    const dir = join(out, rel);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'figure.svg'), svg);
    writeFileSync(join(dir, 'figure.png'), png);
    // The static page's view: the same spec its image was drawn from.
    const view = spec;
    // Without --site, URLs are relative to the page (embed/<metric>/<region>/<type>/).
    const folder = site ? `${site}${rel}` : '';
    const siteOrUp = site || '../../../../';
    const page = {
      title: scene.title,
      description: scene.subtitle,
      png: `${folder}figure.png`,
      svg: `${folder}figure.svg`,
      oembed: `${folder}oembed.json`,
      atlas: atlasViewUrl(siteOrUp, view),
      iframeHtml: iframeSnippet(siteOrUp, view),
      width: scene.width,
      height: scene.height,
      pngWidth: Math.round(scene.width * PNG_SCALE),
      pngHeight: Math.round(scene.height * PNG_SCALE),
      synthetic: index.build.synthetic,
      siteName: bilingualTitle(index.site),
    };
    writeFileSync(join(dir, 'oembed.json'), oembedJson(page, siteOrUp));
    writeFileSync(join(dir, 'index.html'), staticPageHtml(page));
  }
  const generic = withBundledFont(renderSvgString(genericScene(index.build.synthetic)));
  mkdirSync(join(out, 'embed'), { recursive: true });
  writeFileSync(join(out, 'embed', 'generic.png'), svgToPng(generic, { fontFiles, scale: 1 }));
  rmSync(fontDir, { recursive: true, force: true });
  const total = (performance.now() - started) / 1000;
  console.log(
    `build:embeds: ${selected.length} figures (${selected.length * 2} images) in ${total.toFixed(1)} s ` +
      `(fonts ${(fontMs / 1000).toFixed(1)} s, layout+SVG ${(layoutMs / 1000).toFixed(1)} s, PNG ${(pngMs / 1000).toFixed(1)} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
