// Finding a unit by what people type: hanzi (淇滨), its English name (Qibin
// District, qibin dist, Urumqi), full pinyin with or without spaces (qibin,
// qi bin), initials (qbq) or the code (410611). Pure.

import { compareCodes } from '../contract';
import type { Unit } from '../data/units';

export interface SearchHit {
  unit: Unit;
  /** Lower is better. */
  score: number;
}

const LEVEL_ORDER = { nation: 0, province: 1, prefecture: 2, county: 3 } as const;

/** Lower case, no spaces, apostrophes, hyphens, "·" or accents (Garzê → garze). */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’·-]/g, '');
}

function scoreOf(unit: Unit, q: string, isCode: boolean): number | null {
  if (isCode) {
    if (unit.code === q) return 0;
    return unit.code.startsWith(q) ? 10 : null;
  }
  const names = [unit.nameZh, normalizeQuery(unit.nameEn)];
  if (names.includes(q)) return 0;
  if (names.some((n) => n.startsWith(q))) return 1;
  const pinyin = unit.pinyin.replace(/\s/g, '');
  if (pinyin === q) return 2;
  if (unit.initials === q) return 3;
  if (pinyin.startsWith(q)) return 4;
  if (unit.initials.startsWith(q)) return 5;
  if (names.some((n) => n.includes(q))) return 6;
  if (q.length >= 3 && pinyin.includes(q)) return 8;
  return null;
}

export function searchUnits(units: readonly Unit[], query: string, limit = 8): SearchHit[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const isCode = /^\d+$/.test(q);
  if (isCode && q.length < 2) return [];
  const hits: SearchHit[] = [];
  for (const unit of units) {
    const score = scoreOf(unit, q, isCode);
    if (score !== null) hits.push({ unit, score });
  }
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      LEVEL_ORDER[a.unit.level] - LEVEL_ORDER[b.unit.level] ||
      compareCodes(a.unit.code, b.unit.code),
  );
  return hits.slice(0, limit);
}
