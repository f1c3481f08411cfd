import type { Level } from '../../contract';
import type { ChartStrings } from '../types/charts';
import { strings as synthetic } from './synthetic';

/** Units counted at each level, singular and plural; the nation (or an unknown level) says units. */
export const LEVEL_UNITS: Record<Level, [string, string]> = {
  nation: ['unit', 'units'],
  province: ['province', 'provinces'],
  prefecture: ['prefecture', 'prefectures'],
  county: ['district/county', 'districts/counties'],
};

function unitCount(count: number, level: Level = 'nation'): string {
  return `${count} ${LEVEL_UNITS[level][count === 1 ? 0 : 1]}`;
}

export const strings: ChartStrings = {
  missing: 'No data',
  synthetic: synthetic.long,
  sourcePrefix: 'Source: ',
  datePrefix: 'Built ',
  separator: ' · ',
  national: 'China',
  target: 'Target',
  incompleteNote: '* Incomplete: some school or population data missing',
  over100Note: 'Gross enrollment can exceed 100%',
  unitCount: (count, level) => unitCount(count, level),
  rankingSubtitle: (parent, year, count, level) =>
    `${unitCount(count, level)} in ${parent}, ${year}`,
  lowerIsBetter: 'lower is better',
  missingNote: (names) => `No data: ${names}`,
  chartDescription: (title, marks) => `${title}. ${marks} data items.`,
  partialName: (name) => `${name} (partial)`,
  dataKind: { synthetic: 'synthetic demo data', real: 'computed from school returns' },
};
