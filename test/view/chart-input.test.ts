// One view, one chart: the atlas (its URL state over its data controller),
// the embed (its attributes over the data it fetched) and the static image
// (scripts/embeds) draw the same chart input for the same view, for every
// chart kind, from one published data set.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactiveControllerHost } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { AtlasDataController } from '../../src/app/atlas-data-controller';
import { chartSpec } from '../../src/app/chart-inputs';
import { parseState } from '../../src/app/url-state';
import { renderSvgString } from '../../src/charts/render-svg-string';
import type { AtlasIndex } from '../../src/contract';
import { AtlasDataSource } from '../../src/data/source';
import { UnitDirectory } from '../../src/data/units';
import { embedChartData } from '../../src/embed/chart-data';
import { atlasViewUrl, embedAttributes } from '../../src/embed/links';
import { loadEmbed, type Loaded } from '../../src/embed/load';
import { parseEmbedParams, type RawEmbedParams } from '../../src/embed/params';
import { chartInput, chartNeeds, type ChartData } from '../../src/view/chart-input';
import { sceneOf } from '../../src/view/chart-scene';
import { CHART_KINDS, EMBED_DEFAULT_VIEW, type ViewSpec } from '../../src/view/spec';
import { BoundaryCache, FIGURE_WIDTH, figureScene } from '../../scripts/embeds/figures';
import { buildTestData, ROOT } from '../embed/test-data';

const SITE = 'https://atlas.example.org/';
let data = '';
let index: AtlasIndex;

beforeAll(() => {
  data = buildTestData();
  index = JSON.parse(readFileSync(join(data, 'v1/index.json'), 'utf8')) as AtlasIndex;
}, 180_000);

/** A data source over the built folder, recording what is fetched. */
function sourceOf(seen: string[] = []): AtlasDataSource {
  return new AtlasDataSource(`${SITE}data/`, async (url) => {
    seen.push(url);
    const body = readFileSync(join(data, new URL(url).pathname.replace('/data/', '')), 'utf8');
    return { ok: true, status: 200, json: async () => JSON.parse(body) as unknown };
  });
}

/** The embed of a view: its element's attributes, parsed, checked and loaded. */
async function embedOf(view: ViewSpec, seen?: string[]): Promise<Loaded> {
  const attributes = Object.fromEntries(embedAttributes(view)) as RawEmbedParams;
  const parsed = parseEmbedParams(attributes);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const loaded = await loadEmbed(parsed.value, '', sourceOf(seen));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.value;
}

/** The atlas at the embed's "view in the atlas" link, once every file it asks for has arrived. */
async function atlasChart(link: string) {
  const host = { addController: () => undefined, requestUpdate: () => undefined };
  const controller = new AtlasDataController(host as unknown as ReactiveControllerHost, sourceOf());
  controller.hostConnected();
  const { state } = parseState(new URL(link).search);
  for (let i = 0; i < 200; i++) {
    const chart = controller.index ? chartSpec({ state, data: controller }) : null;
    if (chart) return chart;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`the atlas never drew ${link}`);
}

const VIEWS: Record<(typeof CHART_KINDS)[number], Partial<ViewSpec>> = {
  ranking: { region: '410000' },
  trend: { region: '410000', select: ['410600', '411700'] },
  scatter: { region: '000000', level: 'prefecture', xMetric: 'class_multimedia_rate' },
  compare: { region: '410000', select: ['410600', '411700', '410100'], lang: 'en' },
  change: { region: '410000', metric: 'class_multimedia_rate' },
};

describe('one chart input for a view', () => {
  for (const kind of CHART_KINDS) {
    it(`${kind}: the atlas, the embed and the static image draw the same input`, async () => {
      const view: ViewSpec = { ...EMBED_DEFAULT_VIEW, chart: kind, ...VIEWS[kind] };
      const seen: string[] = [];
      const { spec, data: fetched, chart } = await embedOf(view, seen);
      const embed = chartInput(spec, embedChartData(fetched));
      expect(embed?.kind).toBe(kind);
      // The embed drew it with the ranking's builder alone, or with every chart's.
      expect(chart).toEqual(embed);
      // The embed fetched only what the input reads (the index, then its needs).
      expect(seen.length).toBeGreaterThan(1);
      const atlas = await atlasChart(atlasViewUrl(SITE, spec));
      expect(atlas).toEqual(embed);
      // A chart download and a static image are the same input drawn.
      expect(renderSvgString(sceneOf(atlas, FIGURE_WIDTH))).toBe(
        renderSvgString(sceneOf(embed!, FIGURE_WIDTH)),
      );
    });
  }

  it('the static ranking image is the embed’s ranking', async () => {
    const { spec, data: fetched } = await embedOf({ ...EMBED_DEFAULT_VIEW, region: '410000' });
    const boundaries = new BoundaryCache(join(ROOT, 'data/boundaries'));
    const embed = chartInput(spec, embedChartData(fetched))!;
    expect(renderSvgString(figureScene(spec, fetched, boundaries))).toBe(
      renderSvgString(sceneOf(embed, FIGURE_WIDTH)),
    );
  });

  it('a map embed lists the ranking the atlas makes for its map view', async () => {
    const view: ViewSpec = { ...EMBED_DEFAULT_VIEW, view: 'map', region: '410000', lang: 'en' };
    const { spec, data: fetched, chart } = await embedOf(view);
    expect(chart?.kind).toBe('ranking');
    expect(chart).toEqual(chartInput(spec, embedChartData(fetched)));
  });

  it('a municipality shows its districts, in the atlas and the embed alike', async () => {
    const view: ViewSpec = { ...EMBED_DEFAULT_VIEW, region: '110000' };
    const { spec, data: fetched } = await embedOf(view);
    const embed = chartInput(spec, embedChartData(fetched))!;
    expect(embed.level).toBe('county');
    expect(await atlasChart(atlasViewUrl(SITE, spec))).toEqual(embed);
  });

  it('asks for nothing the needs did not announce, and is null until a file arrives', () => {
    const empty = embedChartDataFor();
    for (const kind of CHART_KINDS) {
      const spec: ViewSpec = { ...EMBED_DEFAULT_VIEW, chart: kind, ...VIEWS[kind] };
      const needs = chartNeeds(spec, {
        index,
        units: () => empty.units,
        coverage: () => empty.coverage,
      });
      const asked: string[] = [];
      const none: ChartData = {
        ...empty,
        values: (metric, year) => void asked.push(`${metric}:${year}`),
        series: (scope) => void asked.push(scope),
      };
      expect(chartInput(spec, none), kind).toBeNull();
      const announced = [
        ...needs.values.map((v) => `${v.metric}:${v.year}`),
        ...needs.series,
      ].sort();
      expect([...new Set(asked)].sort(), kind).toEqual(announced);
    }
  });
});

/** The data set's index and unit tree, with no file loaded. */
function embedChartDataFor(): ChartData {
  return embedChartData({
    index,
    units: new UnitDirectory(index.units),
    values: new Map(),
    series: new Map(),
  });
}
