// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/gap-table/element';
import type { EduGapTable } from '../../src/components/gap-table/element';
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
      'county,410602,鹤山区,410600,2021,inclusive_kindergarten_coverage,211,251,0.84063745,,0.9,-5.936255,15,synthetic',
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
