// The map view: <edu-map> of the children of the region in focus, the
// classification picker, and the ranked list (the map's non-visual twin).

import { html, nothing } from 'lit';
import { mapRegion } from '../view/focus';
import { classParamOf, defaultClassParam } from '../app/class-default';
import { CLASS_PARAMS, type ClassParam } from '../app/state';
import { tableRows } from '../app/table-rows';
import { figuresOf } from '../data/values';
import type { ClassMethod } from '../map/classify/types';
import {
  boundaryLayerFor,
  contextLayerFor,
  svgFilesOf,
  type MapLevel,
} from '../map/boundary-layer';
import { boundaryUrl, loadBoundaries, loadFirstBoundaries } from '../map/boundary-loader';
import { coverageStrings } from '../i18n/coverage';
import { sourceLine } from '../view/chart-place';
import type { ShellContext } from './shell-context';
import './unit-table';

const METHODS: Record<ClassParam, ClassMethod> = {
  quantile: 'quantile',
  equal: 'equal-interval',
  jenks: 'jenks',
  threshold: 'threshold',
  fixed: 'fixed',
};

/** At the nation: provinces or all prefectures; in a province: prefectures or all counties. */
function detailPicker(ctx: ShellContext) {
  const { s, focus } = ctx;
  const level = focus.unit.level;
  if (level !== 'nation' && level !== 'province') return nothing;
  const deep = level === 'nation' ? 'prefecture' : 'county';
  const labels = level === 'nation' ? [s.byProvince, s.byPrefecture] : [s.byPrefecture, s.byCounty];
  return html`<div class="field">
    <label for="by">${s.byLabel}</label>
    <select
      id="by"
      @change=${(e: Event) => ctx.set({ level: (e.target as HTMLSelectElement).value === deep ? deep : null })}
    >
      <option value="auto" ?selected=${ctx.state.level !== deep}>${labels[0]}</option>
      <option value=${deep} ?selected=${ctx.state.level === deep}>${labels[1]}</option>
    </select>
  </div>`;
}

/** SVG or PNG of the map as shown (the download code loads on first use). */
async function downloadMapView(ctx: ShellContext, format: 'svg' | 'png'): Promise<void> {
  const { s, focus, metric, locale } = ctx;
  const { downloadMap } = await import('../app/map-download');
  const level = focus.childLevel;
  const regionName =
    focus.parent.level === 'nation' && locale === 'en' ? 'China' : focus.parent.name;
  await downloadMap(
    {
      metric,
      level,
      region: mapRegion(focus),
      values: ctx.data.valuesFor(metric.id, ctx.year)?.levels[level] ?? null,
      classification: { method: METHODS[classParamOf(ctx.state.classification, metric)], k: 5 },
      title: `${metric.name[locale]} · ${regionName} · ${ctx.year}`,
      subtitle: s.classes[classParamOf(ctx.state.classification, metric)],
      locale,
      synthetic: ctx.synthetic,
      source: sourceLine(ctx.site, locale, ctx.synthetic),
      date: ctx.build.builtAt,
      boundariesBase: './boundaries/',
      fileParts: [metric.id, focus.parent.code, ctx.year],
      outside: coverageOnMap(ctx).outside,
      names: ctx.units.names(),
    },
    format,
  );
}

const BOUNDARIES = './boundaries/';

/**
 * Starts fetching (and parsing) the map's boundaries while the map element and
 * the values load: the first view waits for both. Cached by URL, so the map
 * finds them fetched; a failure is left for the map to report.
 */
function prefetchBoundaries(level: MapLevel, region: string): void {
  const layer = boundaryLayerFor(level, region);
  const context = contextLayerFor(level, region);
  void loadFirstBoundaries(BOUNDARIES, svgFilesOf(layer), layer.object).catch(() => null);
  if (context)
    void loadBoundaries(boundaryUrl(BOUNDARIES, context.file), context.object).catch(() => null);
}

/**
 * Starts what the map view will wait for, its values and its boundaries, as
 * soon as the index has arrived: the requests run while the shell renders.
 */
export function prefetchMapView(ctx: ShellContext): void {
  ctx.data.valuesFor(ctx.metric.id, ctx.year);
  prefetchBoundaries(ctx.focus.childLevel, mapRegion(ctx.focus));
}

