import type { Words } from '../types/words';

export const strings: Words = {
  rankAmong: (rank, of, parent) => `Rank ${rank} of ${of} in ${parent}`,
  loading: 'Loading data…',
  metric: 'Metric',
  year: 'Year',
  value: 'Value',
  numerator: 'Numerator',
  denominator: 'Denominator',
  notes: 'Notes',
  formula: 'Formula',
  howToRead: 'How to read this',
  change: 'Change',
  whereItIs: 'You are here',
  area: 'Area',
  listSeparator: ', ',
  meetsTarget: 'Meets target',
  belowTarget: 'Below target',
  useOwnData: 'Use your own data',
  close: 'Close',
  forgetOwnData: 'Forget (delete from this browser)',
  backToPublished: 'Back to the published data',
};
