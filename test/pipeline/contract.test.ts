// The JSON the build writes validates against the contract the client reads,
// and the client's data source loads it.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INDEX_PATH,
  METRIC_IDS,
  validateAtlasIndex,
  validateMetricYearValues,
  validateProvinceSeries,
} from '../../src/contract';
import { validateReportedFile } from '../../src/contract/validate-reported';
import { AtlasDataSource } from '../../src/data/source';
import { UnitDirectory } from '../../src/data/units';

const EXPECTED = join(import.meta.dirname, '../fixtures/pipeline/golden/expected');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('published JSON contract', () => {
  it('validates every file the build wrote', () => {
    const files = jsonFiles(join(EXPECTED, 'v1'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const rel = relative(EXPECTED, file);
      if (rel === INDEX_PATH) validateAtlasIndex(read(file));
      else if (rel.includes('/values/')) validateMetricYearValues(read(file));
      else if (rel.includes('/series/')) validateProvinceSeries(read(file));
      else if (rel.includes('/reported.')) validateReportedFile(read(file));
      else throw new Error(`unexpected file ${rel}`);
    }
  });

  it('rejects a file that breaks the contract, naming where', () => {
    const values = read(jsonFiles(join(EXPECTED, 'v1/values'))[0]) as {
      levels: Record<string, { value: unknown[] }>;
    };
    const level = Object.keys(values.levels)[0];
    values.levels[level].value[0] = 'high';
    expect(() => validateMetricYearValues(values)).toThrow(
      `levels.${level}.value[0]: expected a finite number`,
    );
  });

  it('is read by the client data source, each file fetched once', async () => {
    const fetched: string[] = [];
    const source = new AtlasDataSource('http://atlas.test/data/', async (url) => {
      fetched.push(url);
      const path = join(EXPECTED, new URL(url).pathname.replace('/data/', ''));
      return { ok: true, status: 200, json: async () => read(path) };
    });
    const index = await source.index();
    expect(index.metrics.map((m) => m.id)).toEqual([...METRIC_IDS]);
    const units = new UnitDirectory(index.units);
    expect(units.get('county', '410611')).toMatchObject({
      name: '淇滨区',
      parent: '410600',
      pinyin: 'qi bin qu',
      initials: 'qbq',
    });
    expect(units.get('prefecture', '441900')?.name).toBe('东莞市');
    expect(units.pathTo(units.get('county', '410611')!).map((u) => u.code)).toEqual([
      '000000',
      '410000',
      '410600',
      '410611',
    ]);

    const [a, b] = await Promise.all([
      source.values('inclusive_kindergarten_coverage', 2021),
      source.values('inclusive_kindergarten_coverage', 2021),
    ]);
    expect(a).toBe(b);
    const prefectures = a!.levels.prefecture!;
    const i = prefectures.code.indexOf('410600');
    expect(prefectures.numerator[i]).toBe(721);
    expect(prefectures.flags[i]).toBe('incomplete;partial');
    expect(await source.values('inclusive_kindergarten_coverage', 1999)).toBeNull();
    const series = await source.series('410000');
    expect(series!.rows.code).toContain('410611');
    const reported = await source.reported();
    expect(reported.figures[0]).toMatchObject({
      code: '410600',
      quote: '全市班级媒体教学设备覆盖率达99.4%',
    });
    expect(
      fetched.filter((url) => url.includes('inclusive_kindergarten_coverage/2021')),
    ).toHaveLength(1);
  });
});
