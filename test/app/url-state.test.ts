import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type AtlasState } from '../../src/app/state';
import { parseState, serializeState } from '../../src/app/url-state';

describe('URL state', () => {
  it('omits every default', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual({ state: DEFAULT_STATE, invalid: [] });
  });

  it('round-trips a full state', () => {
    const state: AtlasState = {
      metric: 'preschool_gross_enrollment',
      year: 2021,
      region: '410000',
      level: 'county',
      view: 'chart',
      chart: 'compare',
      select: ['410611', '410602'],
      lang: 'en',
      classification: 'jenks',
      xMetric: 'class_multimedia_rate',
      from: 2016,
      target: 92.5,
      theme: 'light',
    };
    const search = serializeState(state);
    expect(search).toBe(
      '?metric=preschool_gross_enrollment&year=2021&region=410000&level=county&view=chart&chart=compare&select=410611,410602&lang=en&class=jenks&x=class_multimedia_rate&from=2016&target=92.5',
    );
    expect(parseState(search)).toEqual({ state, invalid: [] });
  });

  it("keeps the gap table's typed target; rejects one that is not a plain number from 0 to 200", () => {
    expect(parseState('?view=gap&target=90').state.target).toBe(90);
    expect(parseState('?target=0.45').state.target).toBe(0.45);
    for (const raw of ['-5', '1e3', '250', '90%', 'abc']) {
      const parsed = parseState(`?target=${raw}`);
      expect(parsed.state.target, raw).toBeNull();
      expect(parsed.invalid, raw).toEqual(['target']);
    }
  });

  it('writes only what differs from the defaults', () => {
    expect(serializeState({ ...DEFAULT_STATE, region: '410600', view: 'table' })).toBe(
      '?region=410600&view=table',
    );
  });

  it('falls back to defaults for invalid parameters and names them', () => {
    const { state, invalid } = parseState(
      '?metric=nope&year=20x1&region=4106&view=globe&select=410611,abc&lang=fr&class=x&level=town',
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(invalid).toEqual([
      'metric',
      'year',
      'region',
      'level',
      'view',
      'select',
      'lang',
      'class',
    ]);
  });

  it('keeps valid parameters next to invalid ones and ignores unknown ones', () => {
    const { state, invalid } = parseState('?metric=nope&region=410600&utm_source=x');
    expect(state.region).toBe('410600');
    expect(state.metric).toBe(DEFAULT_STATE.metric);
    expect(invalid).toEqual(['metric']);
  });

  it('deduplicates the selection', () => {
    expect(parseState('?select=410611,410611,410602').state.select).toEqual(['410611', '410602']);
  });
});
