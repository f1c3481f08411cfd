// reported.csv's optional columns caveat_en and reading (docs/data-contract.md,
// "Inputs"): a restored reading is published as such, with the caveat in both
// languages; the project's own figures from 鹤壁's damaged speech are restored.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportedFigure } from '../../src/contract';
import { runBuild, schools } from './helpers';

const HEADER = 'code,year,metric,value,unit,source,quote,caveat';
const SCHOOL = '2021,S1,,410602,senior,public,,,10,7,,,,,';

function published(out: string): ReportedFigure[] {
  const index = JSON.parse(readFileSync(join(out, 'v1/index.json'), 'utf8')) as {
    files: { reported: string };
  };
  return (
    JSON.parse(readFileSync(join(out, index.files.reported), 'utf8')) as {
      figures: ReportedFigure[];
    }
  ).figures;
}

describe('reported.csv: caveat_en and reading', () => {
  it('publishes a restored reading and the English caveat; printed and empty mean printed', async () => {
    const run = await runBuild({
      'schools.csv': schools(SCHOOL),
      'reported.csv': [
        `${HEADER},caveat_en,reading`,
        '410600,2021,after_school_school_coverage,1,fraction,鹤壁 2022,学校覆盖率%,数字缺失，按100%复原,"Digits lost; restored as 100 %",restored',
        '410600,2021,class_multimedia_rate,0.994,fraction,鹤壁 2022,覆盖率达99.4%,,,printed',
        '410600,2021,after_school_teacher_participation,0.924,fraction,鹤壁 2022,教师参与率92.4%,,,',
      ].join('\n'),
    });
    expect(run.log).toEqual([]);
    expect(run.exitCode).toBe(0);
    const figures = published(run.out);
    const by = (metric: string) => figures.find((f) => f.metric === metric);
    expect(by('after_school_school_coverage')).toMatchObject({
      value: 1,
      caveat: '数字缺失，按100%复原',
      caveatEn: 'Digits lost; restored as 100 %',
      reading: 'restored',
    });
    // Defaults are left out of the published file: absent reading means printed.
    expect(by('class_multimedia_rate')).not.toHaveProperty('reading');
    expect(by('class_multimedia_rate')).not.toHaveProperty('caveatEn');
    expect(by('after_school_teacher_participation')).not.toHaveProperty('reading');
  });

  it('reads the two optional columns under their Chinese headers (英文说明, 读法: 复原)', async () => {
    const run = await runBuild({
      'schools.csv': schools(SCHOOL),
      'reported.csv': `代码,年份,指标,数值,单位,来源,原文,说明,英文说明,读法\n410600,2021,class_multimedia_rate,0.9,fraction,doc,,说明,note,复原\n`,
    });
    expect(run.exitCode).toBe(0);
    expect(published(run.out)[0]).toMatchObject({ caveatEn: 'note', reading: 'restored' });
  });

  it('rejects an unknown reading, and a restored reading without a caveat, at FILE:LINE:COLUMN', async () => {
    const run = await runBuild({
      'schools.csv': schools(SCHOOL),
      'reported.csv': [
        `${HEADER},reading`,
        '410600,2021,class_multimedia_rate,0.9,fraction,doc a,,,guessed',
        '410600,2021,class_multimedia_rate,0.9,fraction,doc b,,,restored',
      ].join('\n'),
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toEqual([
      'reported.csv:2:reading: reading "guessed" is not printed or restored (empty means printed)',
      'reported.csv:3:caveat: a restored reading needs a caveat saying what was lost and how the value was restored',
    ]);
  });
});

describe("the project's data/reported.csv", () => {
  it('marks 鹤壁 2021 as restored readings with caveats in both languages; sources name no seed files', async () => {
    const run = await runBuild(
      { 'schools.csv': schools(SCHOOL) },
      { projectReported: resolve(import.meta.dirname, '../../data/reported.csv') },
    );
    expect(run.log).toEqual([]);
    const figures = published(run.out);
    const hebi = figures.filter((f) => f.code === '410600' && f.year === 2021);
    expect(hebi).toHaveLength(4);
    for (const f of hebi) {
      expect(f.reading, f.metric).toBe('restored');
      expect(f.caveat, f.metric).toMatch(/[\u4e00-\u9fff]/);
      expect(f.caveat, f.metric).not.toMatch(/This copy/);
      expect(f.caveatEn, f.metric).toMatch(/^This copy of the speech lost/);
      expect(f.source, f.metric).toBe(
        '鹤壁市教育体育局：在2022年全市教育体育暨全面从严治党工作会议上的讲话（2022年）',
      );
    }
    expect(figures.every((f) => !/seeds\//.test(f.source))).toBe(true);
    expect(figures.filter((f) => f.reading === 'restored')).toHaveLength(4);
  });
});
