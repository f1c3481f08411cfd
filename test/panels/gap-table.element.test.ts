// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/gap-table/element';
import {
  GAP_TARGET,
  type EduGapTable,
  type GapTargetDetail,
} from '../../src/components/gap-table/element';
import type { GapInputRow } from '../../src/components/gap-table/model';
import { metricById, type MetricId } from '../../src/contract';
import type { EduSelectDetail } from '../../src/charts';
import { goldenSource, goldenUnits } from './golden-source';

afterEach(() => document.body.replaceChildren());

const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The rows the app would pass: every county of 鹤壁市, values from the golden build. */
async function hebiRows(metric: MetricId, year: number): Promise<GapInputRow[]> {
  const units = goldenUnits();
  const hebi = units.get('prefecture', '410600')!;
  const columns = (await goldenSource().values(metric, year))!.levels.county!;
  return units.childrenOf(hebi).map((u) => {
    const i = columns.code.indexOf(u.code);
    return {
      code: u.code,
      name: u.name,
      numerator: i < 0 ? null : columns.numerator[i],
      denominator: i < 0 ? null : columns.denominator[i],
      value: i < 0 ? null : columns.value[i],
      flags: i < 0 || !columns.flags[i] ? [] : columns.flags[i].split(';'),
    };
  });
}

