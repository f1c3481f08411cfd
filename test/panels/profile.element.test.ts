// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/profile/element';
import type { EduProfile } from '../../src/components/profile/element';
import type { EduSelectDetail } from '../../src/charts';
import { BOUNDARIES_BASE, boundaryFetch, goldenSource, goldenUnits } from './golden-source';

beforeEach(() => vi.stubGlobal('fetch', boundaryFetch));
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function settled(el: EduProfile): Promise<ShadowRoot> {
  for (let i = 0; i < 50; i++) {
    await el.updateComplete;
    const root = el.shadowRoot!;
    if (root.querySelector('table.metrics') && !root.querySelector('[aria-busy]')) return root;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('profile did not settle');
}

async function mount(props: Partial<EduProfile>): Promise<EduProfile> {
  const el = document.createElement('edu-profile');
  Object.assign(el, {
    source: goldenSource(),
    units: goldenUnits(),
    code: '410611',
    level: 'county',
    metric: 'inclusive_kindergarten_coverage',
    year: 2021,
    synthetic: true,
    boundariesBase: BOUNDARIES_BASE,
    ...props,
  });
  document.body.append(el);
  return el;
}

const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function listen(): EduSelectDetail[] {
  const seen: EduSelectDetail[] = [];
  document.addEventListener('edu-select', (e) =>
    seen.push((e as CustomEvent<EduSelectDetail>).detail),
  );
  return seen;
}

describe('<edu-profile>', () => {
  it('renders the header, every metric, neighbours and the prefecture’s reported figure', async () => {
    const el = await mount({});
    const root = await settled(el);
    expect(text(root.querySelector('h2'))).toBe('淇滨区合成数据');
    expect([...root.querySelectorAll('.path li')].map(text)).toEqual([
      '全国',
      '河南省',
      '鹤壁市',
      '淇滨区',
    ]);
    expect(text(root.querySelector('.meta'))).toContain('410611');

    const rows = root.querySelectorAll('table.metrics tr[data-metric]');
    expect(rows).toHaveLength(9);
    const focus = root.querySelector('table.metrics tr.focus')!;
    expect(focus.getAttribute('data-metric')).toBe('inclusive_kindergarten_coverage');
    const cells = [...focus.querySelectorAll('td')].map(text);
    // value; +15.0 pp above 85 %; tied first of three with data; 鹤壁市; 全国; flag in words
    expect(cells[0]).toBe('100.0%');
    expect(cells[1]).toContain('+15.0个百分点');
    expect(cells[1]).toContain('达标');
    expect(cells[2]).toContain('1 / 3');
    expect(cells[3]).toBe('94.7%');
    expect(cells[4]).toBe('98.2%');
    expect(cells[5]).toContain('部分学校的报表缺失');
    // a CV is a plain decimal, a gross enrollment with its over-100 neighbour does not leak here
    const cv = root.querySelector('tr[data-metric="multimedia_balance_cv_primary"] td.value');
    expect(text(cv)).toBe('0.01');

    // computed: n ÷ d
    const details = root.querySelector('details[data-metric="inclusive_kindergarten_coverage"]')!;
    expect(details.hasAttribute('open')).toBe(true);
    expect(text(details.querySelector('.arithmetic'))).toContain('300 ÷');

    // neighbours from the topology, best first, self highlighted, missing last
    const neighbourRows = [...root.querySelectorAll('table.neighbours tbody tr')];
    expect(neighbourRows.map((r) => r.getAttribute('data-code'))).toEqual([
      '410611',
      '410602',
      '410621',
    ]);
    expect(neighbourRows[0].classList.contains('self')).toBe(true);
    expect(text(neighbourRows[2].querySelector('td'))).toBe('无数据');

    // reported: the prefecture's figure with its quote and caveat
    const reported = root.querySelector('.reported-figure')!;
    expect(reported.getAttribute('data-code')).toBe('410600');
    expect(text(reported.querySelector('.badge'))).toBe('公开报道');
    expect(text(reported.querySelector('blockquote'))).toBe('全市班级媒体教学设备覆盖率达99.4%');
    expect(text(reported.querySelector('.caveat'))).toContain('digits 0 and 1 lost');

    // the trend chart gets the unit, its parent and the nation
    const trend = root.querySelector('edu-trend')!;
    expect((trend.series ?? []).map((s) => s.code)).toEqual(['410611', '410600', '000000']);

    // headings in order: h2 then h3s
    const headings = [...root.querySelectorAll('h2, h3')].map((h) => h.tagName);
    expect(headings[0]).toBe('H2');
    expect(headings.slice(1).every((h) => h === 'H3')).toBe(true);
  });

  it('dispatches edu-select for the parent in the path and for a neighbour', async () => {
    const el = await mount({});
    const root = await settled(el);
    const seen = listen();
    (root.querySelector('.path button[data-code="410600"]') as HTMLButtonElement).click();
    (
      root.querySelector('table.neighbours tr[data-code="410602"] button') as HTMLButtonElement
    ).click();
    expect(seen).toEqual([
      { code: '410600', level: 'prefecture' },
      { code: '410602', level: 'county' },
    ]);
  });

  it('shows a missing value as 无数据, unranked and unjudged (浚县 has no inclusive coverage in 2021)', async () => {
    const el = await mount({ code: '410621' });
    const root = await settled(el);
    const cells = [...root.querySelectorAll('table.metrics tr.focus td')].map(text);
    expect(cells[0]).toBe('无数据');
    expect(cells[1]).toBe('无数据');
    expect(cells[2]).toBe('—');
    expect(cells[3]).toBe('94.7%');
  });

  it('speaks English, and says so when there are no boundaries (a prefecture here)', async () => {
    const el = await mount({ code: '410600', level: 'prefecture', locale: 'en', synthetic: false });
    const root = await settled(el);
    expect(text(root.querySelector('h2'))).toBe('鹤壁市');
    expect(root.querySelector('.badge.synthetic')).toBeNull();
    expect(text(root.querySelector('#neighbours-heading')?.parentElement)).toContain(
      'No boundary data',
    );
    const focus = root.querySelector('table.metrics tr.focus')!;
    expect(text(focus.querySelector('td.value'))).toBe('94.7%');
    expect(root.querySelectorAll('.reported-figure')).toHaveLength(1);
  });
});
