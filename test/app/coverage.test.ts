// Coverage and scope in the client: which units are partial, outside the
// scope or listed, what a URL without a region opens at, and the words.

import { describe, expect, it } from 'vitest';
import { DataCoverage, within } from '../../src/data/coverage';
import { siteDefaults, siteHeadline } from '../../src/app/site-identity';
import { sourceLine } from '../../src/view/chart-place';
import { focusOf, scopedFocus } from '../../src/view/focus';
import { DEFAULT_STATE } from '../../src/app/state';
import { parseState, serializeState } from '../../src/app/url-state';
import { tableRows } from '../../src/app/table-rows';
import type { AtlasIndex, SiteIdentity } from '../../src/contract';
import { metricById } from '../../src/contract';
import { coverageStrings } from '../../src/i18n/coverage';
import { units } from './fixture-units';

/** 鹤壁's returns: 2 of its 5 districts in 2022, all 5 in 2023; 河南 has 18 prefectures. */
const index: Pick<AtlasIndex, 'scope' | 'coverage'> = {
  scope: { level: 'prefecture', code: '410600', name: '鹤壁市', year: 2023 },
  coverage: [
    {
      year: 2022,
      level: ['nation', 'province', 'prefecture'],
      code: ['000000', '410000', '410600'],
      withData: [2, 2, 2],
      total: [2854, 157, 5],
    },
    {
      year: 2023,
      level: ['nation', 'province', 'prefecture'],
      code: ['000000', '410000', '410600'],
      withData: [5, 5, 5],
      total: [2854, 157, 5],
    },
  ],
};
const coverage = new DataCoverage(index, units);
const u = (level: 'nation' | 'province' | 'prefecture' | 'county', code: string) =>
  units.get(level, code)!;

describe('DataCoverage', () => {
  it('is partial where some counties have no rows that year', () => {
    expect(coverage.isPartial(u('prefecture', '410600'), 2022)).toBe(true);
    expect(coverage.isPartial(u('prefecture', '410600'), 2023)).toBe(false);
    expect(coverage.isPartial(u('province', '410000'), 2023)).toBe(true);
    expect(coverage.isPartial(u('nation', '000000'), 2023)).toBe(true);
    expect(coverage.isPartial(u('province', '440000'), 2023)).toBe(false);
  });

  it('counts children with data: counties for a prefecture, prefectures above', () => {
    expect(coverage.shareOf(u('prefecture', '410600'), 2022)).toEqual({
      covered: 2,
      total: 5,
      childLevel: 'county',
    });
    // The fixture tree has one prefecture under 河南 (the real one has 18).
    expect(coverage.shareOf(u('province', '410000'), 2023)).toEqual({
      covered: 1,
      total: 1,
      childLevel: 'prefecture',
    });
    expect(coverage.shareOf(u('nation', '000000'), 2023)).toEqual({
      covered: 1,
      total: 2,
      childLevel: 'province',
    });
    expect(coverage.shareOf(u('prefecture', '410600'), 2023)).toBeNull();
  });

  it('puts the scope, what is under it and what is above it in scope; the rest is context', () => {
    expect(coverage.inScope(u('county', '410611'))).toBe(true);
    expect(coverage.inScope(u('province', '410000'))).toBe(true);
    expect(coverage.inScope(u('nation', '000000'))).toBe(true);
    expect(coverage.isContext(u('province', '440000'))).toBe(true);
    expect(coverage.isContext(u('prefecture', '441900'))).toBe(true);
    expect(coverage.scopeUnit()?.name).toBe('鹤壁市');
  });

  it('treats an index without coverage as the nation, nothing partial', () => {
    const none = new DataCoverage(null, units);
    expect(none.scope.code).toBe('000000');
    expect(none.isContext(u('province', '440000'))).toBe(false);
    expect(none.isPartial(u('province', '410000'), 2023)).toBe(false);
  });

  it('follows the prefix rule, levels included', () => {
    expect(
      within({ level: 'county', code: '441900' }, { level: 'prefecture', code: '441900' }),
    ).toBe(true);
    expect(
      within({ level: 'prefecture', code: '441900' }, { level: 'county', code: '441900' }),
    ).toBe(false);
    expect(
      within({ level: 'prefecture', code: '410600' }, { level: 'nation', code: '000000' }),
    ).toBe(true);
  });
});

