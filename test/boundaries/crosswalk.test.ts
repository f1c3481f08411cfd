/** The crosswalk is reviewed data: every entry must point at real codes and say why. */
import { describe, expect, it } from 'vitest';
import { CROSSWALK, KNOWN_MISSING } from '../../scripts/boundaries/crosswalk';
import { indexCrosswalk } from '../../scripts/boundaries/join';
import { isFunctionalZone, loadReferenceList } from '../../scripts/boundaries/reference';

const ref = loadReferenceList();
const known = (code: string) => ref.countyByCode.has(code) && !isFunctionalZone(code);

describe('crosswalk', () => {
  it('has one entry per source feature', () => {
    expect(() => indexCrosswalk(CROSSWALK)).not.toThrow();
  });

  it.each(CROSSWALK.map((e) => [`${e.from.code} ${e.from.name}`, e] as const))(
    '%s points at current codes and has a note',
    (_k, e) => {
      expect(e.note.length).toBeGreaterThan(10);
      const targets =
        e.kind === 'rename' || e.kind === 'merge'
          ? [e.to]
          : e.kind === 'split'
            ? [e.to, ...e.others]
            : e.kind === 'unresolved'
              ? e.successors
              : e.kind === 'partition'
                ? e.parts.map((p) => p.to)
                : [];
      for (const t of targets) expect(known(t), `${t} in the reference list`).toBe(true);
      if (e.kind === 'province-only') expect(ref.provinceByCode.has(e.province)).toBe(true);
    },
  );

  it('merges have at least two sources, or one source joined by name', () => {
    const counts = new Map<string, number>();
    for (const e of CROSSWALK)
      if (e.kind === 'merge' || e.kind === 'split') counts.set(e.to, (counts.get(e.to) ?? 0) + 1);
    // new 崇川区, 弋江区, 三元区 take one crosswalk part plus the old unit of the same name;
    // 新建区 and 拱墅区 keep their codes and absorb 湾里区, 下城区; 乌翠区 is drawn as 翠峦区 alone (乌马河区 is unresolved)
    const joinedByName = new Set(['320613', '340209', '350404', '360112', '330105', '230718']);
    const merged = new Set(CROSSWALK.filter((e) => e.kind === 'merge').map((e) => e.to));
    for (const [to, n] of counts)
      if (merged.has(to)) expect(n >= 2 || joinedByName.has(to), to).toBe(true);
  });

  it('lists missing codes that exist in the reference list', () => {
    for (const code of Object.keys(KNOWN_MISSING)) expect(known(code), code).toBe(true);
  });
});
