// Every string the profile and gap-table panels show, in both languages.
// Numbers are formatted by src/format; here only words.

import type { Level } from '../contract';
import type { Locale } from '../format';
import { SYNTHETIC_LABEL } from './synthetic';

export interface PanelStrings {
  // shared
  synthetic: string;
  syntheticNote: string;
  noData: string;
  levels: Record<Level, string>;
  flags: Record<string, string>;
  flagShort: Record<string, string>;
  listSeparator: string;
  labelSeparator: string;
  siblingsSummary: (count: number) => string;
  clauseSeparator: string;
  flagNote: (short: string, long: string) => string;
  meets: string;
  below: string;
  /** Status of a unit whose returns cover only some of its counties. */
  partialStatus: string;
  noTarget: string;
  loading: string;
  loadError: (message: string) => string;
  /** "includes returns filed under 371202 莱城区 (merged into 济南市 2019)". */
  remapNote: (
    oldCode: string,
    oldName: string,
    change: 'became' | 'merged' | 'moved' | 'regrouped',
    into: string,
    year: number,
  ) => string;
  // profile
  profileLabel: (name: string) => string;
  pathLabel: string;
  code: string;
  siblingsLabel: string;
  metricsHeading: (year: number) => string;
  metricsCaption: (name: string, year: number) => string;
  colMetric: string;
  colValue: string;
  colTarget: string;
  colRank: string;
  colParent: (name: string) => string;
  colNation: string;
  colNotes: string;
  rank: (rank: number, of: number) => string;
  rankLabel: (rank: number, of: number, parent: string) => string;
  targetLine: (difference: string, target: string, status: string) => string;
  inFocus: string;
  computedHeading: string;
  computedIntro: string;
  formula: string;
  numerator: string;
  denominator: string;
  result: string;
  cvComputation: string;
  targetSource: string;
  howToRead: string;
  trendsHeading: string;
  focusTrendTitle: (metric: string, name: string) => string;
  otherTrendsCaption: (year: string) => string;
  trendTableSummary: string;
  colYear: string;
  nationalReported: string;
  yearLabel: (year: number) => string;
  reportedUnits: Record<string, string>;
  colFirst: string;
  colLatest: string;
  colChange: string;
  colSparkline: string;
  neighboursHeading: string;
  neighboursCaption: (metric: string, year: number, higherIsBetter: boolean) => string;
  neighboursNone: string;
  neighboursUnavailable: string;
  colUnit: string;
  thisUnit: string;
  reportedHeading: string;
  reportedLabel: string;
  reportedIntro: string;
  reportedNone: string;
  reportedQuote: string;
  reportedCaveat: string;
  reportedSource: string;
  /** A restored reading: never a clean figure ("100%？· 原文数字缺失"). */
  reportedRestored: (value: string) => string;
  reportedRestoredTitle: string;
  reportedMetric: Record<string, string>;
  unknownUnit: string;
  // gap table
  gapHeading: (metric: string, parent: string, year: number, level: Level) => string;
  gapCaption: (metric: string, parent: string, year: number, level: Level) => string;
  /** The units of a level, as a plural noun ("区县", "prefectures"). */
  levelUnits: Record<Level, string>;
  colCountiesBelow: string;
  countiesBelowCell: (below: number, of: number) => string;
  countiesTotals: (below: number, of: number) => string;
  /** Which level places are counted at, and how (never netted). */
  neededCountedAt: (rowLevel: Level) => string;
  countySwitch: (on: boolean, level: Level) => string;
  targetInput: string;
  targetInputPercent: string;
  resetTarget: string;
  targetFrom: (source: string) => string;
  cvMessage: (threshold: string) => string;
  noTargetMessage: string;
  colStatus: string;
  colGap: string;
  colNeeded: (countNoun: string) => string;
  sortByGap: string;
  totalsRow: string;
  totals: (below: number, of: number) => string;
  neededTotal: (count: string, noun: string) => string;
  neededNoteGross: string;
  neededNoteRatio: (denominator: string) => string;
  missingHeading: (count: number) => string;
  missingNote: string;
  download: string;
  downloadNote: string;
  allMeet: string;
}

