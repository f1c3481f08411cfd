// What an embed says in place of its chart when an attribute is wrong: one
// line per problem, naming the attribute and echoing the value as text (Lit
// escapes it), in both languages. Loaded only when there is a problem, so a
// chart that draws does not carry these strings.

import { html, type TemplateResult } from 'lit';
import type { Locale } from '../format';
import type { EmbedField, EmbedProblem } from './params';

interface ProblemStrings {
  problemHeading: string;
  fields: Record<EmbedField, string>;
  problem: (p: EmbedProblem, field: string) => string;
}

const quote = (v: string, locale: Locale) => (locale === 'zh' ? `“${v}”` : `"${v}"`);

const problemStrings: Record<Locale, ProblemStrings> = {
  zh: {
    problemHeading: '无法显示这张图',
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
    problemHeading: 'This chart cannot be shown',
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
  const s = problemStrings[locale];
  return s.problem(problem, s.fields[problem.field]);
}

export function problemTemplate(
  problems: readonly EmbedProblem[],
  locales: readonly Locale[],
): TemplateResult {
  return html`<div class="problem" role="alert">
    ${locales.map(
      (locale) =>
        html`<div lang=${locale === 'zh' ? 'zh-CN' : 'en'}>
          <strong>${problemStrings[locale].problemHeading}</strong>
          <ul>
            ${problems.map((p) => html`<li>${problemText(p, locale)}</li>`)}
          </ul>
        </div>`,
    )}
  </div>`;
}
