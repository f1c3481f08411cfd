// Reported figures (quoted from published documents) that concern a unit: its
// own and, for a county, its prefecture's. Newest year first, then catalogue
// order, then other ids alphabetically.

import {
  isMetricId,
  metricOrder,
  prefectureCodeOf,
  type Level,
  type ReportedFigure,
} from '../../contract';

export function reportedCodesFor(level: Level, code: string): string[] {
  return level === 'county' && prefectureCodeOf(code) !== code
    ? [code, prefectureCodeOf(code)]
    : [code];
}

function order(metric: string): number {
  return isMetricId(metric) ? metricOrder(metric) : Number.MAX_SAFE_INTEGER;
}

export function reportedFor(
  figures: readonly ReportedFigure[],
  level: Level,
  code: string,
): ReportedFigure[] {
  const codes = reportedCodesFor(level, code);
  return figures
    .filter((f) => codes.includes(f.code))
    .sort(
      (a, b) =>
        codes.indexOf(a.code) - codes.indexOf(b.code) ||
        b.year - a.year ||
        order(a.metric) - order(b.metric) ||
        a.metric.localeCompare(b.metric),
    );
}
