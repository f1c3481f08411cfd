import type { PanelStrings } from '../types/panels';
import { strings as chart } from './charts';
import { strings as trend } from './charts-trend';
import { strings as coverage } from './coverage';

import { strings as synthetic } from './synthetic';
import { strings as app } from './app';
import { strings as map } from './map';

export const strings: PanelStrings = {
  synthetic: synthetic.short,
  syntheticNote: synthetic.long,
  noData: chart.missing,
  levels: { nation: 'Nation', province: 'Province', prefecture: 'Prefecture', county: 'County' },
  flags: {
    incomplete: "some schools' returns are missing, so this figure covers only part of the area",
    over_100: `${coverage.flags.over_100}: children from elsewhere or outside the age band attend here`,
    partial:
      'the data cover only some of the units under it, so this figure is not the whole unit’s and is not ranked',
    remapped: 'the division code changed; figures were mapped to the current code',
  },
  listSeparator: map.nameSeparator,
  labelSeparator: ': ',
  siblingsSummary: (count) => `Units at the same level (${count})`,
  clauseSeparator: '; ',
  flagShort: coverage.flags,
  flagNote: (note) => `${note}.`,
  meets: 'meets',
  partialStatus: 'returns for part of it only; not judged as a whole',
  below: 'below',
  noTarget: 'no target',
  loading: app.loading,
  loadError: (message) => `Could not load the data: ${message}`,
  remapNote: (oldCode, oldName, change, into, year) =>
    `Includes returns filed under ${oldCode} ${oldName} (${{ became: 'became', merged: 'merged into', moved: 'moved to', regrouped: 'its prefecture became' }[change]} ${into} ${year})`,
  profileLabel: (name) => `Profile of ${name}`,
  pathLabel: 'Where it is',
  code: 'Division code',
  siblingsLabel: 'Units at the same level',
  metricsHeading: (year) => `All metrics, ${year}`,
  metricsCaption: (name, year) =>
    `${name}, ${year}: value, distance to target, rank among its siblings, parent and national values`,
  colMetric: app.metric,
  colValue: app.value,
  colTarget: 'Distance to target',
  colRank: 'Rank',
  colParent: (name) => name,
  colNation: chart.national,
  colNotes: app.flagsColumn,
  rank: (rank, of) => `${rank} / ${of}`,
  rankLabel: map.rank,
  targetLine: (difference, target, status) => `${difference} (target ${target}, ${status})`,
  inFocus: 'in focus',
  computedHeading: 'How each number was computed',
  computedIntro:
    'Every ratio is the sum of numerators divided by the sum of denominators; rates of sub-units are never averaged.',
  formula: app.formula,
  numerator: app.numerator,
  denominator: app.denominator,
  result: 'Result',
  cvComputation:
    "A balance coefficient is computed from every school's figures (weighted by students); it has no single numerator and denominator.",
  targetSource: 'Target source',
  howToRead: app.howToRead,
  trendsHeading: 'Over the years',
  focusTrendTitle: (metric, name) => `${name}: ${metric} over the years`,
  otherTrendsCaption: (year) =>
    `Every metric over the years: the first year with data against ${year}`,
  trendTableSummary: 'Show the chart’s numbers as a table',
  colYear: app.year,
  nationalReported: trend.nationalReported,
  yearLabel: (year) => String(year),
  reportedUnits: { count: '', yuan: ' yuan', fraction: '' },
  colFirst: 'First',
  colLatest: 'Selected year',
  colChange: app.charts.change,
  colSparkline: 'Trend',
  neighboursHeading: 'Compared with its neighbours',
  neighboursCaption: (metric, year, higherIsBetter) =>
    `${metric}, ${year}: this unit and those sharing a border with it, ${higherIsBetter ? 'highest first' : 'lowest (best) first'}`,
  neighboursNone: 'No unit shares a border with this one in the boundary data.',
  neighboursUnavailable: 'No boundary data for this unit, so its neighbours are unknown.',
  colUnit: 'Unit',
  thisUnit: 'this unit',
  reportedHeading: 'Reported figures',
  reportedLabel: 'reported',
  reportedIntro:
    'Figures quoted verbatim from published documents. They are not computed by the atlas and may use other definitions.',
  reportedNone: 'No reported figures are on file for this unit.',
  reportedQuote: 'Quote',
  reportedCaveat: 'Caveat',
  reportedSource: 'Source',
  reportedRestored: (value) => `${value}? · digits lost in the source`,
  reportedRestoredTitle:
    'A restored reading: the digits were lost in the source text, so this value is inferred, not printed',
  reportedMetric: {
    smart_blackboards_installed: 'Smart blackboards installed',
    three_classrooms_sets_installed: '“Three classrooms” sets installed',
    urban_rural_paired_schools: 'Urban–rural paired schools',
    public_kindergartens_built_or_expanded: 'Public kindergartens built or expanded',
    kindergarten_classes_added: 'Kindergarten classes added',
    kindergarten_places_added: 'Kindergarten places added',
  },
  unknownUnit: 'Unknown unit',
  gapHeading: (metric, parent, year, level) =>
    `${metric}: gaps in the ${strings.levelUnits[level]} of ${parent}, ${year}`,
  gapCaption: (metric, parent, year, level) =>
    `${metric} in the ${strings.levelUnits[level]} of ${parent}, ${year}: distance to the target and what would close it`,
  levelUnits: {
    nation: 'nation',
    province: 'provinces',
    prefecture: 'prefectures',
    county: 'counties',
  },
  colCountiesBelow: 'Counties below',
  countiesBelowCell: (below, of) => `${below} / ${of}`,
  countiesTotals: (below, of) => `${below} of ${of} counties with data below the target`,
  neededCountedAt: (rowLevel) =>
    rowLevel === 'county'
      ? 'Counted county by county, each on its own denominator.'
      : 'Counted county by county: the sum of the shortfalls of the county-level units below the target (functional zones with data included), each on its own denominator and never offset by another county’s surplus, so it can be larger than a figure computed from the unit’s overall rate. “Counties below” gives the counties below the target and the counties with data.',
  countySwitch: (on, level) => (on ? `List by ${strings.levelUnits[level]}` : 'List every county'),
  targetInput: chart.target,
  targetInputPercent: 'Target (%)',
  resetTarget: 'Back to the national target',
  targetFrom: (source) => `National target from the ${source}`,
  cvMessage: (threshold) =>
    `A balance coefficient measures differences between schools; no number of places closes it. The table lists the units above the threshold (${threshold}) and by how much, without a count.`,
  noTargetMessage:
    'This metric has no national target. Type a target above to see each unit’s gap.',
  colStatus: 'Status',
  colGap: 'Distance to target',
  colNeeded: (noun) => `More ${noun} needed`,
  sortByGap: 'Sort by gap',
  totalsRow: 'Total',
  totals: (below, of) => `${below} of ${of} units with data below the target`,
  neededTotal: (count, noun) => `${count} more ${noun} needed`,
  neededNoteGross:
    'Counted at the current resident population aged 3–5: how many more children would need to be enrolled.',
  neededNoteRatio: (denominator) => `Counted at the current ${denominator}, held fixed.`,
  missingHeading: (count) => `Units without data (${count})`,
  missingNote:
    'These units have no data: they are neither meeting nor below the target, and are left out of the totals.',
  download: 'Download table (CSV)',
  downloadNote: 'Downloads the rows shown, with a data-status column.',
  allMeet: 'Every unit with data meets the target.',
};
