import { describe, expect, it } from 'vitest';
import {
  checkAgainstIndex,
  languageOf,
  localeOf,
  parseCodes,
  parseEmbedParams,
  type EmbedSpec,
} from '../../src/embed/params';
import { EMBED_DEFAULT_VIEW } from '../../src/view/spec';
import { problemText } from '../../src/embed/problems';
import { tinyIndex } from './index-fixture';

function ok(raw: Parameters<typeof parseEmbedParams>[0]): EmbedSpec {
  const parsed = parseEmbedParams(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('parseEmbedParams', () => {
  it('fills defaults: ranking of the nation, zh, light, latest year later', () => {
    expect(ok({ metric: 'preschool_gross_enrollment' })).toEqual({
      ...EMBED_DEFAULT_VIEW,
      type: 'ranking',
      view: 'chart',
      chart: 'ranking',
      metric: 'preschool_gross_enrollment',
      year: null,
      region: '000000',
      level: null,
      select: [],
      lang: 'zh',
      theme: 'light',
      selectParam: 'select',
    });
  });

  it('reads every attribute, case-insensitive enums, trimmed values', () => {
    const spec = ok({
      type: ' Trend ',
      metric: 'class_multimedia_rate',
      year: '2023',
      region: '410000',
      level: 'County',
      codes: '410602, 410603，410602',
      lang: 'en-GB',
      theme: 'DARK',
    });
    expect(spec).toMatchObject({
      type: 'trend',
      year: 2023,
      region: '410000',
      level: 'county',
      select: ['410602', '410603'],
      lang: 'en',
      theme: 'dark',
    });
  });

  it('reports every problem at once, with the offending value as text', () => {
    const parsed = parseEmbedParams({
      type: 'pie',
      metric: '<img src=x onerror=alert(1)>',
      year: '23',
      region: 'henan',
      codes: '4106,410602',
      lang: 'fr',
      theme: 'neon',
      level: 'nation',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => `${p.field}:${p.reason}`)).toEqual([
      'metric:unknown',
      'year:malformed',
      'region:malformed',
      'level:unknown',
      'lang:unknown',
      'theme:unknown',
      'type:unknown',
      'codes:malformed',
    ]);
    const metricProblem = parsed.problems.find((p) => p.field === 'metric')!;
    expect(metricProblem.value).toBe('<img src=x onerror=alert(1)>');
    expect(problemText(metricProblem, 'zh')).toBe(
      '未知的指标（metric）：“<img src=x onerror=alert(1)>”',
    );
    expect(problemText(metricProblem, 'en')).toBe('Unknown metric: "<img src=x onerror=alert(1)>"');
  });

  it('requires a metric except for compare, and codes for compare', () => {
    const missing = parseEmbedParams({});
    expect(missing.ok ? [] : missing.problems).toEqual([
      { field: 'metric', reason: 'missing', value: '' },
    ]);
    const compare = parseEmbedParams({ type: 'compare' });
    expect(compare.ok ? [] : compare.problems).toEqual([
      { field: 'select', reason: 'missing', value: '' },
    ]);
    expect(ok({ type: 'compare', codes: '410602,410603' }).select).toEqual(['410602', '410603']);
  });

  it('caps trend and compare at five codes', () => {
    const parsed = parseEmbedParams({
      type: 'trend',
      metric: 'class_multimedia_rate',
      codes: '110000,120000,130000,140000,150000,210000',
    });
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      { field: 'codes', reason: 'too-many', value: '6', expected: '5' },
    ]);
  });

  it('clips long values to 40 characters', () => {
    const parsed = parseEmbedParams({ metric: 'x'.repeat(100) });
    expect(parsed.ok ? '' : parsed.problems[0].value).toHaveLength(40);
  });

  it('uses a fixed type (the map element) whatever the type attribute says', () => {
    expect(parseEmbedParams({ metric: 'class_multimedia_rate', type: 'pie' }, 'map')).toMatchObject(
      {
        ok: true,
        value: { type: 'map' },
      },
    );
  });
});

describe('checkAgainstIndex', () => {
  const index = tinyIndex();

  it('fills the latest year of the metric and its first year for change', () => {
    const spec = ok({ metric: 'class_multimedia_rate', type: 'change' });
    expect(checkAgainstIndex(spec, index)).toMatchObject({
      ok: true,
      value: { year: 2023, from: 2022 },
    });
  });

  it('rejects a year the metric does not have, naming the range', () => {
    const result = checkAgainstIndex(ok({ metric: 'class_multimedia_rate', year: '2021' }), index);
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'year', reason: 'unavailable', value: '2021', expected: '2022–2023' }],
    });
    if (!result.ok) {
      expect(problemText(result.problems[0], 'zh')).toBe(
        '没有年份（year）“2021”的数据，可用：2022–2023',
      );
      expect(problemText(result.problems[0], 'en')).toBe(
        'No data for year "2021" (expected: 2022–2023)',
      );
    }
  });

  it('rejects unknown codes and regions, a county region and a level not below the region', () => {
    const result = checkAgainstIndex(
      ok({
        metric: 'preschool_gross_enrollment',
        region: '410602',
        codes: '999999',
        level: 'province',
      }),
      index,
    );
    expect(
      result.ok ? [] : result.problems.map((p) => `${p.field}:${p.reason}:${p.value}`),
    ).toEqual(['region:unknown:410602', 'level:unavailable:province', 'codes:unknown:999999']);
  });

  it('rejects a metric with no data in this build', () => {
    const result = checkAgainstIndex(ok({ metric: 'public_kindergarten_share' }), index);
    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'metric', reason: 'unavailable', value: 'public_kindergarten_share' },
    ]);
  });
});

describe('small parsers', () => {
  it('localeOf and languageOf', () => {
    expect([localeOf('zh-Hans'), localeOf('EN'), localeOf('fr'), localeOf(null)]).toEqual([
      'zh',
      'en',
      null,
      null,
    ]);
    expect(languageOf({ lang: 'fr' }, 'en')).toBe('en');
  });

  it('parseCodes splits on commas, full-width commas and spaces; keeps bad ones apart', () => {
    expect(parseCodes('410602 410603,x1,410602')).toEqual({
      codes: ['410602', '410603'],
      bad: ['x1'],
    });
    expect(parseCodes(null)).toEqual({ codes: [], bad: [] });
  });
});
