// data/crosswalk.csv is reviewed data shared by both builds: its integrity
// against the reference list, and the parser's messages for a broken file.

import { describe, expect, it } from 'vitest';
import { CrosswalkError, parseCrosswalk } from '../../src/contract/crosswalk';
import { loadReferenceList, readCrosswalkFile } from '../../scripts/pipeline/reference';
import { remapDepth } from '../../src/pipeline/remaps';

const reference = loadReferenceList();
const changes = readCrosswalkFile();
const isCounty = (code: string) => reference.countyIndex.has(code);

describe('data/crosswalk.csv', () => {
  it('covers the changes since 2015, renames, merges and splits', () => {
    const kinds = new Set(changes.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['merge', 'rename', 'split']);
    expect(changes.length).toBeGreaterThan(200);
    for (const [code, name] of [
      ['371202', '莱城区'],
      ['130223', '滦县'],
      ['370634', '长岛县'],
      ['130421', '邯郸县'],
    ])
      expect(changes.find((c) => c.oldCode === code)?.oldName).toBe(name);
  });

  it('maps only codes that are not in the reference list, to codes that are', () => {
    for (const c of changes) {
      expect(isCounty(c.oldCode), `${c.oldCode} ${c.oldName} is an old code`).toBe(false);
      for (const code of c.newCodes)
        expect(isCounty(code), `${c.oldCode} → ${code} is current`).toBe(true);
    }
  });

  it('resolves chains: no new code is itself an old code of the table', () => {
    const old = new Set(changes.map((c) => c.oldCode));
    for (const c of changes) for (const code of c.newCodes) expect(old.has(code)).toBe(false);
    // 错那县 542232 became 540530 in 2016, then 错那市 540581 in 2023.
    expect(changes.find((c) => c.oldCode === '542232')?.newCodes).toEqual(['540581']);
  });

  it('dates every change from 2015 to today and cites its source', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const c of changes) {
      expect(c.effectiveDate >= '2015-01', `${c.oldCode} ${c.effectiveDate}`).toBe(true);
      expect(c.effectiveDate <= today, `${c.oldCode} ${c.effectiveDate}`).toBe(true);
      expect(c.source).toMatch(/国函〔\d{4}〕\d+号|民函〔\d{4}〕\d+号|民政部/);
    }
  });

  it('is sorted by old code, one row each', () => {
    const codes = changes.map((c) => c.oldCode);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is what the data build indexes: every rename and merge remapped, every split refused', () => {
    const { remaps, splits } = reference.crosswalk;
    expect(remaps.length + splits.length).toBe(changes.length);
    expect(splits.every((s) => s.kind === 'split')).toBe(true);
    const laicheng = remaps.find((r) => r.change.oldCode === '371202');
    expect(laicheng).toMatchObject({
      newCode: '370116',
      depth: 2,
      prefecture: { change: 'merged', code: '370100', name: '济南市' },
    });
    expect(reference.countyCodes[laicheng!.county]).toBe('370116');
  });
});

describe('what became of an old code’s prefecture', () => {
  const prefectureOf = (oldCode: string) =>
    reference.crosswalk.remaps.find((r) => r.change.oldCode === oldCode)?.prefecture;

  it('is null within the same prefecture and for a municipality’s pseudo-prefecture', () => {
    expect(prefectureOf('130223')).toBeNull(); // 滦县 → 滦州市, both 唐山市
    expect(prefectureOf('110228')).toBeNull(); // 密云县 110200 县 → 密云区 110100 市辖区
  });

  it('tells a moved unit, a merged prefecture and a re-formed one apart', () => {
    expect(prefectureOf('220381')).toEqual({ change: 'moved', code: '220100', name: '长春市' });
    expect(prefectureOf('371202')).toEqual({ change: 'merged', code: '370100', name: '济南市' });
    expect(prefectureOf('542221')).toEqual({ change: 'renamed', code: '540500', name: '山南市' });
    expect(prefectureOf('652201')).toEqual({ change: 'renamed', code: '650500', name: '哈密市' });
  });
});

describe('remapDepth', () => {
  it('counts the levels at which the old code would have gone elsewhere', () => {
    expect(remapDepth('130223', '130284')).toBe(1); // 滦县 → 滦州市: county only
    expect(remapDepth('371202', '370116')).toBe(2); // 莱城区 → 莱芜区: county and prefecture
    expect(remapDepth('542232', '540581')).toBe(2); // 山南地区 → 山南市
  });
});

describe('parseCrosswalk', () => {
  const header = 'kind,old_code,old_name,new_codes,effective_date,source';
  const problems = (...rows: string[]) => {
    try {
      parseCrosswalk([header, ...rows].join('\n') + '\n', 'x.csv');
    } catch (error) {
      if (error instanceof CrosswalkError) return error.problems;
      throw error;
    }
    return [];
  };

  it('reads quoted cells, CRLF and a BOM', () => {
    const text = `\uFEFF${header}\r\nsplit,130421,邯郸县,"130402;130403",2016-09,"国函〔2016〕157号, 节选"\r\n`;
    expect(parseCrosswalk(text)).toEqual([
      {
        kind: 'split',
        oldCode: '130421',
        oldName: '邯郸县',
        newCodes: ['130402', '130403'],
        effectiveDate: '2016-09',
        source: '国函〔2016〕157号, 节选',
        line: 2,
      },
    ]);
  });

  it('reports every problem as FILE:LINE:COLUMN', () => {
    expect(
      problems(
        'move,13022,,130284,2018-13-01,',
        'rename,130223,滦县,130284;130285,2018-07-02,民函〔2018〕103号',
        'split,130421,邯郸县,130402,2016-09-14,国函〔2016〕157号',
        'rename,130223,滦县,130284,2018-07-02,民函〔2018〕103号',
        'rename,130223,滦县,130284,2018-07-02,民函〔2018〕103号',
        'merge,1,2',
      ),
    ).toEqual([
      'x.csv:2:kind: "move" is not one of rename, merge, split',
      'x.csv:2:old_code: "13022" is not six digits',
      'x.csv:2:old_name: empty',
      'x.csv:2:effective_date: "2018-13-01" is not YYYY-MM-DD or YYYY-MM',
      'x.csv:2:source: empty (cite the approval or the change list)',
      'x.csv:3:new_codes: a rename has exactly one new code (found 2)',
      'x.csv:4:new_codes: a split has two or more new codes (found 1)',
      'x.csv:5:old_code: 130223 already has a row on line 3',
      'x.csv:6:old_code: 130223 already has a row on line 3',
      'x.csv:7: expected 6 fields, found 3',
    ]);
  });

  it('refuses a file whose header is not the contract’s', () => {
    expect(() => parseCrosswalk('code,name\n', 'x.csv')).toThrow(
      'x.csv:1: the header must be kind,old_code,old_name,new_codes,effective_date,source (found code,name)',
    );
  });
});
