// Coverage and scope (docs/data-contract.md, "Coverage and scope"): a golden
// build of two counties of 金昌市 (620300) over two years, 金川区 in both and
// 永昌县 only in 2023; 甘肃's other prefectures send nothing.
// After a reviewed change: UPDATE_GOLDEN=1 npx vitest run test/pipeline/coverage.test.ts

import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/pipeline/build';
import { loadReferenceList } from '../../scripts/pipeline/reference';
import { englishPlaceName } from '../../src/pipeline/site';
import type { AtlasIndex, Manifest } from '../../src/contract/published';
import { validateAtlasIndex } from '../../src/contract/validate';
import { readAggregates, runBuild, schools, tempDir } from './helpers';

const FIXTURE = join(import.meta.dirname, '../fixtures/pipeline/partial');
const reference = loadReferenceList();
/** 甘肃's county-level units without functional zones, counted from the reference list. */
const GANSU_COUNTIES = reference.countyCodes.filter(
  (c) => c.startsWith('62') && !(Number(c.slice(4)) >= 71 && Number(c.slice(4)) <= 79),
).length;
const NATION_COUNTIES = reference.countyCodes.filter(
  (c) => !(Number(c.slice(4)) >= 71 && Number(c.slice(4)) <= 79),
).length;

let out = '';
let manifest: Manifest;
let index: AtlasIndex;

beforeAll(async () => {
  out = join(tempDir(), 'out');
  const result = await buildData({
    input: join(FIXTURE, 'input'),
    out,
    skipInvalid: false,
    projectReported: null,
    log: (line) => {
      throw new Error(`unexpected problem: ${line}`);
    },
    info: () => undefined,
  });
  expect(result.exitCode).toBe(0);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(join(FIXTURE, 'expected'), { recursive: true });
    cpSync(join(out, 'aggregates.csv'), join(FIXTURE, 'expected/aggregates.csv'));
  }
  manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  // The index as the client reads it (its coverage by unit rows, decoded).
  index = validateAtlasIndex(JSON.parse(readFileSync(join(out, 'v1/index.json'), 'utf8')));
});

describe('coverage and scope (golden)', () => {
  it('writes the expected aggregates.csv', () => {
    expect(readFileSync(join(out, 'aggregates.csv'), 'utf8')).toBe(
      readFileSync(join(FIXTURE, 'expected/aggregates.csv'), 'utf8'),
    );
  });

  it('flags every row of a unit lacking some counties partial, and no county row', () => {
    const rows = readAggregates(out);
    const partialOf = (level: string, code: string, year: string) =>
      rows
        .filter((r) => r.level === level && r.code === code && r.year === year)
        .map((r) => r.flags.split(';').includes('partial'));
    // 2022: 永昌县 has no rows, so 金昌市 is partial; 2023: both counties, complete.
    expect(partialOf('prefecture', '620300', '2022')).toEqual(expect.arrayContaining([true]));
    expect(new Set(partialOf('prefecture', '620300', '2022'))).toEqual(new Set([true]));
    expect(new Set(partialOf('prefecture', '620300', '2023'))).toEqual(new Set([false]));
    for (const year of ['2022', '2023']) {
      expect(new Set(partialOf('province', '620000', year))).toEqual(new Set([true]));
      expect(new Set(partialOf('nation', '000000', year))).toEqual(new Set([true]));
    }
    expect(rows.filter((r) => r.level === 'county' && r.flags.includes('partial'))).toEqual([]);
  });

  it('keeps flags sorted when partial joins another flag', () => {
    // 金川区's senior school of 2022 has no class counts: incomplete up the hierarchy.
    const rows = readAggregates(out);
    const flagsOf = (level: string, code: string) =>
      rows.find(
        (r) =>
          r.level === level &&
          r.code === code &&
          r.year === '2022' &&
          r.metric === 'class_multimedia_rate',
      )?.flags;
    expect(flagsOf('county', '620302')).toBe('incomplete');
    expect(flagsOf('prefecture', '620300')).toBe('incomplete;partial');
    expect(flagsOf('nation', '000000')).toBe('incomplete;partial');
  });

  it('counts county-level units with data per year in the manifest and the index', () => {
    const years = manifest.coverage.map((c) => c.year);
    expect(years).toEqual([2022, 2023]);
    const counts = (year: number) => {
      const c = manifest.coverage.find((y) => y.year === year)!;
      return Object.fromEntries(c.code.map((code, i) => [code, [c.withData[i], c.total[i]]]));
    };
    expect(counts(2022)).toEqual({
      '000000': [1, NATION_COUNTIES],
      '620000': [1, GANSU_COUNTIES],
      '620300': [1, 2],
    });
    expect(counts(2023)).toEqual({
      '000000': [2, NATION_COUNTIES],
      '620000': [2, GANSU_COUNTIES],
      '620300': [2, 2],
    });
    expect(index.coverage).toEqual(manifest.coverage);
  });

  it('records the scope: the prefecture holding every county with data in 2023', () => {
    const scope = { level: 'prefecture', code: '620300', name: '金昌市', year: 2023 };
    expect(manifest.scope).toEqual(scope);
    expect(index.scope).toEqual(scope);
  });

  it('titles the site after its scope when no site.json is given', () => {
    expect(index.site).toEqual({
      title: { zh: '金昌市教育地图', en: 'Jinchang Education Atlas' },
      subtitle: { zh: '区县教育指标', en: 'district indicators' },
      publisher: null,
      contact: null,
      defaultMetric: null,
      origin: 'scope',
    });
    expect(manifest.site).toEqual(index.site);
  });
});

