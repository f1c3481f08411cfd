// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/charts/ranking/element';
import type { EduSelectDetail } from '../../src/charts/chart-element';
import { rankingInput } from './fixtures';

async function mount() {
  const input = rankingInput('zh');
  const el = document.createElement('edu-ranking');
  Object.assign(el, {
    metric: input.metric,
    year: input.year,
    parentName: input.parentName,
    units: input.units,
    parentValue: input.parentValue,
    nationalValue: input.nationalValue,
    selected: input.selected,
    synthetic: true,
    source: input.source,
  });
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('<edu-ranking>', () => {
  it('renders one bar per unit with a value, and lists missing units as such', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('rect.bar')).toHaveLength(5);
    expect(root.querySelectorAll('.missing-label')).toHaveLength(1);
    expect(root.querySelector('.missing-label')?.textContent).toBe('无数据');
    expect(root.querySelector('.footer-synthetic')?.textContent).toContain('合成数据');
  });

  it('makes rows focusable with one tab stop and an accessible name', async () => {
    const el = await mount();
    const marks = [...el.shadowRoot!.querySelectorAll('.mark-focus')];
    expect(marks).toHaveLength(6);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(marks[0].getAttribute('aria-label')).toBe('1. 淇滨区: 105.0%');
    expect(marks[2].getAttribute('aria-pressed')).toBe('true');
  });

  it('dispatches edu-select on click and on Enter, bubbling out of the shadow root', async () => {
    const el = await mount();
    el.level = 'county';
    await el.updateComplete;
    const seen: EduSelectDetail[] = [];
    document.body.addEventListener('edu-select', (e) =>
      seen.push((e as CustomEvent<EduSelectDetail>).detail),
    );
    const marks = el.shadowRoot!.querySelectorAll<SVGGElement>('.mark-focus');
    marks[1]
      .querySelector('rect')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    marks[3].dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    expect(seen).toEqual([
      { code: '410603', level: 'county' },
      { code: '410602', level: 'county' },
    ]);
  });

  it('moves the tab stop with the arrow keys', async () => {
    const el = await mount();
    const first = el.shadowRoot!.querySelector<SVGGElement>('.mark-focus[data-index="0"]')!;
    first.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    await el.updateComplete;
    const focusable = el.shadowRoot!.querySelector('.mark-focus[tabindex="0"]');
    expect(focusable?.getAttribute('data-index')).toBe('1');
  });

  it('renders nothing until a metric is given', async () => {
    const el = document.createElement('edu-ranking');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg')).toBeNull();
  });
});
