// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tableRows } from '../../src/app/table-rows';
import '../../src/components/unit-table';
import { metricById } from '../../src/contract';
import { units } from './fixture-units';
import { values } from './fixture-values';

const metric = metricById('inclusive_kindergarten_coverage');

async function mount(full: boolean) {
  const table = document.createElement('edu-unit-table');
  table.rows = tableRows(units.childrenOf(units.get('prefecture', '410600')!), values, metric);
  table.metric = metric;
  table.full = full;
  document.body.append(table);
  await table.updateComplete;
  return table;
}

const cells = (table: HTMLElement) =>
  [...table.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );

describe('<edu-unit-table>', () => {
  it('shows rank, name, code, value, numerator, denominator and flags; missing as 无数据', async () => {
    const table = await mount(true);
    expect(cells(table)).toEqual([
      ['1', '淇滨区', '410611', '90.0%', '90', '100', ''],
      ['2', '鹤山区', '410602', '80.0%*', '80', '100', '数据不完整'],
      ['—', '浚县', '410621', '无数据', '无数据', '无数据', ''],
    ]);
  });

  it('says when a functional zone with data has no area on the map', async () => {
    const table = document.createElement('edu-unit-table');
    table.rows = [
      {
        level: 'county',
        code: '410671',
        name: '鹤壁经济技术开发区',
        parentCode: '410600',
        value: 0.95,
        numerator: 95,
        denominator: 100,
        flags: [],
        rank: 1,
      },
      {
        level: 'county',
        code: '410672',
        name: '无数据的功能区',
        parentCode: '410600',
        value: null,
        numerator: null,
        denominator: null,
        flags: [],
        rank: null,
      },
    ];
    table.metric = metric;
    document.body.append(table);
    await table.updateComplete;
    expect(cells(table).map((r) => r.at(-1))).toEqual(['地图上无区域（功能区）', '']);
    table.remove();
  });

  it('sorts by a column header (aria-sort follows) and shownRows matches the screen', async () => {
    const table = await mount(false);
    const nameHeader = [...table.shadowRoot!.querySelectorAll('th[scope=col]')][1];
    nameHeader.querySelector('button')!.click();
    await table.updateComplete;
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const names = cells(table).map((r) => r[1]);
    expect(table.shownRows.map((r) => r.name)).toEqual(names);
    nameHeader.querySelector('button')!.click();
    await table.updateComplete;
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(cells(table).map((r) => r[1])).toEqual([...names].reverse());
  });

  it('opens a unit from its name button', async () => {
    const table = await mount(false);
    const opened: unknown[] = [];
    table.addEventListener('edu-open', (e) => opened.push((e as CustomEvent).detail));
    table.shadowRoot!.querySelector<HTMLButtonElement>('tbody th button')!.click();
    expect(opened).toEqual([{ code: '410611', level: 'county' }]);
  });
});
