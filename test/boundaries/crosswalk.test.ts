/** The crosswalk is reviewed data: every entry must point at real codes and say why. */
import { describe, expect, it } from 'vitest';
import {
  boundaryCrosswalk,
  boundaryEntryOf,
  DRAWN_AS,
  KNOWN_MISSING,
} from '../../scripts/boundaries/crosswalk';
import { readCrosswalkFile } from '../../scripts/pipeline/reference';
import { indexCrosswalk } from '../../scripts/boundaries/join';
import { isFunctionalZone, loadReferenceList } from '../../scripts/boundaries/reference';

const ref = loadReferenceList();
const CHANGES = readCrosswalkFile();
const CROSSWALK = boundaryCrosswalk(CHANGES);
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

  it('takes every rename, merge and split of the shared file (data/crosswalk.csv)', () => {
    const keys = new Set(CROSSWALK.map((e) => `${e.from.code}|${e.from.name}`));
    for (const change of CHANGES)
      expect(keys.has(`${change.oldCode}|${change.oldName}`)).toBe(true);
  });

  it('draws a split as one of its successors, or leaves it unresolved', () => {
    const splits = new Map(CHANGES.filter((c) => c.kind === 'split').map((c) => [c.oldCode, c]));
    for (const [code, drawn] of Object.entries(DRAWN_AS)) {
      const split = splits.get(code);
      expect(split, `${code} is a split of the shared file`).toBeDefined();
      expect(split!.newCodes).toContain(drawn.to);
    }
    const yichun = boundaryEntryOf(splits.get('230711')!); // 乌马河区: shares not stated
    expect(yichun).toMatchObject({ kind: 'unresolved', successors: ['230717', '230718'] });
    const xingtai = boundaryEntryOf(splits.get('130521')!);
    expect(xingtai).toMatchObject({ kind: 'split', to: '130503', others: ['130502'] });
  });

  it('lists missing codes that exist in the reference list', () => {
    for (const code of Object.keys(KNOWN_MISSING)) expect(known(code), code).toBe(true);
  });
});