async function mount(metric: MetricId, props: Partial<EduGapTable> = {}): Promise<EduGapTable> {
  const el = document.createElement('edu-gap-table');
  Object.assign(el, {
    metric: metricById(metric),
    year: 2021,
    parent: goldenUnits().get('prefecture', '410600'),
    rows: await hebiRows(metric, 2021),
    synthetic: true,
    ...props,
  });
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<edu-gap-table>', () => {
  it('lists units below the target with the places needed; missing ones apart', async () => {
    const el = await mount('inclusive_kindergarten_coverage');
    const root = el.shadowRoot!;
    const rows = [...root.querySelectorAll('tbody tr')];
    // 鹤山区 211/251 = 84.06 %: 0.85 × 251 − 211 = 2.35 → 3 places
    expect(rows.map((r) => r.getAttribute('data-code'))).toEqual(['410602', '410603', '410611']);
    expect([...rows[0].querySelectorAll('td')].map(text)).toEqual([
      '84.1%',
      '-0.9个百分点',
      '3',
      '未达标',
      '',
    ]);
    expect(text(rows[2].querySelector('td:nth-of-type(4)'))).toBe('达标');
    expect(text(rows[2].querySelector('.flags'))).toBe('数据不完整');
    expect(text(root.querySelector('tfoot'))).toContain('3个有数据的单位中1个未达标');
    expect(text(root.querySelector('tfoot'))).toContain('共需3个普惠性学位');
    expect(
      [...root.querySelectorAll('ul.missing li')].map((li) => li.getAttribute('data-code')),
    ).toEqual(['410621', '410622', '410671']);
    expect(text(root.querySelector('ul.missing li'))).toContain('无数据');
    expect(text(root.querySelector('h2'))).toContain('合成数据');
  });

  it('notes each flag once under the table, its name once (超过100%：…, not 超过100%：超过100%：…)', async () => {
    const rows = (await hebiRows('inclusive_kindergarten_coverage', 2021)).map((r) =>
      r.code === '410602' ? { ...r, flags: ['over_100', 'incomplete'] } : r,
    );
    const notes = async (locale: 'zh' | 'en') => {
      const el = await mount('inclusive_kindergarten_coverage', { rows, locale });
      return [...el.shadowRoot!.querySelectorAll('p.note')].map(text);
    };
    const zh = await notes('zh');
    expect(zh).toContain('超过100%：外地或不在该年龄段的幼儿在本地入园。');
    expect(zh).toContain('数据不完整：部分学校的报表缺失，此数字只覆盖本地区的一部分。');
    expect(zh.filter((note) => note.includes('超过100%'))).toHaveLength(1);
    expect(zh.join('').split('超过100%')).toHaveLength(2);
    const en = await notes('en');
    expect(en).toContain(
      'Above 100%: children from elsewhere or outside the age band attend here.',
    );
    expect(en.join('').split('Above 100%')).toHaveLength(2);
  });

  it('answers "what if 90 %?" from the input, sorts, and downloads the rows shown', async () => {
    const el = await mount('inclusive_kindergarten_coverage');
    const root = el.shadowRoot!;
    const input = root.querySelector('input[type="number"]') as HTMLInputElement;
    expect(input.value).toBe('85');
    input.value = '90';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // 0.9 × 251 − 211 = 14.9 → 15
    expect(text(root.querySelector('tbody tr td:nth-of-type(3)'))).toBe('15');
    expect(el.csv()!.split('\n')[1]).toBe(
      'county,410602,鹤山区,410600,2021,inclusive_kindergarten_coverage,211,251,0.84063745,,0.9,-5.936255,15,1,1,synthetic',
    );
    expect(el.csv()!.trimEnd().split('\n')).toHaveLength(1 + 3 + 3);

    (root.querySelector('button.sort') as HTMLButtonElement).click();
    await el.updateComplete;
    expect([...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-code'))).toEqual([
      '410603',
      '410611',
      '410602',
    ]);
    expect(root.querySelector('th[aria-sort]')?.getAttribute('aria-sort')).toBe('ascending');
  });

  it('explains CVs and metrics without a target', async () => {
    const cv = await mount('multimedia_balance_cv_primary', { locale: 'en' });
    expect(text(cv.shadowRoot!.querySelector('.message'))).toContain(
      'no number of places closes it',
    );
    expect(cv.shadowRoot!.querySelectorAll('thead th')).toHaveLength(5);
    const none = await mount('class_multimedia_rate', { locale: 'en' });
    expect(text(none.shadowRoot!.querySelector('.message'))).toContain('no national target');
    expect(none.shadowRoot!.querySelector('tfoot')).toBeNull();
  });

  it("counts a province's places county by county, shows counties below, switches to county rows", async () => {
    // Two prefectures; 甲市 meets 85 % overall (3000 / 3500) but two of its counties fall short
    // (150 + 25 places); 乙市's only county is below (0.85 × 600 − 450 = 60).
    const county = (code: string, n: number, d: number, parentName: string): GapInputRow => ({
      code,
      name: `县${code}`,
      numerator: n,
      denominator: d,
      value: n / d,
      flags: [],
      parentName,
      parentCode: `${code.slice(0, 4)}00`,
    });
    const a = [
      county('410601', 700, 1000, '甲市'),
      county('410602', 400, 500, '甲市'),
      county('410603', 1900, 2000, '甲市'),
    ];
    const b = [county('410701', 450, 600, '乙市')];
    const prefecture = (code: string, name: string, list: GapInputRow[]): GapInputRow => {
      const n = list.reduce((s, c) => s + c.numerator!, 0);
      const d = list.reduce((s, c) => s + c.denominator!, 0);
      return { code, name, numerator: n, denominator: d, value: n / d, flags: [], counties: list };
    };
    const el = document.createElement('edu-gap-table');
    Object.assign(el, {
      metric: metricById('inclusive_kindergarten_coverage'),
      year: 2021,
      parent: {
        level: 'province',
        code: '410000',
        name: '河南省',
        parent: '000000',
        pinyin: '',
        initials: '',
      },
      rows: [prefecture('410600', '甲市', a), prefecture('410700', '乙市', b)],
      counties: [...a, ...b],
    });
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const cells = (code: string) =>
      [...root.querySelectorAll(`tr[data-code="${code}"] td`)].map(text);
    // value, gap, places, counties below, status, notes
    expect(cells('410600')).toEqual(['85.7%', '+0.7个百分点', '175', '2 / 3', '达标', '']);
    expect(cells('410700')).toEqual(['75.0%', '-10.0个百分点', '60', '1 / 1', '未达标', '']);
    expect(text(root.querySelector('tfoot'))).toBe(
      '合计 2个有数据的单位中1个未达标；4个有数据的区县中3个未达标；共需235个普惠性学位',
    );
    expect(text(root.querySelector('.counted'))).toContain('不与达标区县的富余相抵');
    // Cells with nothing to say stay empty, so that a phone's card hides their label.
    expect(root.querySelector('tr[data-code="410600"] td.flags')!.matches(':empty')).toBe(true);
    expect(text(root.querySelector('caption'))).toContain('河南省下辖各地市');

    const toggle = root.querySelector('button.county-switch') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(text(toggle)).toBe('按地市列出');
    expect([...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-code'))).toEqual([
      '410601',
      '410701',
      '410602',
      '410603',
    ]);
    expect(text(root.querySelector('tr[data-code="410701"] th'))).toBe('县410701 乙市');
    expect(root.querySelectorAll('thead th')).toHaveLength(6);
    expect(text(root.querySelector('tfoot'))).toBe(
      '合计 4个有数据的单位中3个未达标；共需235个普惠性学位',
    );
    expect(el.csv()!.split('\n')[2]).toBe(
      'county,410701,县410701,410700,2021,inclusive_kindergarten_coverage,450,600,0.75,,0.85,-10,60,1,1,real',
    );
  });

  it('tells the app the typed target, and takes a new one from it', async () => {
    const el = document.createElement('edu-gap-table');
    Object.assign(el, {
      metric: metricById('inclusive_kindergarten_coverage'),
      year: 2021,
      rows: [
        {
          code: '410602',
          name: '鹤山区',
          numerator: 211,
          denominator: 251,
          value: 211 / 251,
          flags: [],
        },
      ],
    });
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const seen: (number | null)[] = [];
    el.addEventListener(GAP_TARGET, (e) =>
      seen.push((e as CustomEvent<GapTargetDetail>).detail.target),
    );
    const input = root.querySelector('input[type="number"]') as HTMLInputElement;
    input.value = '90';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    (root.querySelector('.controls button') as HTMLButtonElement).click();
    expect(seen).toEqual([90, null]);
    el.target = 0.8;
    await el.updateComplete;
    expect(input.value).toBe('80');
  });

  it('dispatches edu-select for a unit, at the level below the parent', async () => {
    const el = await mount('inclusive_kindergarten_coverage');
    const seen: EduSelectDetail[] = [];
    document.addEventListener('edu-select', (e) =>
      seen.push((e as CustomEvent<EduSelectDetail>).detail),
    );
    (el.shadowRoot!.querySelector('tbody tr button') as HTMLButtonElement).click();
    (el.shadowRoot!.querySelector('ul.missing button') as HTMLButtonElement).click();
    expect(seen).toEqual([
      { code: '410602', level: 'county' },
      { code: '410621', level: 'county' },
    ]);
  });
});