export const panelStrings: Record<Locale, PanelStrings> = {
  zh: {
    synthetic: SYNTHETIC_LABEL.zh.short,
    syntheticNote: SYNTHETIC_LABEL.zh.long,
    noData: '无数据',
    levels: { nation: '全国', province: '省级', prefecture: '地级', county: '县级' },
    flags: {
      incomplete: '部分学校的报表缺失，此数字只覆盖本地区的一部分',
      over_100: '超过100%：外地或不在该年龄段的幼儿在本地入园',
      partial: '数据只覆盖本地区的一部分下级地区，此数字不代表全地区，不参与排名',
      remapped: '区划代码已调整，数据按现行代码归并',
    },
    listSeparator: '、',
    labelSeparator: '：',
    siblingsSummary: (count) => `同级地区（${count}个）`,
    clauseSeparator: '；',
    flagShort: {
      incomplete: '数据不完整',
      over_100: '超过100%',
      partial: '仅部分覆盖',
      remapped: '代码已调整',
    },
    flagNote: (short, long) => `${short}：${long}。`,
    meets: '达标',
    below: '未达标',
    partialStatus: '仅部分区县有数据，不作整体判断',
    noTarget: '无目标',
    loading: '正在加载……',
    loadError: (message) => `数据加载失败：${message}`,
    remapNote: (oldCode, oldName, change, into, year) =>
      `含按 ${oldCode} ${oldName} 填报的数据（${year}年${{ became: '改为', merged: '并入', moved: '划归', regrouped: '所属地区改为' }[change]}${into}）`,
    profileLabel: (name) => `${name}概况`,
    pathLabel: '所在位置',
    code: '区划代码',
    siblingsLabel: '同级地区',
    metricsHeading: (year) => `${year}年各项指标`,
    metricsCaption: (name, year) =>
      `${name}${year}年各项指标：数值、与目标的差距、同级排名、上级和全国数值`,
    colMetric: '指标',
    colValue: '数值',
    colTarget: '与目标差距',
    colRank: '同级排名',
    colParent: (name) => name,
    colNation: '全国',
    colNotes: '说明',
    rank: (rank, of) => `${rank} / ${of}`,
    rankLabel: (rank, of, parent) => `在${parent}的${of}个有数据的单位中排第${rank}`,
    targetLine: (difference, target, status) => `${difference}（目标${target}，${status}）`,
    inFocus: '当前指标',
    computedHeading: '每个数字是怎样算出来的',
    computedIntro: '比例指标一律为分子之和除以分母之和，不对下级比例求平均。',
    formula: '公式',
    numerator: '分子',
    denominator: '分母',
    result: '结果',
    cvComputation: '差异系数按各校数据计算（以在校生数加权），没有单一的分子和分母。',
    targetSource: '目标来源',
    howToRead: '怎么读',
    trendsHeading: '历年变化',
    focusTrendTitle: (metric, name) => `${name}：${metric}历年变化`,
    otherTrendsCaption: (year) => `各项指标历年走势：最早有数据的年份与${year}年相比`,
    trendTableSummary: '以表格查看图中数据',
    colYear: '年份',
    nationalReported: '全国公报（真实）',
    yearLabel: (year) => `${year}年`,
    reportedUnits: { count: '', yuan: '元', fraction: '' },
    colFirst: '最早',
    colLatest: '所选年份',
    colChange: '变化',
    colSparkline: '走势',
    neighboursHeading: '与相邻地区比较',
    neighboursCaption: (metric, year, higherIsBetter) =>
      `本地区与边界相接的地区${year}年${metric}，${higherIsBetter ? '从高到低' : '从低到高（越低越好）'}`,
    neighboursNone: '边界数据中没有与本地区相邻的单位。',
    neighboursUnavailable: '暂无本地区的边界数据，无法确定相邻地区。',
    colUnit: '地区',
    thisUnit: '本地区',
    reportedHeading: '公开报道的数字',
    reportedLabel: '公开报道',
    reportedIntro: '以下数字摘自公开文件，原文照录，并非本站计算结果，口径可能不同。',
    reportedNone: '本地区没有收录公开报道的数字。',
    reportedQuote: '原文',
    reportedCaveat: '说明',
    reportedSource: '出处',
    reportedRestored: (value) => `${value}？· 原文数字缺失`,
    reportedRestoredTitle: '复原的读数：原文的数字已缺失，此数值是推断，不是原文印出的数字',
    reportedMetric: {
      smart_blackboards_installed: '智慧黑板安装数',
      three_classrooms_sets_installed: '“三个课堂”设备套数',
      urban_rural_paired_schools: '城乡结对学校数',
      public_kindergartens_built_or_expanded: '新建和改扩建公办幼儿园数',
      kindergarten_classes_added: '新增幼儿园教学班数',
      kindergarten_places_added: '可增加学位数',
    },
    unknownUnit: '未知地区',
    gapHeading: (metric, parent, year, level) =>
      `${parent}各${panelStrings.zh.levelUnits[level]}${metric}缺口（${year}年）`,
    gapCaption: (metric, parent, year, level) =>
      `${parent}下辖各${panelStrings.zh.levelUnits[level]}${year}年${metric}：与目标的差距及达到目标还需的数量`,
    levelUnits: { nation: '全国', province: '省份', prefecture: '地市', county: '区县' },
    colCountiesBelow: '未达标区县',
    countiesBelowCell: (below, of) => `${below} / ${of}`,
    countiesTotals: (below, of) => `${of}个有数据的区县中${below}个未达标`,
    neededCountedAt: (rowLevel) =>
      rowLevel === 'county'
        ? '所需数量按区县逐个计算，各按本区县自己的人数或学校数。'
        : '所需数量按区县逐个计算：下辖低于目标的各区县（含有数据的功能区）缺口之和，各按本区县自己的人数或学校数，不与达标区县的富余相抵，所以可能大于按本单位总体比率算出的数。“未达标区县”列出低于目标的区县数和有数据的区县数。',
    countySwitch: (on, level) =>
      on ? `按${panelStrings.zh.levelUnits[level]}列出` : '列出全部区县',
    targetInput: '目标',
    targetInputPercent: '目标（%）',
    resetTarget: '恢复国家目标',
    targetFrom: (source) => `国家目标出自${source}`,
    cvMessage: (threshold) =>
      `差异系数衡量校际差异，不能用增加学位来弥补；表中列出高于达标线（${threshold}）的单位及差距，不计算所需数量。`,
    noTargetMessage: '此指标没有国家目标。可在上方输入一个目标，查看各单位的差距。',
    colStatus: '状态',
    colGap: '与目标差距',
    colNeeded: (noun) => `还需${noun.replace(/^[个名所]/, '')}数`,
    sortByGap: '按差距排序',
    totalsRow: '合计',
    totals: (below, of) => `${of}个有数据的单位中${below}个未达标`,
    neededTotal: (count, noun) => `共需${count}${noun}`,
    neededNoteGross: '所需数量按当前3—5岁常住人口计算：在人口不变时需要多入园的幼儿数。',
    neededNoteRatio: (denominator) => `所需数量按当前${denominator}计算（${denominator}不变）。`,
    missingHeading: (count) => `无数据的单位（${count}个）`,
    missingNote: '这些单位没有数据，既不算达标也不算未达标，未计入合计。',
    download: '下载表格（CSV）',
    downloadNote: '下载的是表中显示的各行，含数据状态列。',
    allMeet: '所有有数据的单位都已达标。',
  },
  en: {
    synthetic: SYNTHETIC_LABEL.en.short,
    syntheticNote: SYNTHETIC_LABEL.en.long,
    noData: 'No data',
    levels: { nation: 'Nation', province: 'Province', prefecture: 'Prefecture', county: 'County' },
    flags: {
      incomplete: "some schools' returns are missing, so this figure covers only part of the area",
      over_100: 'above 100 %: children from elsewhere or outside the age band attend here',
      partial:
        'the data cover only some of the units under it, so this figure is not the whole unit’s and is not ranked',
      remapped: 'the division code changed; figures were mapped to the current code',
    },
    listSeparator: ', ',
    labelSeparator: ': ',
    siblingsSummary: (count) => `Units at the same level (${count})`,
    clauseSeparator: '; ',
    flagShort: {
      incomplete: 'incomplete',
      over_100: 'above 100 %',
      partial: 'partial',
      remapped: 'remapped',
    },
    flagNote: (short, long) => `${short}: ${long}.`,
    meets: 'meets',
    partialStatus: 'returns for part of it only; not judged as a whole',
    below: 'below',
    noTarget: 'no target',
    loading: 'Loading…',
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
    colMetric: 'Metric',
    colValue: 'Value',
    colTarget: 'Distance to target',
    colRank: 'Rank',
    colParent: (name) => name,
    colNation: 'China',
    colNotes: 'Notes',
    rank: (rank, of) => `${rank} / ${of}`,
    rankLabel: (rank, of, parent) => `ranked ${rank} of ${of} units with data in ${parent}`,
    targetLine: (difference, target, status) => `${difference} (target ${target}, ${status})`,
    inFocus: 'in focus',
    computedHeading: 'How each number was computed',
    computedIntro:
      'Every ratio is the sum of numerators divided by the sum of denominators; rates of sub-units are never averaged.',
    formula: 'Formula',
    numerator: 'Numerator',
    denominator: 'Denominator',
    result: 'Result',
    cvComputation:
      "A balance coefficient is computed from every school's figures (weighted by students); it has no single numerator and denominator.",
    targetSource: 'Target source',
    howToRead: 'How to read it',
    trendsHeading: 'Over the years',
    focusTrendTitle: (metric, name) => `${name}: ${metric} over the years`,
    otherTrendsCaption: (year) =>
      `Every metric over the years: the first year with data against ${year}`,
    trendTableSummary: 'Show the chart’s numbers as a table',
    colYear: 'Year',
    nationalReported: 'National bulletin (real)',
    yearLabel: (year) => String(year),
    reportedUnits: { count: '', yuan: ' yuan', fraction: '' },
    colFirst: 'First',
    colLatest: 'Selected year',
    colChange: 'Change',
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
      `${metric}: gaps in the ${panelStrings.en.levelUnits[level]} of ${parent}, ${year}`,
    gapCaption: (metric, parent, year, level) =>
      `${metric} in the ${panelStrings.en.levelUnits[level]} of ${parent}, ${year}: distance to the target and what would close it`,
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
    countySwitch: (on, level) =>
      on ? `List by ${panelStrings.en.levelUnits[level]}` : 'List every county',
    targetInput: 'Target',
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
  },
};
