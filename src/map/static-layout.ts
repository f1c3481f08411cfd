// A static choropleth as a ChartScene: the map's body (map-body.ts, the same
// marks as the atlas's first view) in the same frame (title, legend, source,
// date, synthetic label) as the charts, so renderSvgString draws it like any
// chart.

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
  legendCodes,
  type ClassificationSettings,
} from './colour-plan';
import { mapBodyMarks, mapGeometry } from './map-body';
import type { MapLevel } from './boundary-layer';
import type { UnitFeature } from './topology';
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

export function layoutStaticMap(input: MapSceneInput): ChartScene {
  const { width, mapHeight, locale } = input;
  const head = header(input.title, input.subtitle, width);
  const top = head.height;
  const geometry = mapGeometry(input.shown, input.context, input.level, {
    width,
    top,
    height: mapHeight,
    inset: { x: PAD, y: 4 },
  });
  const codes = legendCodes(input.shown.map((f) => f.properties.code));
  const settings = input.classification ?? defaultClassification(input.metric);
  const plan = colourPlan(codes, input.values, input.metric, settings, locale, {}, input.outside);
  const marks = mapBodyMarks(geometry, plan, { names: input.names });
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
