// Which static figures the build makes: every metric at its latest year, the
// nation and each province, as ranking and map.

import { NATION_CODE, type AtlasIndex, type MetricId } from '../../src/contract';
import { STATIC_TYPES, type StaticType } from '../../src/embed/links';

export interface StaticJob {
  metric: MetricId;
  region: string;
  type: StaticType;
  year: number;
}

export function staticJobs(index: AtlasIndex, metrics?: readonly string[]): StaticJob[] {
  const regions = [
    NATION_CODE,
    ...index.units.code.filter((_, i) => index.units.level[i] === 'province'),
  ];
  const jobs: StaticJob[] = [];
  for (const m of index.metrics) {
    if (metrics && !metrics.includes(m.id)) continue;
    const year = m.years[m.years.length - 1];
    if (year === undefined) continue;
    for (const region of regions)
      for (const type of STATIC_TYPES) jobs.push({ metric: m.id, region, type, year });
  }
  return jobs;
}
