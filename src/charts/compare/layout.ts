// Compare: 2–5 districts across all metrics as a dot plot, one row per metric
// and one coloured dot per district. Rates share one percentage scale, CVs have
// their own (they are different quantities); each section has its own axis.
// A district without a value is named in the row's note, never drawn at 0.

import type { MetricDefinition, MetricId } from '../../contract';
import { formatValue } from '../../format';
import { compareStrings } from '../../i18n/charts-compare';
import { axisTicks, isValue, linearScale, paddedDomain } from '../axes';
import { AXIS, BACKGROUND, seriesColor, TARGET_LINE, TEXT, TEXT_MUTED } from '../colors';
import { chartScene, chartWidth, type Block, type ChartFrameInput } from '../frame';
import { LABEL_SIZE, PAD, SMALL_SIZE } from '../sizes';
import { axisX } from '../marks';
import { baselineFor } from '../rows';
import type { ChartScene, Mark } from '../scene';
import { measureText, truncateText } from '../text';

export interface CompareDistrict {
  code: string;
  name: string;
  values: Partial<Record<MetricId, number | null>>;
}

export interface CompareInput extends ChartFrameInput {
  metrics: readonly MetricDefinition[];
  /** 2–5 districts; more are cut to five (colours stay distinguishable). */
  districts: readonly CompareDistrict[];
  year: number;
  selected?: readonly string[];
}

export const MAX_DISTRICTS = 5;
const ROW = 30;
const AXIS_ROW = 20;
const LEGEND_ROW = 18;

interface Section {
  unit: MetricDefinition['unit'];
  heading: string;
  metrics: MetricDefinition[];
}

export function sections(
  metrics: readonly MetricDefinition[],
  locale: CompareInput['locale'],
): Section[] {
  const strings = compareStrings[locale];
  return [
    {
      unit: 'fraction' as const,
      heading: strings.ratesSection,
      metrics: metrics.filter((m) => m.unit === 'fraction'),
    },
    {
      unit: 'cv' as const,
      heading: strings.cvSection,
      metrics: metrics.filter((m) => m.unit === 'cv'),
    },
  ].filter((s) => s.metrics.length > 0);
}

/** Legend: a swatch and the name per district, wrapping onto new rows as needed. */
function legend(districts: readonly CompareDistrict[], width: number, top: number): Block {
  const marks: Mark[] = [];
  let x = PAD;
  let row = 0;
  districts.forEach((d, i) => {
    const text = truncateText(d.name, width * 0.6, LABEL_SIZE);
    const itemWidth = 16 + measureText(text, LABEL_SIZE) + 14;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      row++;
    }
    const centre = top + row * LEGEND_ROW + LEGEND_ROW / 2;
    marks.push(
      {
        kind: 'circle',
        role: 'legend-swatch',
        code: d.code,
        cx: x + 6,
        cy: centre,
        r: 5.5,
        fill: seriesColor(i),
        stroke: BACKGROUND,
      },
      {
        kind: 'text',
        role: 'legend-label',
        code: d.code,
        x: x + 16,
        y: baselineFor(centre),
        text,
        fill: TEXT,
        fontSize: LABEL_SIZE,
      },
    );
    x += itemWidth;
  });
  return { marks, height: (row + 1) * LEGEND_ROW + 6 };
}

