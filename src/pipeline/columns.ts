// Input columns: canonical English names, accepted Chinese aliases, and the
// enumerations each coded column accepts. See docs/data-contract.md "Inputs".

import type { Stage } from '../contract/metrics';

export interface ColumnSpec {
  name: string;
  aliases: readonly string[];
  required: boolean;
}

const column = (name: string, aliases: string[], required = false): ColumnSpec => ({
  name,
  aliases,
  required,
});

export const SCHOOL_COLUMNS = [
  column('year', ['年份'], true),
  column('school_id', ['学校标识码', '学校代码'], true),
  column('school_name', ['学校名称']),
  column('county_code', ['区县代码', '行政区划代码'], true),
  column('stage', ['学段'], true),
  column('ownership', ['举办者', '办别']),
  column('inclusive', ['普惠']),
  column('children_enrolled', ['在园幼儿数']),
  column('classes', ['班级数']),
  column('classes_with_multimedia', ['多媒体班级数']),
  column('students', ['在校生数']),
  column('students_after_school', ['参加课后服务学生数']),
  column('teachers', ['专任教师数']),
  column('teachers_after_school', ['参与课后服务教师数']),
  column('offers_after_school', ['开展课后服务']),
] as const;

export type SchoolColumn = (typeof SCHOOL_COLUMNS)[number]['name'];

export const POPULATION_COLUMNS = [
  column('year', ['年份'], true),
  column('county_code', ['区县代码', '行政区划代码'], true),
  column('age_3_5', ['3-5岁常住人口', '3—5岁常住人口', '3～5岁常住人口'], true),
] as const;

export const REPORTED_COLUMNS = [
  column('code', ['代码', '行政区划代码'], true),
  column('year', ['年份'], true),
  column('metric', ['指标'], true),
  column('value', ['数值'], true),
  column('unit', ['单位'], true),
  column('source', ['来源'], true),
  column('quote', ['原文'], true),
  column('caveat', ['说明'], true),
  column('caveat_en', ['英文说明', '说明（英文）']),
  column('reading', ['读法']),
] as const;

export const STAGE_VALUES: Readonly<Record<string, Stage>> = {
  kindergarten: 'kindergarten',
  幼儿园: 'kindergarten',
  primary: 'primary',
  小学: 'primary',
  junior: 'junior',
  初中: 'junior',
  senior: 'senior',
  高中: 'senior',
};

export type Ownership = 'public' | 'private';
export const OWNERSHIP_VALUES: Readonly<Record<string, Ownership>> = {
  public: 'public',
  公办: 'public',
  private: 'private',
  民办: 'private',
};

export const BOOLEAN_VALUES: Readonly<Record<string, 0 | 1>> = { '1': 1, '0': 0, 是: 1, 否: 0 };

/** Normalise a header cell: trim, drop a BOM, English names case-insensitive. */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/** The accepted spellings of a column, for error messages. */
export function acceptedNames(spec: ColumnSpec): string {
  return [spec.name, ...spec.aliases].join(', ');
}
