import type { ProblemStrings } from '../types/embed-problems';

const quote = (v: string) => `“${v}”`;

export const strings: ProblemStrings = {
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
    const v = quote(p.value);
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
};
