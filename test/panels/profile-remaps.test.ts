// @vitest-environment jsdom
// The profile says which returns filed under old codes a unit's figures
// include, by the rule of the `remapped` flag (docs/data-contract.md, "Old codes").

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RemappedCode } from '../../src/contract';
import { AtlasDataSource, type Fetcher } from '../../src/data/source';
import '../../src/components/profile/element';
import type { EduProfile } from '../../src/components/profile/element';
import { remapNotes } from '../../src/components/profile/remaps';
import { panelStrings } from '../../src/i18n/panels';
import {
  BOUNDARIES_BASE,
  boundaryFetch,
  DATA_BASE,
  goldenSource,
  goldenUnits,
} from './golden-source';

const remap = (r: Partial<RemappedCode>): RemappedCode => ({
  oldCode: '371202',
  oldName: '莱城区',
  kind: 'rename',
  newCode: '370116',
  newName: '莱芜区',
  prefecture: null,
  effectiveDate: '2018-12-26',
  source: '国函〔2018〕163号',
  rows: 812,
  years: [2017, 2018],
  ...r,
});

const LAICHENG = remap({ prefecture: { change: 'merged', code: '370100', name: '济南市' } });
const LUANXIAN = remap({
  oldCode: '130223',
  oldName: '滦县',
  newCode: '130284',
  newName: '滦州市',
  effectiveDate: '2018-07-02',
});
const CHANGDAO = remap({
  oldCode: '370634',
  oldName: '长岛县',
  kind: 'merge',
  newCode: '370614',
  newName: '蓬莱区',
  effectiveDate: '2020-06-05',
});
const GONGZHULING = remap({
  oldCode: '220381',
  oldName: '公主岭市',
  newCode: '220184',
  newName: '公主岭市',
  prefecture: { change: 'moved', code: '220100', name: '长春市' },
  effectiveDate: '2020-06-05',
});
const NAIDONG = remap({
  oldCode: '542221',
  oldName: '乃东县',
  newCode: '540502',
  newName: '乃东区',
  prefecture: { change: 'renamed', code: '540500', name: '山南市' },
  effectiveDate: '2016-01-07',
});
const ALL = [LAICHENG, LUANXIAN, CHANGDAO, GONGZHULING, NAIDONG];
/** A made-up old code of 鹤壁, for the golden output (test data, not a real change). */
const OLD_QIBIN = remap({
  oldCode: '410699',
  oldName: '旧区',
  kind: 'merge',
  newCode: '410611',
  newName: '淇滨区',
  effectiveDate: '2019-06',
});
const GOLDEN = join(import.meta.dirname, '../fixtures/pipeline/golden/expected');

describe('remapNotes', () => {
  it('follows the flag rule: 莱城区 reaches 莱芜区 and 济南市, not 山东省', () => {
    const note = {
      oldCode: '371202',
      oldName: '莱城区',
      change: 'merged',
      into: '济南市',
      year: 2018,
    };
    expect(remapNotes('county', '370116', ALL)).toEqual([note]);
    expect(remapNotes('prefecture', '370100', ALL)).toEqual([note]);
    expect(remapNotes('province', '370000', ALL)).toEqual([]);
    expect(remapNotes('nation', '000000', ALL)).toEqual([]);
  });

  it('says what became of the old unit: renamed, merged at county level, or moved', () => {
    expect(remapNotes('county', '130284', ALL)).toMatchObject([
      { change: 'became', into: '滦州市', year: 2018 },
    ]);
    expect(remapNotes('prefecture', '130200', ALL)).toEqual([]);
    expect(remapNotes('county', '370614', ALL)).toMatchObject([
      { change: 'merged', into: '蓬莱区', year: 2020 },
    ]);
    expect(remapNotes('prefecture', '220100', ALL)).toMatchObject([
      { oldCode: '220381', change: 'moved', into: '长春市' },
    ]);
    expect(remapNotes('county', '540502', ALL)).toMatchObject([
      { oldCode: '542221', change: 'regrouped', into: '山南市', year: 2016 },
    ]);
  });

  it('words the sentence in both languages', () => {
    expect(panelStrings.en.remapNote('371202', '莱城区', 'merged', '济南市', 2018)).toBe(
      'Includes returns filed under 371202 莱城区 (merged into 济南市 2018)',
    );
    expect(panelStrings.zh.remapNote('371202', '莱城区', 'merged', '济南市', 2018)).toBe(
      '含按 371202 莱城区 填报的数据（2018年并入济南市）',
    );
    expect(panelStrings.en.remapNote('130223', '滦县', 'became', '滦州市', 2018)).toBe(
      'Includes returns filed under 130223 滦县 (became 滦州市 2018)',
    );
    expect(panelStrings.zh.remapNote('220381', '公主岭市', 'moved', '长春市', 2020)).toBe(
      '含按 220381 公主岭市 填报的数据（2020年划归长春市）',
    );
    expect(panelStrings.en.remapNote('542221', '乃东县', 'regrouped', '山南市', 2016)).toBe(
      'Includes returns filed under 542221 乃东县 (its prefecture became 山南市 2016)',
    );
  });
});

describe('<edu-profile> with remapped returns', () => {
  beforeEach(() => vi.stubGlobal('fetch', boundaryFetch));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  /** The golden output, as if 淇滨区's returns had partly been filed under an old code. */
  function sourceWithRemap(): AtlasDataSource {
    const fetcher: Fetcher = async (url) => {
      const path = url.slice(DATA_BASE.length);
      try {
        const json = JSON.parse(readFileSync(join(GOLDEN, path), 'utf8')) as Record<
          string,
          unknown
        >;
        if (path === 'v1/index.json') json.remaps = [OLD_QIBIN];
        return { ok: true, status: 200, json: async () => json };
      } catch {
        return { ok: false, status: 404, json: async () => null };
      }
    };
    return new AtlasDataSource(DATA_BASE, fetcher);
  }

  async function noteOf(locale: 'zh' | 'en'): Promise<string[]> {
    const el = document.createElement('edu-profile');
    Object.assign(el, {
      source: sourceWithRemap(),
      units: goldenUnits(),
      code: '410611',
      level: 'county',
      year: 2021,
      locale,
      boundariesBase: BOUNDARIES_BASE,
    });
    document.body.append(el);
    for (let i = 0; i < 50; i++) {
      await el.updateComplete;
      const root = el.shadowRoot!;
      if (root.querySelector('table.metrics'))
        return [...root.querySelectorAll('.remap-note')].map((p) =>
          (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('profile did not settle');
  }

  it('says it in the header, in Chinese and in English', async () => {
    expect(await noteOf('zh')).toEqual(['含按 410699 旧区 填报的数据（2019年并入淇滨区）']);
    document.body.replaceChildren();
    expect(await noteOf('en')).toEqual([
      'Includes returns filed under 410699 旧区 (merged into 淇滨区 2019)',
    ]);
  });

  it('says nothing when no old code reached the unit', async () => {
    const el = document.createElement('edu-profile') as EduProfile;
    Object.assign(el, {
      source: goldenSource(),
      units: goldenUnits(),
      code: '410611',
      level: 'county',
      year: 2021,
      boundariesBase: BOUNDARIES_BASE,
    });
    document.body.append(el);
    for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('table.metrics'); i++) {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(el.shadowRoot!.querySelector('table.metrics')).not.toBeNull();
    expect(el.shadowRoot!.querySelectorAll('.remap-note')).toHaveLength(0);
  });
});