function sectionBlock(
  section: Section,
  input: CompareInput,
  districts: readonly CompareDistrict[],
  width: number,
  top: number,
): Block {
  const { locale } = input;
  const strings = compareStrings[locale];
  const selected = new Set(input.selected ?? []);
  const labelWidth = Math.min(
    Math.max(...section.metrics.map((m) => measureText(m.shortName[locale], LABEL_SIZE))) + 10,
    width * 0.34,
  );
  const left = PAD + labelWidth;
  const right = width - PAD - 8;
  const values = section.metrics.flatMap((m) => [
    ...districts.map((d) => d.values[m.id]),
    m.target?.value,
  ]);
  const x = linearScale(paddedDomain(section.unit, values), [left, right]);
  const { ticks, format } = axisTicks(x, section.unit, { span: right - left });
  const rowsTop = top + 18 + AXIS_ROW;
  const bottom = rowsTop + section.metrics.length * ROW;
  const marks: Mark[] = [
    {
      kind: 'text',
      role: 'section-heading',
      x: PAD,
      y: top + 12,
      text: truncateText(section.heading, width - 2 * PAD, LABEL_SIZE),
      fill: TEXT,
      fontSize: LABEL_SIZE,
      fontWeight: 'bold',
    },
    ...axisX(ticks, x, { y1: rowsTop - 4, y2: bottom, labelY: rowsTop - 8, format }),
  ];
  const dots: Mark[] = [];
  section.metrics.forEach((metric, row) => {
    const centre = rowsTop + row * ROW + ROW / 2;
    marks.push(
      {
        kind: 'text',
        role: 'row-name',
        x: left - 8,
        y: baselineFor(centre),
        text: truncateText(metric.shortName[locale], labelWidth - 8, LABEL_SIZE),
        fill: TEXT,
        fontSize: LABEL_SIZE,
        anchor: 'end',
      },
      {
        kind: 'line',
        role: 'row-track',
        x1: left,
        x2: right,
        y1: centre,
        y2: centre,
        stroke: AXIS,
        strokeWidth: 0.75,
      },
    );
    if (metric.target) {
      const tx = x(metric.target.value);
      marks.push({
        kind: 'line',
        role: 'reference-line',
        class: 'target',
        description: `${strings.target}`,
        x1: tx,
        x2: tx,
        y1: centre - 9,
        y2: centre + 9,
        stroke: TARGET_LINE,
        strokeWidth: 2,
      });
    }
    const missing: string[] = [];
    districts.forEach((d, i) => {
      const value = d.values[metric.id];
      if (!isValue(value)) {
        missing.push(d.name);
        return;
      }
      // A small vertical offset per district keeps equal values from hiding each other.
      const offset = (i - (districts.length - 1) / 2) * 3;
      const isSelected = selected.has(d.code);
      const thresholds = metric.target ? [metric.target.value] : [];
      dots.push({
        kind: 'circle',
        role: 'dot',
        class: isSelected ? 'selected' : undefined,
        code: d.code,
        interactive: true,
        description: `${d.name} · ${metric.shortName[locale]}: ${formatValue(metric.unit, value, locale, { thresholds })}`,
        cx: x(value),
        cy: centre + offset,
        r: isSelected ? 7 : 5.5,
        fill: seriesColor(i),
        stroke: isSelected ? TEXT : BACKGROUND,
        strokeWidth: isSelected ? 2 : 1,
      });
    });
    if (missing.length) {
      marks.push({
        kind: 'text',
        role: 'missing-label',
        class: 'missing',
        x: right,
        y: centre - 7,
        text: truncateText(
          strings.missingNote(missing.join(locale === 'zh' ? '、' : ', ')),
          right - left,
          SMALL_SIZE - 1,
        ),
        fill: TEXT_MUTED,
        fontSize: SMALL_SIZE - 1,
        anchor: 'end',
        halo: true,
      });
    }
  });
  return { marks: [...marks, ...dots], height: bottom - top + 8 };
}

function body(input: CompareInput, width: number, top: number): Block {
  const districts = input.districts.slice(0, MAX_DISTRICTS);
  const key = legend(districts, width, top);
  const marks: Mark[] = [...key.marks];
  let y = top + key.height;
  for (const section of sections(input.metrics, input.locale)) {
    const block = sectionBlock(section, input, districts, width, y);
    marks.push(...block.marks);
    y += block.height;
  }
  return { marks, height: y - top };
}

export function layoutCompare(input: CompareInput): ChartScene {
  const width = chartWidth(input.width);
  const sized = { ...input, width };
  const strings = compareStrings[input.locale];
  const names = input.districts
    .slice(0, MAX_DISTRICTS)
    .map((d) => d.name)
    .join(input.locale === 'zh' ? '、' : ', ');
  const title = input.title ?? names;
  const subtitle = strings.compareSubtitle(String(input.year));
  const text = {
    title,
    subtitle,
    items: input.metrics.length * Math.min(MAX_DISTRICTS, input.districts.length),
    notes: input.metrics.some((m) => m.target) ? [strings.targetTickNote] : [],
  };
  return chartScene(sized, text, (top) => body(sized, width, top));
}