describe('coverage edge cases', () => {
  const row = (year: number, id: string, code: string) =>
    `${year},${id},学校${id},${code},primary,public,,,4,4,100,80,8,6,1`;

  it('a functional zone missing does not make its prefecture partial', async () => {
    // 鹤壁's five counties all report; 鹤壁经济技术开发区 (410671) sends nothing.
    const codes = ['410602', '410603', '410611', '410621', '410622'];
    const run = await runBuild({
      'schools.csv': schools(...codes.map((c, i) => row(2023, `S${i}`, c))),
    });
    expect(run.exitCode).toBe(0);
    const prefecture = run.rows.filter((r) => r.level === 'prefecture');
    expect(prefecture.length).toBeGreaterThan(0);
    expect(prefecture.every((r) => !r.flags.includes('partial'))).toBe(true);
    expect(run.rows.find((r) => r.level === 'province')?.flags).toContain('partial');
  });

  it('two prefectures of one province scope the province; two provinces the nation', async () => {
    const province = await runBuild({
      'schools.csv': schools(row(2023, 'A', '410602'), row(2023, 'B', '410102')),
    });
    const scope = (run: { out: string }) =>
      (JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8')) as Manifest).scope;
    expect(scope(province)).toEqual({
      level: 'province',
      code: '410000',
      name: '河南省',
      year: 2023,
    });
    const nation = await runBuild({
      'schools.csv': schools(
        row(2022, 'A', '410602'),
        row(2023, 'B', '620302'),
        row(2023, 'C', '410602'),
      ),
    });
    expect(scope(nation)).toEqual({ level: 'nation', code: '000000', name: '全国', year: 2023 });
  });

  it('the scope follows the latest year only', async () => {
    const run = await runBuild({
      'schools.csv': schools(row(2022, 'A', '410102'), row(2023, 'A', '410602')),
    });
    const m = JSON.parse(readFileSync(join(run.out, 'manifest.json'), 'utf8')) as Manifest;
    expect(m.scope.code).toBe('410600');
  });
});

describe('site identity', () => {
  const one = schools('2023,A,学校A,410602,primary,public,,,4,4,100,80,8,6,1');

  it('reads site.json: a string for both languages, or zh and en', async () => {
    const run = await runBuild({
      'schools.csv': one,
      'site.json': JSON.stringify({
        title: { zh: '鹤壁教育', en: 'Hebi schools' },
        subtitle: '2023',
        publisher: '鹤壁市教育局',
        contact: 'data@example.org',
        defaultMetric: 'class_multimedia_rate',
      }),
    });
    expect(run.exitCode).toBe(0);
    const site = (JSON.parse(readFileSync(join(run.out, 'v1/index.json'), 'utf8')) as AtlasIndex)
      .site;
    expect(site).toEqual({
      title: { zh: '鹤壁教育', en: 'Hebi schools' },
      subtitle: { zh: '2023', en: '2023' },
      publisher: '鹤壁市教育局',
      contact: 'data@example.org',
      defaultMetric: 'class_multimedia_rate',
      origin: 'site.json',
    });
  });

  it('flags win over site.json', async () => {
    const run = await runBuild(
      { 'schools.csv': one, 'site.json': '{"publisher": "A"}' },
      { site: { publisher: 'B' } },
    );
    const site = (JSON.parse(readFileSync(join(run.out, 'v1/index.json'), 'utf8')) as AtlasIndex)
      .site;
    expect(site.publisher).toBe('B');
    expect(site.title.zh).toBe('鹤壁市教育地图');
  });

  it('an unknown key or a bad metric id is a clear error (exit 1, nothing written)', async () => {
    const unknown = await runBuild({ 'schools.csv': one, 'site.json': '{"titel": "x"}' });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.log).toContain(
      'site.json: unknown key "titel" (accepted: title, subtitle, publisher, contact, defaultMetric)',
    );
    const metric = await runBuild({ 'schools.csv': one, 'site.json': '{"defaultMetric": "x"}' });
    expect(metric.exitCode).toBe(1);
    expect(metric.log[0]).toMatch(/^site\.json: "defaultMetric" "x" is not a catalogue metric id/);
    const broken = await runBuild({ 'schools.csv': one, 'site.json': '{"title": ' });
    expect(broken.exitCode).toBe(1);
    expect(broken.log[0]).toMatch(/^site\.json: not valid JSON/);
  });

  it('names places in English without their unit suffix', () => {
    expect(englishPlaceName('鹤壁市')).toBe('Hebi');
    expect(englishPlaceName('河南省')).toBe('Henan');
    expect(englishPlaceName('广西壮族自治区')).toBe('Guangxi');
    expect(englishPlaceName('浚县')).toBe('Xunxian');
  });
});

describe('site identity flags', () => {
  it('a bad --default-metric is wrong usage naming the flag', async () => {
    const { siteSettingsFromFlags } = await import('../../src/pipeline/site');
    expect(() => siteSettingsFromFlags({ defaultMetric: 'x' })).toThrow(
      /^--default-metric "x" is not a catalogue metric id/,
    );
    expect(siteSettingsFromFlags({ title: '鹤壁', publisher: undefined })).toEqual({
      title: { zh: '鹤壁', en: '鹤壁' },
    });
  });
});
