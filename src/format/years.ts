// Years and dates. `year` is the school year that starts in the autumn of that
// year (the bulletins' convention: 2023 = 2023/24), see docs/data-contract.md.

import type { Locale } from './locale';

/** Calendar year as a label: "2023" in both languages (axes stay compact). */
export function formatYear(year: number): string {
  return String(year);
}

/** zh "2023—2024学年", en "2023/24" (1999 → "1999/2000", the short form would read oddly). */
export function formatSchoolYear(year: number, locale: Locale): string {
  const next = year + 1;
  if (locale === 'zh') return `${year}—${next}学年`;
  const sameCentury = Math.floor(year / 100) === Math.floor(next / 100);
  return `${year}/${sameCentury ? String(next).slice(2) : next}`;
}

/** A span of years: zh "2021—2023年", en "2021–2023". */
export function formatYearRange(from: number, to: number, locale: Locale): string {
  if (from === to) return locale === 'zh' ? `${from}年` : String(from);
  return locale === 'zh' ? `${from}—${to}年` : `${from}–${to}`;
}

/**
 * An ISO 8601 timestamp as a date, ISO style in both languages (2024-05-01):
 * unambiguous, and identical in every download. Anything unparseable is
 * returned as given so that a footer never hides its provenance.
 */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time).toISOString().slice(0, 10);
}
