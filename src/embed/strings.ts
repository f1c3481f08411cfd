// Every string the embeds show, in both languages.

import type { Locale } from '../format';
import type { EmbedField, EmbedProblem } from './params';

export interface EmbedStrings {
  loading: string;
  problemHeading: string;
  loadFailed: string;
  viewInAtlas: string;
  mapTitle: (metric: string, region: string, year: number) => string;
  mapSubtitle: (count: number, level: string) => string;
  levels: Record<'province' | 'prefecture' | 'county', string>;
  fields: Record<EmbedField, string>;
  problem: (p: EmbedProblem, field: string) => string;
}

const quote = (v: string, locale: Locale) => (locale === 'zh' ? `“${v}”` : `"${v}"`);

export const embedStrings: Record<Locale, EmbedStrings> = {
  zh: {
    loading: '图表加载中…',
    problemHeading: '无法显示这张图',
    loadFailed: '数据加载失败，请稍后重试。',
    viewInAtlas: '在教育地图中查看',
    mapTitle: (metric, region, year) => `${metric}：${region}，${year}年`,
    mapSubtitle: (count, level) => `共${count}个${level}`,
    levels: { province: '省级单位', prefecture: '地级单位', county: '县级单位' },
    fields: {
      type: '图表类型（type）',
      view: '视图（view）',
      chart: '图表类型（chart）',
      metric: '指标（metric）',
      x: '横轴指标（x）',
      metric2: '第二个指标（metric2）',
      year: '年份（year）',
      from: '起始年份（from）',
      region: '地区（region）',
      level: '层级（level）',
      codes: '地区代码（codes）',
      select: '地区代码（select）',
      by: '层级（by）',
      class: '分级方法（class）',
      target: '目标（target）',
      lang: '语言（lang）',
      theme: '主题（theme）',
    },
    problem: (p, field) => {
      const v = quote(p.value, 'zh');
      const hint = p.expected ? `，可用：${p.expected}` : '';
      switch (p.reason) {
        case 'missing':
          return `缺少${field}`;
        case 'malformed':
          return `${field}格式不对：${v}${hint}`;
        case 'unknown':
          return `未知的${field}：${v}${hint}`;
        case 'unavailable':
          return `没有${field}${v}的数据${hint}`;
        case 'too-many':
          return `${field}太多：${p.value}个，最多${p.expected}个`;
      }
    },
  },
  en: {
    loading: 'Loading chart…',
    problemHeading: 'This chart cannot be shown',
    loadFailed: 'The data could not be loaded. Please try again later.',
    viewInAtlas: 'View in the Education Atlas',
    mapTitle: (metric, region, year) => `${metric}: ${region}, ${year}`,
    mapSubtitle: (count, level) => `${count} ${level}`,
    levels: { province: 'provinces', prefecture: 'prefectures', county: 'counties' },
    fields: {
      type: 'chart type (type)',
      view: 'view',
      chart: 'chart type (chart)',
      metric: 'metric',
      x: 'x-axis metric (x)',
      metric2: 'second metric (metric2)',
      year: 'year',
      from: 'first year (from)',
      region: 'region',
      level: 'level',
      codes: 'unit codes (codes)',
      select: 'unit codes (select)',
      by: 'level (by)',
      class: 'classification (class)',
      target: 'target',
      lang: 'language (lang)',
      theme: 'theme',
    },
    problem: (p, field) => {
      const v = quote(p.value, 'en');
      const hint = p.expected ? ` (expected: ${p.expected})` : '';
      switch (p.reason) {
        case 'missing':
          return `Missing ${field}`;
        case 'malformed':
          return `Malformed ${field}: ${v}${hint}`;
        case 'unknown':
          return `Unknown ${field}: ${v}${hint}`;
        case 'unavailable':
          return `No data for ${field} ${v}${hint}`;
        case 'too-many':
          return `Too many ${field}: ${p.value}, at most ${p.expected}`;
      }
    },
  },
};

export function problemText(problem: EmbedProblem, locale: Locale): string {
  const s = embedStrings[locale];
  return s.problem(problem, s.fields[problem.field]);
}
