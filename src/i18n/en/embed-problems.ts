import type { ProblemStrings } from '../types/embed-problems';

const quote = (v: string) => `"${v}"`;

export const strings: ProblemStrings = {
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
    const v = quote(p.value);
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
};
