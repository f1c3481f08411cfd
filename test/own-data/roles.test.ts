import { describe, expect, it } from 'vitest';
import { buildInputs, missingRoles, placeFiles, roleOf } from '../../src/own-data/roles';

const file = (name: string, text = 'x') => new File([text], name);

describe('the role of a chosen file, read from its name', () => {
  it('takes the names build:data looks for, in every form', () => {
    expect(roleOf('schools.csv')).toBe('schools');
    expect(roleOf('schools.csv.gz')).toBe('schools');
    expect(roleOf('Schools.XLSX')).toBe('schools');
    expect(roleOf('population.csv')).toBe('population');
    expect(roleOf('reported.csv')).toBe('reported');
  });

  it('reads a bureau’s own names, English or Chinese', () => {
    expect(roleOf('鹤壁市学校基层表2024.xlsx')).toBe('schools');
    expect(roleOf('hebi-schools-2015-2024.csv')).toBe('schools');
    expect(roleOf('3-5岁常住人口.csv')).toBe('population');
    expect(roleOf('公报引用.csv')).toBe('reported');
  });

  it('places nothing it cannot tell', () => {
    expect(roleOf('data.csv')).toBeNull();
    // Two roles in one name: ambiguous.
    expect(roleOf('schools-and-population.csv')).toBeNull();
  });

  it('tells the user about a file it cannot place, and why', () => {
    const { placed, unplaced } = placeFiles([
      file('notes.docx'),
      file('population.csv'),
      file('data.csv'),
      file('schools.xlsx'),
      file('schools-2023.csv'),
    ]);
    expect(placed.map((p) => [p.role, p.file.name, p.inputName])).toEqual([
      ['schools', 'schools.xlsx', 'schools.xlsx'],
      ['population', 'population.csv', 'population.csv'],
    ]);
    expect(unplaced.map((u) => [u.file.name, u.reason])).toEqual([
      ['notes.docx', 'form'],
      ['data.csv', 'role'],
      ['schools-2023.csv', 'twice'],
    ]);
  });

  it('needs schools; population and reported are optional, as for build:data', () => {
    expect(missingRoles(placeFiles([file('reported.csv'), file('人口.csv')]).placed)).toEqual([
      'schools',
    ]);
    expect(missingRoles(placeFiles([file('schools.csv')]).placed)).toEqual([]);
    expect(missingRoles(placeFiles([file('schools.csv'), file('人口.csv')]).placed)).toEqual([]);
  });

  it('hands the build each file under its input name, with the same bytes', async () => {
    const { placed } = placeFiles([file('学校基层表.csv.gz', 'abc'), file('population.csv', 'p')]);
    const inputs = buildInputs(placed);
    expect(inputs.map((f) => f.name)).toEqual(['schools.csv.gz', 'population.csv']);
    expect(await inputs[0].text()).toBe('abc');
    // A file already under its input name is passed as it is.
    expect(inputs[1]).toBe(placed[1].file);
  });
});
