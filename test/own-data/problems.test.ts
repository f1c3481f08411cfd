// @vitest-environment jsdom
import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { filesTemplate, problemsTemplate } from '../../src/components/own-data/templates';
import { ownDataStrings } from '../../src/i18n/own-data';
import { problemList } from '../../src/own-data/problems';
import { placeFiles } from '../../src/own-data/roles';

const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => `schools.csv:${i + 2}:8: county_code 41069 is not 6 digits`);

function rendered(template: Parameters<typeof render>[0]): HTMLElement {
  const root = document.createElement('div');
  render(template, root);
  return root;
}

describe('problems of a refused build', () => {
  it('lists the first 50, then how many more', () => {
    expect(problemList(lines(60), 75)).toEqual({ lines: lines(50), more: 25 });
    expect(problemList(lines(3), 3)).toEqual({ lines: lines(3), more: 0 });
  });

  it('renders FILE:LINE:COLUMN lines and the count left, in both languages', () => {
    const refused = { lines: lines(50), count: 1234, summary: '1234 problems in schools.csv' };
    const zh = rendered(problemsTemplate(ownDataStrings.zh, 'zh', refused));
    const items = [...zh.querySelectorAll('.problem-lines li')].map((li) => li.textContent);
    expect(items).toHaveLength(50);
    expect(items[0]).toBe('schools.csv:2:8: county_code 41069 is not 6 digits');
    expect(zh.querySelector('.more')?.textContent).toBe('还有 1184 个问题未列出');
    expect(zh.querySelector('.summary')?.textContent).toBe('1234 problems in schools.csv');
    const en = rendered(problemsTemplate(ownDataStrings.en, 'en', refused));
    expect(en.querySelector('.more')?.textContent).toBe('and 1,184 more');
  });

  it('says nothing about more when every problem is listed', () => {
    const root = rendered(
      problemsTemplate(ownDataStrings.en, 'en', { lines: lines(2), count: 2, summary: '' }),
    );
    expect(root.querySelector('.more')).toBeNull();
    expect(root.querySelectorAll('.problem-lines li')).toHaveLength(2);
  });

  it('shows a message from the data as text, never as markup', () => {
    const hostile = 'schools.csv:2:3: school_name "<img src=x onerror=alert(1)>" is too long';
    const root = rendered(
      problemsTemplate(ownDataStrings.en, 'en', { lines: [hostile], count: 1, summary: '' }),
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.problem-lines code')?.textContent).toBe(hostile);
  });
});

describe('progress in words', () => {
  it('names the worker’s steps in the reader’s language', () => {
    expect(ownDataStrings.zh.step('reading schools.csv')).toBe('正在读取 schools.csv');
    expect(ownDataStrings.en.step('aggregating')).toBe('Aggregating');
    expect(ownDataStrings.zh.step('writing')).toBe('正在写出文件');
    expect(ownDataStrings.en.step('something new')).toBe('something new');
    expect(ownDataStrings.zh.progress('1200', '45000')).toBe('已读 1200 行 · 每秒 45000 行');
  });
});

describe('the chosen files', () => {
  it('shows each file with its role, and says why another is not read', () => {
    const placement = placeFiles([
      new File(['x'], '学校基层表.xlsx'),
      new File(['x'], 'population.csv'),
      new File(['x'], 'notes.txt'),
    ]);
    const root = rendered(filesTemplate(ownDataStrings.zh, placement, () => undefined));
    const placed = [...root.querySelectorAll('.placed')].map((li) => [
      li.querySelector('.role')?.textContent,
      li.querySelector('.name')?.textContent,
    ]);
    expect(placed).toEqual([
      ['学校（schools）', '学校基层表.xlsx'],
      ['人口（population）', 'population.csv'],
    ]);
    expect(root.querySelector('.unplaced .why')?.textContent).toBe(
      'notes.txt：不是 .csv、.csv.gz 或 .xlsx 文件，不会读取。',
    );
    expect(root.querySelectorAll('button.remove')).toHaveLength(3);
  });
});