/** One set per coverage and level, so that the map recolours only when it changes. */
const outsideSets = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/** Units of the map's level outside the data's scope, and what each partial unit covers. */
function coverageOnMap(ctx: ShellContext) {
  const { coverage, focus, year, locale } = ctx;
  let byLevel = outsideSets.get(coverage);
  if (!byLevel) outsideSets.set(coverage, (byLevel = new Map()));
  let outside = byLevel.get(focus.childLevel);
  if (!outside) {
    const codes = ctx.units.all
      .filter((u) => u.level === focus.childLevel && coverage.isContext(u))
      .map((u) => u.code);
    byLevel.set(focus.childLevel, (outside = new Set(codes)));
  }
  const notes = new Map<string, string>();
  for (const unit of focus.children) {
    const share = coverage.shareOf(unit, year);
    if (share)
      notes.set(
        unit.code,
        coverageStrings[locale].share(share.covered, share.total, share.childLevel),
      );
  }
  return { outside, notes };
}

export function mapPanel(ctx: ShellContext, mapDefined: boolean) {
  const { s, focus, metric, locale } = ctx;
  const values = ctx.data.valuesFor(metric.id, ctx.year);
  const rows = tableRows(focus.children, values, metric, (u) => ctx.coverage.shareOf(u, ctx.year));
  const parent = focus.parent;
  const parentValue = figuresOf(values, parent.level, parent.code)?.value ?? null;
  const regionName = parent.level === 'nation' && locale === 'en' ? 'China' : parent.name;
  const { outside, notes } = coverageOnMap(ctx);
  prefetchBoundaries(focus.childLevel, mapRegion(focus));
  // A partial region's own figure is labelled as such wherever it is compared.
  const referenceName = ctx.coverage.isPartial(parent, ctx.year)
    ? coverageStrings[locale].partialName(regionName)
    : regionName;
  // The map comes first (on a phone it fills the first screen); its class picker follows it,
  // next to the legend it changes.
  return html`<div class="map-layout">
    <div>
      ${
        mapDefined
          ? html`<edu-map
              .metric=${metric}
              .level=${focus.childLevel}
              .region=${mapRegion(focus)}
              .values=${values === undefined ? undefined : (values?.levels[focus.childLevel] ?? null)}
              .classification=${{ method: METHODS[classParamOf(ctx.state.classification, metric)], k: 5 }}
              .selected=${focus.unit.level === 'county' ? [focus.unit.code, ...ctx.state.select] : ctx.state.select}
              .locale=${locale}
              .boundariesBase=${BOUNDARIES}
              .synthetic=${ctx.synthetic}
              .regionName=${regionName}
              .reference=${parent.level === 'nation' ? null : { name: referenceName, value: parentValue }}
              .outside=${outside}
              .coverageNotes=${notes}
              .peerUnits=${focus.children}
              .names=${ctx.units.names()}
              .boundarySource=${s.boundarySource}
            ></edu-map>`
          : html`<p class="muted">${s.loading}</p>`
      }
      <div class="bar map-settings">
        <div class="field">
          <label for="class">${s.classLabel}</label>
          <select
            id="class"
            @change=${(e: Event) => {
              const chosen = (e.target as HTMLSelectElement).value as ClassParam;
              // The metric's default stays out of the URL, so it follows a change of metric.
              ctx.set({ classification: chosen === defaultClassParam(ctx.metric) ? null : chosen });
            }}
          >
            ${CLASS_PARAMS.map(
              (c) =>
                html`<option
                  value=${c}
                  ?selected=${c === classParamOf(ctx.state.classification, ctx.metric)}
                >
                  ${s.classes[c]}
                </option>`,
            )}
          </select>
        </div>
        ${detailPicker(ctx)}
      </div>
      <div class="downloads">
        <button type="button" @click=${() => void downloadMapView(ctx, 'svg')}>
          ${s.downloadSvg}
        </button>
        <button type="button" @click=${() => void downloadMapView(ctx, 'png')}>
          ${s.downloadPng}
        </button>
        <span class="muted small">${s.privacy}</span>
      </div>
    </div>
    <div class="side-list">
      <edu-unit-table
        .rows=${rows}
        .metric=${metric}
        .locale=${locale}
        .selected=${ctx.state.select}
        caption=${s.rankedList(metric.shortName[locale], regionName, ctx.year)}
      ></edu-unit-table>
    </div>
  </div>`;
}
