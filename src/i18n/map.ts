// Every string the map shows to people, in both languages.

import type { ClassMethod } from '../map/classify/types';
import { SYNTHETIC_LABEL } from './synthetic';

export interface MapStrings {
  /** aria-label of the map region; {metric} and {region} are filled in. */
  mapLabel: string;
  keyboardHelp: string;
  noData: string;
  outside: string;
  meetsTarget: string;
  belowTarget: string;
  improved: string;
  worsened: string;
  methods: Record<ClassMethod, string>;
  legendTitle: string;
  districts: (count: number) => string;
  /** Units with data but no area on the map (functional zones), named. */
  withoutArea: (names: string) => string;
  nameSeparator: string;
  rank: (rank: number, of: number, parent: string) => string;
  vsParent: (parent: string) => string;
  vsTarget: string;
  target: string;
  flags: Record<string, string>;
  synthetic: string;
  notice: string;
  boundarySource: string;
  loading: string;
  loadError: string;
  zoomIn: string;
  zoomOut: string;
  focused: (name: string, value: string) => string;
}

export const mapStrings: Record<'zh' | 'en', MapStrings> = {
  zh: {
    mapLabel: '{metric}地图：{region}',
    keyboardHelp: '方向键在地区间移动，回车进入下一级，Esc 返回上一级，+ 和 − 缩放',
    noData: '无数据',
    outside: '不在数据范围内',
    meetsTarget: '达标',
    belowTarget: '未达标',
    improved: '改善',
    worsened: '退步',
    methods: {
      quantile: '分位数分级',
      'equal-interval': '等间距分级',
      jenks: '自然断点分级',
      threshold: '按目标分级',
      fixed: '固定分段',
    },
    legendTitle: '图例',
    districts: (count) => `${count}个地区`,
    withoutArea: (names) => `有数据但地图上没有区域（功能区无官方边界），见排名和表格：${names}`,
    nameSeparator: '、',
    rank: (rank, of, parent) => `${parent}第${rank}名（共${of}个）`,
    vsParent: (parent) => `比${parent}`,
    vsTarget: '比目标',
    target: '目标',
    flags: {
      incomplete: '数据不完整',
      over_100: '超过100%（含外地或超龄幼儿）',
      partial: '仅部分覆盖：只含有数据的下级地区',
      remapped: '代码已按新区划调整',
    },
    synthetic: SYNTHETIC_LABEL.zh.long,
    notice:
      '本图边界仅为示意，不代表权威界线；公开出版的中国地图须使用经审核的标准地图（审图号）。',
    boundarySource: '边界来源：',
    loading: '地图加载中…',
    loadError: '地图加载失败',
    zoomIn: '放大',
    zoomOut: '缩小',
    focused: (name, value) => `${name}：${value}`,
  },
  en: {
    mapLabel: 'Map of {metric}: {region}',
    keyboardHelp:
      'Arrow keys move between areas, Enter opens the next level, Escape goes up, + and − zoom',
    noData: 'No data',
    outside: 'Outside the data',
    meetsTarget: 'Meets target',
    belowTarget: 'Below target',
    improved: 'Improved',
    worsened: 'Worsened',
    methods: {
      quantile: 'Quantiles',
      'equal-interval': 'Equal intervals',
      jenks: 'Natural breaks',
      threshold: 'By target',
      fixed: 'Fixed bins',
    },
    legendTitle: 'Legend',
    // The legend counts provinces, prefectures or counties alike: a word that fits all three.
    districts: (count) => `${count} ${count === 1 ? 'area' : 'areas'}`,
    withoutArea: (names) =>
      `With data but no area on the map (functional zones have no official boundary); see the ranking and table: ${names}`,
    nameSeparator: ', ',
    rank: (rank, of, parent) => `Rank ${rank} of ${of} in ${parent}`,
    vsParent: (parent) => `vs ${parent}`,
    vsTarget: 'vs target',
    target: 'Target',
    flags: {
      incomplete: 'Incomplete data',
      over_100: 'Above 100% (children from elsewhere or over-age)',
      partial: 'Partial coverage: only the units with data',
      remapped: 'Code remapped to the current division',
    },
    synthetic: SYNTHETIC_LABEL.en.long,
    notice:
      'Boundaries are illustrative, not an authoritative delineation; a map published in China needs an approved standard base map (审图号).',
    boundarySource: 'Boundary source: ',
    loading: 'Loading map…',
    loadError: 'The map could not be loaded',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    focused: (name, value) => `${name}: ${value}`,
  },
};
