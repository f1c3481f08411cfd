// A page with <edu-profile> and <edu-gap-table> over the published demo data
// (served by `npx vite` from public/ at /data/). Query: ?region=410611&level=county
// &metric=inclusive_kindergarten_coverage&year=2023&locale=zh&panel=profile|gap|both

import '../../src/components/profile/element';
import '../../src/components/gap-table/element';
import {
  childLevelOf,
  isMetricId,
  metricById,
  type Level,
  type MetricId,
} from '../../src/contract';
import { AtlasDataSource } from '../../src/data/source';
import { UnitDirectory } from '../../src/data/units';
import type { GapInputRow } from '../../src/components/gap-table/model';

const params = new URLSearchParams(location.search);
const region = params.get('region') ?? '410611';
const level = (params.get('level') ?? 'county') as Level;
const metricParam = params.get('metric') ?? 'inclusive_kindergarten_coverage';
const metric: MetricId = isMetricId(metricParam) ? metricParam : 'inclusive_kindergarten_coverage';
const locale = params.get('locale') === 'en' ? 'en' : 'zh';
const panel = params.get('panel') ?? 'both';

async function main(): Promise<void> {
  const source = new AtlasDataSource('/data/');
  const index = await source.index();
  const units = new UnitDirectory(index.units);
  const year = Number(params.get('year') ?? index.years[index.years.length - 1]);
  const unit = units.get(level, region)!;
  const slot = document.getElementById('slot')!;
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  document.addEventListener('edu-select', (e) =>
    console.log('edu-select', JSON.stringify((e as CustomEvent).detail)),
  );

  if (panel !== 'gap') {
    const profile = document.createElement('edu-profile');
    Object.assign(profile, {
      source,
      units,
      code: region,
      level,
      metric,
      year,
      locale,
      synthetic: index.build.synthetic,
      boundariesBase: '/boundaries/',
    });
    slot.append(profile);
  }
  if (panel !== 'profile') {
    const parent = units.parentOf(unit) ?? unit;
    const rowLevel = childLevelOf(parent.level) ?? 'county';
    const columns = (await source.values(metric, year))?.levels[rowLevel];
    const at = new Map(columns?.code.map((c, i) => [c, i]) ?? []);
    const rows: GapInputRow[] = units.childrenOf(parent).map((u) => {
      const i = at.get(u.code);
      return {
        code: u.code,
        name: u.name,
        numerator: i === undefined ? null : columns!.numerator[i],
        denominator: i === undefined ? null : columns!.denominator[i],
        value: i === undefined ? null : columns!.value[i],
        flags: i === undefined || !columns!.flags[i] ? [] : columns!.flags[i].split(';'),
      };
    });
    const gap = document.createElement('edu-gap-table');
    Object.assign(gap, {
      metric: metricById(metric),
      year,
      parent,
      rows,
      locale,
      synthetic: index.build.synthetic,
    });
    slot.append(gap);
  }
  document.body.dataset.ready = 'true';
}

main().catch((error: unknown) => {
  document.body.dataset.ready = 'error';
  document.getElementById('slot')!.textContent = String(error);
});