describe('the site opens at its scope', () => {
  const site: SiteIdentity = {
    title: { zh: '鹤壁市教育地图', en: 'Hebi Education Atlas' },
    subtitle: { zh: '区县教育指标', en: 'district indicators' },
    publisher: '鹤壁市教育局',
    contact: null,
    defaultMetric: 'class_multimedia_rate',
    origin: 'site.json',
  };
  const defaults = { ...DEFAULT_STATE, ...siteDefaults({ ...index, site }) };

  it('reads a URL without a region as the scope, with the site default metric', () => {
    const { state } = parseState('', defaults);
    expect(state.region).toBe('410600');
    expect(state.metric).toBe('class_multimedia_rate');
    expect(serializeState(state, defaults)).toBe('');
  });

  it('writes the nation into the URL when the scope is not the nation', () => {
    const nation = { ...defaults, region: '000000' };
    expect(serializeState(nation, defaults)).toBe('?region=000000');
    expect(parseState('?region=000000', defaults).state.region).toBe('000000');
  });

  it('names the publisher after the title', () => {
    expect(siteHeadline(site, 'zh')).toBe('鹤壁市教育地图 · 区县教育指标 — 鹤壁市教育局');
    expect(siteHeadline({ ...site, publisher: null }, 'en')).toBe(
      'Hebi Education Atlas · district indicators',
    );
  });

  it('puts title and publisher in the source line of static images, with what the data are', () => {
    expect(sourceLine(site, 'zh', false)).toBe(
      '鹤壁市教育地图 · 鹤壁市教育局 · 按学校填报数据计算',
    );
    expect(sourceLine({ ...site, publisher: null }, 'en', true)).toBe(
      'Hebi Education Atlas · synthetic demo data',
    );
  });

  it('lists no unit outside the scope', () => {
    const focus = focusOf(units, { ...DEFAULT_STATE, region: '000000' })!;
    expect(focus.children.map((c) => c.code)).toEqual(['410000', '440000']);
    expect(scopedFocus(focus, coverage).children.map((c) => c.code)).toEqual(['410000']);
  });
});

describe('partial rows', () => {
  it('have no rank, take no part in the others’ ranks and say what they cover', () => {
    const values = {
      schemaVersion: 1 as const,
      metric: 'inclusive_kindergarten_coverage' as const,
      year: 2022,
      levels: {
        province: {
          code: ['410000', '440000'],
          numerator: [90, 80],
          denominator: [100, 100],
          value: [0.9, 0.8],
          flags: ['partial', ''],
        },
      },
    };
    const rows = tableRows(
      [u('province', '410000'), u('province', '440000')],
      values,
      metricById('inclusive_kindergarten_coverage'),
      (unit) => coverage.shareOf(unit, 2022),
    );
    const henan = rows.find((r) => r.code === '410000')!;
    const guangdong = rows.find((r) => r.code === '440000')!;
    expect(henan.rank).toBeNull();
    expect(henan.share).toEqual({ covered: 1, total: 1, childLevel: 'prefecture' });
    expect(guangdong.rank).toBe(1);
  });

  it('are described in both languages', () => {
    expect(coverageStrings.zh.share(1, 18, 'prefecture')).toBe('数据覆盖18个地级单位中的1个');
    expect(coverageStrings.en.share(1, 18, 'prefecture')).toBe('covers 1 of 18 prefectures');
    expect(coverageStrings.zh.partialName('河南省')).toBe('河南省（仅部分）');
    expect(coverageStrings.en.outside).toBe('outside the data');
  });
});
