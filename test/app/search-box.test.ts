// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import '../../src/components/search-box';
import type { EduSearch } from '../../src/components/search-box';
import { units } from './fixture-units';

async function mount(): Promise<{ box: EduSearch; input: HTMLInputElement; chosen: unknown[] }> {
  const box = document.createElement('edu-search');
  box.units = units;
  document.body.append(box);
  await box.updateComplete;
  const chosen: unknown[] = [];
  box.addEventListener('edu-choose', (e) => chosen.push((e as CustomEvent).detail));
  return { box, input: box.shadowRoot!.querySelector('input')!, chosen };
}

async function type(box: EduSearch, input: HTMLInputElement, text: string): Promise<void> {
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await box.updateComplete;
}

async function key(box: EduSearch, input: HTMLInputElement, k: string): Promise<void> {
  input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  await box.updateComplete;
}

describe('<edu-search>', () => {
  it('is a combobox whose listbox shows suggestions with their parent', async () => {
    const { box, input } = await mount();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await type(box, input, 'qibin');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = [...box.shadowRoot!.querySelectorAll('[role=option]')];
    expect(options.map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '淇滨区 · 鹤壁市',
    ]);
  });

  it('moves the active option with the arrows and chooses with Enter', async () => {
    const { box, input, chosen } = await mount();
    await type(box, input, '4106');
    await key(box, input, 'ArrowDown');
    await key(box, input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('option-1');
    expect(box.shadowRoot!.querySelector('#option-1')!.getAttribute('aria-selected')).toBe('true');
    await key(box, input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe('option-0');
    await key(box, input, 'ArrowDown');
    await key(box, input, 'Enter');
    expect(chosen).toEqual([{ code: '410602', level: 'county' }]);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('');
  });

  it('Enter without moving chooses the best hit; Escape closes then clears', async () => {
    const { box, input, chosen } = await mount();
    await type(box, input, 'qbq');
    await key(box, input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(box.query).toBe('qbq');
    await key(box, input, 'Escape');
    expect(box.query).toBe('');
    await type(box, input, 'qbq');
    await key(box, input, 'Enter');
    expect(chosen).toEqual([{ code: '410611', level: 'county' }]);
  });

  it('says when nothing matches', async () => {
    const { box, input } = await mount();
    await type(box, input, 'zzzz');
    expect(box.shadowRoot!.querySelector('[role=listbox]')!.textContent).toContain('没有找到');
  });
});
