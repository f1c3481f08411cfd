import { describe, expect, it } from 'vitest';
import { neighbourCodes, type UnitTopology } from '../../src/map/topology';
import { neighbourFile } from '../../src/map/neighbour-source';
import { seriesScopeOf } from '../../src/components/profile/profile-data-controller';
import { HEBI_TOPOLOGY } from '../panels/golden-source';

describe('neighbours from the boundary topology', () => {
  it('the hand-made topology shares one border between each pair in the row', () => {
    const n = neighbourCodes(HEBI_TOPOLOGY as unknown as UnitTopology, 'counties');
    expect(Object.fromEntries(n)).toEqual({
      '410602': ['410611'],
      '410611': ['410602', '410621'],
      '410621': ['410611'],
    });
  });

  it('picks the file of the level, and the series scope of the unit', () => {
    expect(neighbourFile('county', '410611')).toEqual({
      file: 'counties-410000.topo.json',
      object: 'counties',
    });
    expect(neighbourFile('prefecture', '410600')?.file).toBe('china-prefectures.topo.json');
    expect(neighbourFile('province', '410000')?.file).toBe('china-provinces.topo.json');
    expect(neighbourFile('nation', '000000')).toBeNull();
    expect(seriesScopeOf('county', '410611')).toBe('410000');
    expect(seriesScopeOf('prefecture', '410600')).toBe('410000');
    expect(seriesScopeOf('province', '410000')).toBe('000000');
    expect(seriesScopeOf('nation', '000000')).toBe('000000');
  });
});
