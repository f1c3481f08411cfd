import { describe, expect, it } from 'vitest';
import { UnitDirectory } from '../../src/data/units';
import { searchUnits } from '../../src/app/search';
import { columns, units } from '../app/fixture-units';

describe('unit names in the reader\'s language', () => {
  it('a directory in English names every unit in English, and keeps both names', () => {
    const en = units.inLocale('en');
    expect(en.locale).toBe('en');
    expect(en.find('410000')?.name).toBe('Henan');
    expect(en.find('410621')).toMatchObject({ name: 'Xun County', nameZh: '浚县', nameEn: 'Xun County' });
    expect(units.find('410621')?.name).toBe('浚县');
    // Made once per language, and back again.
    expect(units.inLocale('en')).toBe(en);
    expect(en.inLocale('zh')).toBe(units);
    expect(en.names().get('410611')).toBe('Qibin District');
    expect(en.pathTo(en.find('410611')!).map((u) => u.name)).toEqual([
      'China',
      'Henan',
      'Hebi',
      'Qibin District',
    ]);
  });

  it('data built before English names falls back to the Chinese names (the nation: China)', () => {
    const { nameEn, ...old } = columns;
    expect(nameEn).toBeDefined();
    const en = new UnitDirectory(old, 'en');
    expect(en.find('410000')?.name).toBe('河南省');
    expect(en.get('nation', '000000')?.name).toBe('China');
  });

  it('search finds a unit by its English name in either language', () => {
    for (const directory of [units, units.inLocale('en')]) {
      expect(searchUnits(directory.all, 'Qibin District')[0]?.unit.code).toBe('410611');
      expect(searchUnits(directory.all, 'xun county')[0]?.unit.code).toBe('410621');
      expect(searchUnits(directory.all, '淇滨')[0]?.unit.code).toBe('410611');
    }
  });
});
