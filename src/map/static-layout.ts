// A static choropleth as a ChartScene: the boundary geometry projected with
// d3-geo, coloured by the map module's own classification and colours, with
// the same frame (title, source, date, synthetic label) as the charts, so
// renderSvgString draws it like any chart.

import { geoContains, geoMercator, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import { patternMarks, type PatternKind } from './patterns';
import type { LegendEntry } from './legend';
import { composeScene, header, PAD, SMALL_SIZE, LABEL_SIZE, type Block } from '../charts/frame';
import type { ChartScene, Mark } from '../charts/scene';
import { measureText } from '../charts/text';
import { TEXT, TEXT_MUTED } from '../charts/colors';
import { mapStrings } from '../i18n/map';
import type { MetricDefinition } from '../contract';
import type { Locale } from '../format';
import {
  colourPlan,
  defaultClassification,
  groundColour,
  legendCodes,
  type ClassificationSettings,
  type ColourPlan,
} from './colour-plan';
import { NO_DATA_COLOUR, PARTIAL_COLOUR, PARTIAL_HATCH } from './colour';
import { LIGHT_THEME } from './theme';
import { labelCandidates, MAP_LABEL_SIZE, placeLabels } from './labels';
import { labelInk } from './label-ink';
import { isInReferenceList, type MapLevel } from './boundary-layer';
import { mainBounds, type UnitFeature } from './topology';
import type { UnitValue } from './values';

export interface MapSceneInput {
  metric: MetricDefinition;
  level: MapLevel;
  title: string;
  subtitle: string;
  /** Units in focus (coloured) and the grey context around them. */
  shown: readonly UnitFeature[];
  context: readonly UnitFeature[];
  values: ReadonlyMap<string, UnitValue>;
  locale: Locale;
  width: number;
  mapHeight: number;
  synthetic: boolean;
  source: string;
  date?: string;
  /** As on screen; quantiles in five classes by default. */
  classification?: ClassificationSettings;
  /** Codes outside the data's scope: drawn as context, as on screen. */
  outside?: ReadonlySet<string>;
  /** Unit names in the figure's language by code (default: the boundaries' Chinese names). */
  names?: ReadonlyMap<string, string>;
}

const SWATCH = 12;

/** Drops projected points closer than `min` px to the last one kept: a 640 px
 * map does not need the boundaries' full detail (SVGs ~5× smaller). */
function pixelFilter(out: GeoStream, min = 0.8): GeoStream {
  let last: [number, number] | null = null;
  let pending: [number, number] | null = null;
  return {
    point(x, y) {
      if (last && Math.abs(x - last[0]) < min && Math.abs(y - last[1]) < min) {
        pending = [x, y];
        return;
      }
      out.point(x, y);
      last = [x, y];
      pending = null;
    },
    lineStart() {
      last = pending = null;
      out.lineStart();
    },
    lineEnd() {
      if (pending) out.point(pending[0], pending[1]);
      last = pending = null;
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

/** The pattern a legend entry or a unit carries, if any. */
function patternOf(kind: LegendEntry['kind']): PatternKind | null {
  return kind === 'no-data' || kind === 'partial' || kind === 'incomplete' || kind === 'over_100'
    ? kind
    : null;
}

function legendBlock(
  entries: { colour: string; label: string; kind: LegendEntry['kind'] }[],
  width: number,
  top: number,
): Block {
  const marks: Mark[] = [];
  let x = PAD;
  let y = top + 8;
  for (const entry of entries) {
    const w = SWATCH + 4 + measureText(entry.label, SMALL_SIZE) + 14;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += 18;
    }
    marks.push(
      {
        kind: 'rect',
        role: 'legend-swatch',
        x,
        y,
        width: SWATCH,
        height: SWATCH,
        fill: entry.colour,
        stroke: '#8c959f',
        strokeWidth: 0.5,
      },
      ...swatchPattern(entry.kind, x, y),
      {
        kind: 'text',
        role: 'legend-label',
        x: x + SWATCH + 4,
        y: y + 10,
        text: entry.label,
        fill: TEXT,
        fontSize: SMALL_SIZE,
      },
    );
    x += w;
  }
  return { marks, height: y + SWATCH + 6 - top };
}

/**
 * Unit names, chosen by the interactive map's own rule (placeLabels) in the
 * map's frame, each in the ink that reads on its fill.
 */
function mapLabels(
  input: MapSceneInput,
  plan: ColourPlan,
  projection: GeoProjection,
  top: number,
  mapHeight: number,
): Mark[] {
  const units = input.shown.flatMap((f) => {
    const bounds = mainBounds([f]);
    const name = input.names?.get(f.properties.code) ?? f.properties.name;
    return bounds && isInReferenceList(f.properties.code)
      ? [{ ...f.properties, name, bounds }]
      : [];
  });
  const project = (p: [number, number]) => {
    const at = projection(p);
    return at ? { x: at[0], y: at[1] - top } : null;
  };
  const placed = placeLabels(labelCandidates(units, project, input.level), {
    width: input.width,
    height: mapHeight,
  });
  return placed.map((l) => {
    const ink = labelInk(groundColour(plan, l.code, LIGHT_THEME));
    return {
      kind: 'text',
      role: 'map-label',
      x: l.x,
      y: l.y + top + MAP_LABEL_SIZE / 3,
      text: l.name,
      fill: ink.text,
      fontSize: MAP_LABEL_SIZE,
      anchor: 'middle',
      // The scene's halo is the page ground: behind dark ink only.
      halo: ink.tone === 'dark',
    };
  });
}

function swatchPattern(kind: LegendEntry['kind'], x: number, y: number): Mark[] {
  const pattern = patternOf(kind);
  if (!pattern) return [];
  // Inset by one pixel so that the marks stay inside the swatch's edge.
  const box: [number, number, number, number] = [x + 1, y + 1, x + SWATCH - 1, y + SWATCH - 1];
  const inside = (px: number, py: number) =>
    px >= box[0] && px <= box[2] && py >= box[1] && py <= box[3];
  return patternMarks(
    pattern,
    { box, inside },
    undefined,
    pattern === 'incomplete' || pattern === 'over_100' ? 5 : 4,
  );
}

/** Patterns over the units as on screen: no data, partial, and the flags of classed values. */
function unitPatterns(
  shown: readonly UnitFeature[],
  plan: ColourPlan,
  projection: GeoProjection,
  frame: [number, number, number, number],
): Mark[] {
  const bounds = geoPath(projection);
  return shown.flatMap((f) => {
    const code = f.properties.code;
    const mark = plan.marks.get(code);
    const kinds: PatternKind[] =
      mark === 'outside' || !isInReferenceList(code)
        ? []
        : mark === 'partial'
          ? ['partial']
          : plan.fills.get(code)
            ? (plan.flagged.get(code) ?? [])
            : ['no-data'];
    if (!kinds.length) return [];
    const [[x0, y0], [x1, y1]] = bounds.bounds(f);
    const box: [number, number, number, number] = [
      Math.max(x0, frame[0]),
      Math.max(y0, frame[1]),
      Math.min(x1, frame[2]),
      Math.min(y1, frame[3]),
    ];
    const inside = (x: number, y: number): boolean => {
      const at = projection.invert?.([x, y]);
      return at ? geoContains(f, at) : false;
    };
    return kinds.flatMap((kind) => patternMarks(kind, { box, inside }, code));
  });
}

export function layoutStaticMap(input: MapSceneInput): ChartScene {
  const { width, mapHeight, locale } = input;
  const head = header(input.title, input.subtitle, width);
  const top = head.height;
  const fitBounds = mainBounds([...input.shown]) ?? [
    [73, 18],
    [135, 54],
  ];
  const [[w, s], [e, n]] = fitBounds;
  const outline: GeoJSON.Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [w, s],
        [e, n],
        [w, n],
        [e, s],
      ],
    },
  };
  const projection = geoMercator().fitExtent(
    [
      [PAD, top + 4],
      [width - PAD, top + mapHeight - 4],
    ],
    outline,
  );
  // Context provinces reach beyond the frame: clip in screen space.
  projection.clipExtent([
    [0, top],
    [width, top + mapHeight],
  ]);
  const path = geoPath({ stream: (out) => projection.stream(pixelFilter(out)) }).digits(1);
  const codes = legendCodes(input.shown.map((f) => f.properties.code));
  const settings = input.classification ?? defaultClassification(input.metric);
  const plan = colourPlan(codes, input.values, input.metric, settings, locale, {}, input.outside);
  const marks: Mark[] = [
    {
      kind: 'rect',
      role: 'map-ground',
      x: 0,
      y: top,
      width,
      height: mapHeight,
      fill: LIGHT_THEME.background,
    },
  ];
  for (const f of input.context) {
    const d = path(f);
    if (d)
      marks.push({
        kind: 'path',
        role: 'context',
        d,
        fill: LIGHT_THEME.context,
        stroke: LIGHT_THEME.contextLine,
        strokeWidth: 0.6,
      });
  }
  for (const f of input.shown) {
    const d = path(f);
    if (!d) continue;
    const mark = plan.marks.get(f.properties.code);
    const fill =
      mark === 'outside'
        ? LIGHT_THEME.context
        : mark === 'partial'
          ? PARTIAL_COLOUR
          : (plan.fills.get(f.properties.code) ?? NO_DATA_COLOUR);
    marks.push({
      kind: 'path',
      role: 'unit',
      code: f.properties.code,
      d,
      fill,
      // A partial value: a dashed edge, never a class colour (as on screen).
      stroke: mark === 'partial' ? PARTIAL_HATCH : LIGHT_THEME.line,
      strokeWidth: mark === 'partial' ? 1.5 : 0.8,
      ...(mark === 'partial' ? { dash: '3 2' } : {}),
    });
  }
  marks.push(...unitPatterns(input.shown, plan, projection, [0, top, width, top + mapHeight]));
  marks.push(...mapLabels(input, plan, projection, top, mapHeight));
  const legendTitle: Mark = {
    kind: 'text',
    role: 'legend-title',
    x: PAD,
    y: top + mapHeight + 18,
    text: `${plan.legend.title} · ${plan.legend.method}`,
    fill: TEXT_MUTED,
    fontSize: LABEL_SIZE,
  };
  const legend = legendBlock(
    plan.legend.entries.map((e) => ({
      colour: e.colour,
      kind: e.kind,
      label: locale === 'zh' ? `${e.label}（${e.count}）` : `${e.label} (${e.count})`,
    })),
    width,
    top + mapHeight + 22,
  );
  const strings = mapStrings[locale];
  const body: Block = {
    marks: [...marks, legendTitle, ...legend.marks],
    height: mapHeight + 22 + legend.height,
  };
  return composeScene({
    input: { locale, width, synthetic: input.synthetic, source: input.source, date: input.date },
    title: input.title,
    subtitle: input.subtitle,
    description: `${input.title}. ${input.subtitle}`,
    head,
    body,
    notes: [strings.notice],
  });
}
