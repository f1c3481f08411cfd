import type { ClassMethod } from '../../map/classify/types';
import type { MapStrings } from '../types/map';
import { strings as chart } from './charts';
import { strings as coverage } from './coverage';
import { strings as synthetic } from './synthetic';

/** The name of each way of classing the map (the class selector says them too). */
export const CLASS_NAMES: Record<ClassMethod, string> = {
  quantile: 'Quantiles',
  'equal-interval': 'Equal intervals',
  jenks: 'Natural breaks',
  threshold: 'Policy thresholds',
  fixed: 'Fixed bins',
};

export const strings: MapStrings = {
  mapLabel: 'Map of {metric}: {region}',
  keyboardHelp:
    'Arrow keys move between areas, Enter opens the next level, Escape goes up, + and − zoom',
  noData: chart.missing,
  outside: 'Outside the data',
  meetsTarget: 'Meets target',
  belowTarget: 'Below target',
  improved: 'Improved',
  worsened: 'Worsened',
  methods: CLASS_NAMES,
  legendTitle: 'Legend',
  // The legend counts provinces, prefectures or counties alike: a word that fits all three.
  districts: (count) => `${count} ${count === 1 ? 'area' : 'areas'}`,
  withoutArea: (names) =>
    `With data but no area on the map (functional zones have no official boundary); see the ranking and table: ${names}`,
  nameSeparator: ', ',
  rank: (rank, of, parent) => `Rank ${rank} of ${of} in ${parent}`,
  vsParent: (parent) => `vs ${parent}`,
  vsTarget: 'vs target',
  target: chart.target,
  flags: {
    incomplete: coverage.flags.incomplete,
    over_100: `${coverage.flags.over_100} (children from elsewhere or over-age)`,
    partial: `${coverage.flags.partial}: only the units with data`,
    remapped: `${coverage.flags.remapped} to the current division`,
  },
  synthetic: synthetic.long,
  notice:
    'Boundaries are illustrative, not an authoritative delineation; a map published in China needs an approved standard base map (审图号).',
  boundarySource: 'Boundary source: ',
  loading: 'Loading map…',
  loadError: 'The map could not be loaded',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  focused: (name, value) => `${name}: ${value}`,
};
