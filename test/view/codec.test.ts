import { describe, expect, it } from 'vitest';
import { frameParams } from '../../src/embed/frame-params';
import { atlasViewUrl, embedAttributes, embedFrameUrl } from '../../src/embed/links';
import { parseEmbedParams } from '../../src/embed/params';
import { parseState } from '../../src/app/url-state';
import { paramsOfQuery, parseView, serialiseView } from '../../src/view/codec';
import {
  CHART_KINDS,
  DEFAULT_VIEW,
  EMBED_DEFAULT_VIEW,
  VIEWS,
  type ViewSpec,
} from '../../src/view/spec';

const round = (spec: ViewSpec, defaults = DEFAULT_VIEW): ViewSpec =>
  parseView(paramsOfQuery(serialiseView(spec, defaults)), defaults).spec;

const VARIANTS: Partial<ViewSpec>[] = [
  {},
  { metric: 'class_multimedia_rate', year: 2021, region: '410600' },
  { region: '410000', level: 'county', select: ['410611', '410602'] },
  { xMetric: 'preschool_gross_enrollment', from: 2016, lang: 'en' },
  { classification: 'jenks', target: 92.5, theme: 'dark' },
  { region: '000000', level: 'prefecture', select: ['410600'] },
];

describe('the view codec', () => {
  it('parse(serialise(spec)) is the spec for every view, chart and variant, under both defaults', () => {
    let count = 0;
    for (const view of VIEWS)
      for (const chart of CHART_KINDS)
        for (const variant of VARIANTS)
          for (const defaults of [DEFAULT_VIEW, EMBED_DEFAULT_VIEW]) {
            const spec: ViewSpec = { ...DEFAULT_VIEW, ...variant, view, chart };
            expect(round(spec, defaults), serialiseView(spec, defaults)).toEqual(spec);
            count += 1;
          }
    expect(count).toBe(VIEWS.length * CHART_KINDS.length * VARIANTS.length * 2);
  });

  it('a named chart opens the chart view unless the link names another view', () => {
    expect(parseView(paramsOfQuery('?chart=trend')).spec).toMatchObject({
      view: 'chart',
      chart: 'trend',
    });
    expect(parseView(paramsOfQuery('?view=map&chart=trend')).spec.view).toBe('map');
    // …so a map that remembers its chart says "view=map".
    expect(serialiseView({ ...DEFAULT_VIEW, chart: 'trend' })).toBe('?view=map&chart=trend');
  });

  it('level is the level of the units shown, so a province can show all its counties', () => {
    const { spec, problems } = parseView(paramsOfQuery('?region=410000&level=county'));
    expect(problems).toEqual([]);
    expect(spec).toMatchObject({ region: '410000', level: 'county' });
    expect(parseView(paramsOfQuery('?level=nation')).problems.map((p) => p.field)).toEqual([
      'level',
    ]);
  });

  it('reads the older names: type, codes, by, and metric2 (x = metric, metric = metric2)', () => {
    const { spec, problems } = parseView(
      paramsOfQuery(
        '?type=scatter&metric=public_kindergarten_share&metric2=class_multimedia_rate&codes=410600&by=county',
      ),
    );
    expect(problems).toEqual([]);
    expect(spec).toMatchObject({
      view: 'chart',
      chart: 'scatter',
      metric: 'class_multimedia_rate',
      xMetric: 'public_kindergarten_share',
      select: ['410600'],
      level: 'county',
    });
    expect(parseView(paramsOfQuery('?type=map')).spec.view).toBe('map');
    // The modern name wins over the older one.
    expect(parseView(paramsOfQuery('?select=410700&codes=410600')).spec.select).toEqual(['410700']);
  });

  it('names every invalid parameter and keeps its default', () => {
    const { spec, problems } = parseView(
      paramsOfQuery('?metric=x&year=99&region=41&level=town&view=globe&select=1,2&lang=fr&x=y'),
    );
    expect(spec).toEqual(DEFAULT_VIEW);
    expect(problems.map((p) => `${p.field}:${p.reason}`)).toEqual([
      'metric:unknown',
      'year:malformed',
      'region:malformed',
      'level:unknown',
      'view:unknown',
      'select:malformed',
      'lang:unknown',
      'x:unknown',
    ]);
  });
});

describe('every link the project writes opens the same view', () => {
  const SITE = 'https://atlas.example.org/';
  const specs: ViewSpec[] = [
    { ...DEFAULT_VIEW, metric: 'class_multimedia_rate', region: '410000', year: 2023 },
    {
      ...DEFAULT_VIEW,
      view: 'chart',
      chart: 'scatter',
      region: '410000',
      level: 'county',
      xMetric: 'preschool_gross_enrollment',
      lang: 'en',
    },
    { ...DEFAULT_VIEW, view: 'chart', chart: 'change', from: 2021, region: '410600' },
    { ...DEFAULT_VIEW, view: 'chart', chart: 'trend', select: ['410600', '410700'] },
  ];

  it('the atlas reads back what an embed or the share dialog links to', () => {
    for (const spec of specs) {
      const url = new URL(atlasViewUrl(SITE, spec));
      // The site's defaults differ (a prefecture site): the link still says metric and region.
      const siteDefaults = {
        ...DEFAULT_VIEW,
        region: '410600',
        metric: 'preschool_gross_enrollment' as const,
      };
      expect(parseState(url.search, siteDefaults)).toEqual({ state: spec, invalid: [] });
    }
  });

  it('the iframe route and the script element read the same embed', () => {
    for (const spec of specs) {
      const frame = frameParams(new URL(embedFrameUrl(SITE, spec, 'id1')).search);
      const fromFrame = parseEmbedParams(frame.attributes);
      // The map's element (<edu-embed-map>) is the map: its tag says the view.
      const tag = spec.view === 'map' ? 'map' : undefined;
      const fromAttributes = parseEmbedParams(Object.fromEntries(embedAttributes(spec)), tag);
      expect(fromFrame.ok && fromFrame.value.type).toBe(spec.view === 'map' ? 'map' : spec.chart);
      if (!fromFrame.ok || !fromAttributes.ok) throw new Error('embed did not parse');
      const { type, selectParam, ...view } = fromFrame.value;
      expect(type).toBeTruthy();
      expect(selectParam).toBe('select');
      expect(view).toEqual(spec);
      expect(fromAttributes.value).toEqual(fromFrame.value);
    }
  });
});
