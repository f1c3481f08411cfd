// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineEmbedElements } from '../../src/embed/define';
import type { EduChartEmbed } from '../../src/embed/embed-element';
import { tinyIndex } from './index-fixture';

const BASE = 'https://atlas.example.org/sub/data/';

const values2023 = {
  schemaVersion: 1,
  metric: 'preschool_gross_enrollment',
  year: 2023,
  levels: {
    nation: { code: ['000000'], numerator: [90], denominator: [100], value: [0.9], flags: [''] },
    province: {
      code: ['410000', '420000'],
      numerator: [85, 95],
      denominator: [100, 100],
      value: [0.85, 0.95],
      flags: ['', 'incomplete'],
    },
  },
};

// Served under any data root (each test that counts requests uses a fresh root:
// the shared data source caches per root for the life of the page).
const files: Record<string, unknown> = {
  'v1/index.json': tinyIndex(),
  'v1/values/p/2023.json': values2023,
};

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn(async (url: string) => {
    const body = files[url.split('/data/')[1] ?? ''];
    return { ok: body !== undefined, status: body ? 200 : 404, json: async () => body };
  });
  vi.stubGlobal('fetch', fetchMock);
  defineEmbedElements();
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function mount(attributes: Record<string, string>, base = BASE): EduChartEmbed {
  const el = document.createElement('edu-chart');
  for (const [k, v] of Object.entries({ 'data-base': base, ...attributes })) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

async function settled(el: EduChartEmbed): Promise<ShadowRoot> {
  await vi.waitFor(() => expect(el.view.kind).not.toBe('loading'));
  await el.updateComplete;
  return el.shadowRoot as ShadowRoot;
}

describe('<edu-chart> error states', () => {
  it('an unknown metric shows an inline message in both languages, the value as text only', async () => {
    const el = mount({ metric: '<img src=x onerror="alert(1)">' });
    const root = await settled(el);
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('无法显示这张图');
    expect(alert?.textContent).toContain('This chart cannot be shown');
    expect(alert?.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(root.querySelector('img')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('an unavailable year is reported after reading the index, in the chosen language', async () => {
    const el = mount({ metric: 'preschool_gross_enrollment', year: '1999', lang: 'en' });
    const root = await settled(el);
    const text = root.querySelector('[role="alert"]')?.textContent ?? '';
    expect(text).toContain('No data for year "1999" (expected: 2021–2023)');
    expect(text).not.toContain('无法显示');
  });

  it('an unknown code and an unknown type are named', async () => {
    const code = await settled(
      mount({ type: 'trend', metric: 'preschool_gross_enrollment', codes: '999999', lang: 'zh' }),
    );
    expect(code.textContent).toContain('未知的地区代码（codes）：“999999”');
    const type = await settled(
      mount({ type: 'pie', metric: 'preschool_gross_enrollment', lang: 'zh' }),
    );
    expect(type.textContent).toContain('未知的图表类型（type）：“pie”');
  });

  it('a data file that fails to load says so instead of a blank box', async () => {
    const el = mount({ metric: 'class_multimedia_rate', lang: 'en' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await settled(el);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('could not be loaded');
  });
});

describe('<edu-chart> ranking', () => {
  it('draws the ranking of the provinces with a link back to the atlas view', async () => {
    const el = mount({ metric: 'preschool_gross_enrollment', lang: 'zh' });
    const root = await settled(el);
    const ranking = root.querySelector('edu-ranking');
    expect(ranking).not.toBeNull();
    await (ranking as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const svgText = ranking?.shadowRoot?.textContent ?? '';
    expect(svgText).toContain('湖北省');
    expect(svgText).toContain('合成数据');
    const link = root.querySelector<HTMLAnchorElement>('a.back');
    expect(link?.href).toBe(
      'https://atlas.example.org/sub/?metric=preschool_gross_enrollment&year=2023&region=000000&view=chart',
    );
  });

  it('several embeds on one page share every data request', async () => {
    const base = 'https://atlas.example.org/shared/data/';
    const a = mount({ metric: 'preschool_gross_enrollment', lang: 'zh' }, base);
    const b = mount({ metric: 'preschool_gross_enrollment', lang: 'en' }, base);
    const c = mount({ metric: 'preschool_gross_enrollment', year: '2023' }, base);
    await Promise.all([settled(a), settled(b), settled(c)]);
    const urls = fetchMock.mock.calls.map((call) => String(call[0]));
    expect(urls.filter((u) => u.endsWith('index.json'))).toHaveLength(1);
    expect(urls.filter((u) => u.endsWith('2023.json'))).toHaveLength(1);
  });
});
