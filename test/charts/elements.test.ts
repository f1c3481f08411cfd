// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/charts';
import type { EduSelectDetail } from '../../src/charts';
import { changeInput, compareInput, scatterInput, trendInput } from './fixtures';

afterEach(() => document.body.replaceChildren());

async function mount<K extends 'edu-trend' | 'edu-scatter' | 'edu-compare' | 'edu-change'>(
  tag: K,
  props: object,
) {
  const el = document.createElement(tag);
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function listen(): EduSelectDetail[] {
  const seen: EduSelectDetail[] = [];
  document.addEventListener('edu-select', (e) =>
    seen.push((e as CustomEvent<EduSelectDetail>).detail),
  );
  return seen;
}

function activate(el: HTMLElement, index: number, how: 'click' | 'Enter' | ' ') {
  const mark = el.shadowRoot!.querySelector(`.mark-focus[data-index="${index}"]`)!;
  const target = mark.firstElementChild!;
  if (how === 'click')
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  else
    target.dispatchEvent(new KeyboardEvent('keydown', { key: how, bubbles: true, composed: true }));
}

const frame = (locale: 'zh' | 'en') => ({
  locale,
  synthetic: true,
  source: 'demo',
  level: 'county' as const,
});

describe('chart elements', () => {
  it('<edu-trend> renders lines and selects a unit from its end label', async () => {
    const { series, years, metric, selected } = trendInput('en');
    const el = await mount('edu-trend', { ...frame('en'), series, years, metric, selected });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('path.series-line')).toHaveLength(4);
    expect(root.querySelector('path.series-line.national')?.getAttribute('stroke-dasharray')).toBe(
      '5 4',
    );
    const seen = listen();
    activate(el, 1, 'click');
    activate(el, 2, 'Enter');
    expect(seen).toEqual([
      { code: '410602', level: 'county' },
      { code: '410603', level: 'county' },
    ]);
  });

  it('<edu-scatter> renders dots with accessible names and selects on Space', async () => {
    const { units, xMetric, yMetric, year, parentName } = scatterInput('zh');
    const el = await mount('edu-scatter', {
      ...frame('zh'),
      units,
      xMetric,
      yMetric,
      year,
      parentName,
      selected: [],
    });
    const marks = el.shadowRoot!.querySelectorAll('.mark-focus');
    expect(marks).toHaveLength(5);
    expect(marks[0].getAttribute('aria-label')).toBe('鹤山区: 毛入园率 85.0%, 普惠覆盖率 80.0%');
    const seen = listen();
    activate(el, 0, ' ');
    expect(seen).toEqual([{ code: '410602', level: 'county' }]);
  });

  it('<edu-compare> renders every metric row and selects a district from a dot', async () => {
    const { districts, year } = compareInput('en');
    const el = await mount('edu-compare', { ...frame('en'), districts, year, level: 'prefecture' });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('text.row-name')).toHaveLength(9);
    expect(root.querySelectorAll('circle.dot')).toHaveLength(26);
    const seen = listen();
    activate(el, 2, 'click');
    expect(seen).toEqual([{ code: '410622', level: 'prefecture' }]);
  });

  it('<edu-change> renders dumbbells and says which end is missing', async () => {
    const { units, metric, yearFrom, yearTo, parentName } = changeInput('zh');
    const el = await mount('edu-change', {
      ...frame('zh'),
      units,
      metric,
      yearFrom,
      yearTo,
      parentName,
    });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('line.change-line')).toHaveLength(5);
    expect(root.querySelectorAll('circle.end-dot.worsened')).toHaveLength(2);
    expect(root.querySelector('.missing-label')?.textContent).toBe('无2021年数据');
    const seen = listen();
    activate(el, 5, 'Enter');
    expect(seen).toEqual([{ code: '410671', level: 'county' }]);
  });

  it('re-renders when a property changes', async () => {
    const { units, metric, yearFrom, yearTo, parentName } = changeInput('zh');
    const el = await mount('edu-change', {
      ...frame('zh'),
      units,
      metric,
      yearFrom,
      yearTo,
      parentName,
    });
    el.locale = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.missing-label')?.textContent).toBe('no 2021 data');
    expect(el.shadowRoot!.querySelector('svg')?.getAttribute('lang')).toBe('en');
  });
});
