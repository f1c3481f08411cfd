// <edu-chart>: one chart or map of the atlas on any page. Attributes in
// (the atlas link's parameters: metric, year, region, level, chart, select, x,
// from, lang, theme; the older type, codes, metric2; and data-base), fetches
// only what its chart needs through the page's shared data source, and shows
// the chart with its title, source, date and synthetic label, a link back to
// the atlas, or an inline message when an attribute is wrong.

import {
  adoptStyles,
  html,
  LitElement,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
// The commonest embed, a ranking, draws without waiting for a second chunk; the other charts
// load their element when one is on the page.
import '../charts/ranking/element';
import type { ChartInput } from '../view/chart-place';
import { atlasViewUrl } from './links';
import { loadEmbed, type Loaded } from './load';
import type * as MapFigure from './map-figure';
import { prepareMap } from './map-loader';
import {
  languageOf,
  localeOf,
  parseEmbedParams,
  type EmbedProblem,
  type EmbedType,
  type RawEmbedParams,
} from './params';
import { embedStyles } from './styles';
import { chartTemplate, loadFailedTemplate, loadingTemplate } from './templates';
import type * as Problems from './problems';
import { embedStrings } from '../i18n/embed';

type ChartType = Exclude<EmbedType, 'map'>;

const CHART_MODULES: Record<Exclude<ChartType, 'ranking'>, () => Promise<unknown>> = {
  trend: () => import('../charts/trend/element'),
  compare: () => import('../charts/compare/element'),
  scatter: () => import('../charts/scatter/element'),
  change: () => import('../charts/change/element'),
};

/** Defines the chart's element (the ranking's is always defined). */
function chartElement(type: ChartType): Promise<unknown> {
  return type === 'ranking' ? Promise.resolve() : CHART_MODULES[type]();
}

type View =
  | { kind: 'loading' }
  | { kind: 'problems'; problems: EmbedProblem[]; messages: typeof Problems }
  | { kind: 'failed' }
  | { kind: 'ready'; loaded: Loaded; chart: ChartInput; map: typeof MapFigure | null };

let defaultDataBase = './data/';

/** Set by the entry module: the data folder next to embed.js. */
export function setDefaultDataBase(url: string): void {
  defaultDataBase = url;
}

export class EduChartEmbed extends LitElement {
  static override styles = embedStyles;
  static override properties: PropertyDeclarations = {
    type: {},
    viewParam: { attribute: 'view' },
    chart: {},
    metric: {},
    x: {},
    metric2: {},
    year: {},
    from: {},
    region: {},
    level: {},
    select: {},
    codes: {},
    by: {},
    locale: { attribute: 'lang' },
    theme: {},
    dataBase: { attribute: 'data-base' },
    view: { state: true },
  };

  declare type: string | null;
  /** The `view` attribute (`chart` or `map`); `view` is the element's own state. */
  declare viewParam: string | null;
  declare chart: string | null;
  declare metric: string | null;
  declare x: string | null;
  declare metric2: string | null;
  declare year: string | null;
  declare from: string | null;
  declare region: string | null;
  declare level: string | null;
  declare select: string | null;
  declare codes: string | null;
  declare by: string | null;
  declare locale: string | null;
  declare theme: string | null;
  declare dataBase: string | null;
  declare view: View;

  /** `map` for <edu-embed-map>; null reads the type attribute. */
  protected readonly fixedType: EmbedType | null = null;
  private token = 0;

  constructor() {
    super();
    this.view = { kind: 'loading' };
  }

  private raw(): RawEmbedParams {
    const { type, viewParam, chart, metric, x, metric2, year, from, region, level } = this;
    const { select, codes, by, locale, theme } = this;
    return {
      ...{ type, view: viewParam, chart, metric, x, metric2, year, from, region, level },
      ...{ select, codes, by, lang: locale, theme },
    };
  }

  private get base(): string {
    return new URL(this.dataBase || defaultDataBase, document.baseURI).href;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ([...changed.keys()].some((k) => k !== 'view')) void this.load();
  }

  private async load(): Promise<void> {
    const token = ++this.token;
    this.view = { kind: 'loading' };
    try {
      const parsed = parseEmbedParams(this.raw(), this.fixedType ?? undefined);
      if (!parsed.ok) {
        await this.showProblems(token, parsed.problems);
        return;
      }
      const type = parsed.value.type;
      const [loaded, map] = await Promise.all([
        loadEmbed(parsed.value, this.base),
        type === 'map' ? prepareMap() : chartElement(type).then(() => null),
      ]);
      if (token !== this.token) return;
      if (map) adoptStyles(this.renderRoot as ShadowRoot, [...embedStyles, map.mapFigureStyles]);
      if (!loaded.ok) {
        await this.showProblems(token, loaded.problems);
        return;
      }
      const { spec, chart } = loaded.value;
      if (!chart) throw new Error(`no data for ${spec.metric} in ${spec.year}`);
      this.view = { kind: 'ready', loaded: loaded.value, chart, map };
    } catch (error) {
      if (token !== this.token) return;
      console.error('edu-chart:', error);
      this.view = { kind: 'failed' };
    }
  }

  /** The messages are loaded with the first problem (a chart that draws never needs them). */
  private async showProblems(token: number, problems: EmbedProblem[]): Promise<void> {
    const messages = await import('./problems');
    if (token === this.token) this.view = { kind: 'problems', problems, messages };
  }

  override render(): TemplateResult {
    const lang = languageOf(this.raw());
    const theme = ['light', 'dark', 'auto'].includes(this.theme ?? '') ? this.theme : 'light';
    return html`<div class="wrap ${theme}" lang=${lang === 'zh' ? 'zh-CN' : 'en'}>
      ${this.body(lang)}
    </div>`;
  }

  private body(lang: 'zh' | 'en'): TemplateResult {
    const view = this.view;
    switch (view.kind) {
      case 'loading':
        return loadingTemplate(lang);
      case 'failed':
        return loadFailedTemplate(lang);
      case 'problems': {
        // Without a valid lang the message cannot know the reader's language: say it in both.
        const chosen = localeOf(this.locale);
        return view.messages.problemTemplate(view.problems, chosen ? [chosen] : ['zh', 'en']);
      }
      case 'ready':
        return this.figure(view.loaded, view.chart, view.map);
    }
  }

  private figure(
    { spec, data }: Loaded,
    chart: ChartInput,
    map: typeof MapFigure | null,
  ): TemplateResult {
    const site = new URL('../', this.base).href;
    const href = atlasViewUrl(site, spec);
    const body =
      map && chart.kind === 'ranking'
        ? map.mapTemplate({
            spec,
            data,
            chart,
            boundariesBase: new URL('../boundaries/', this.base).href,
          })
        : html`<div class="chart">${chartTemplate(chart)}</div>`;
    return html`${body}<a class="back" href=${href} target="_blank" rel="noopener"
        >${embedStrings[spec.lang].viewInAtlas} ↗</a
      >`;
  }
}

/** <edu-embed-map>: the same embed, always a map (<edu-map> is the atlas's own element). */
export class EduEmbedMap extends EduChartEmbed {
  protected override readonly fixedType: EmbedType | null = 'map';
}
