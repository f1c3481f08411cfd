import type { ClassMethod } from '../../map/classify/types';
import type { MapStrings } from '../types/map';
import { strings as chart } from './charts';
import { strings as coverage } from './coverage';
import { strings as synthetic } from './synthetic';

/** The name of each way of classing the map (the class selector says them too). */
export const CLASS_NAMES: Record<ClassMethod, string> = {
  quantile: '分位数',
  'equal-interval': '等间距',
  jenks: '自然断点',
  threshold: '按目标',
  fixed: '固定分段',
};

export const strings: MapStrings = {
  mapLabel: '{metric}地图：{region}',
  keyboardHelp: '方向键在地区间移动，回车进入下一级，Esc 返回上一级，+ 和 − 缩放',
  noData: chart.missing,
  outside: coverage.outside,
  meetsTarget: '达标',
  belowTarget: '未达标',
  improved: '改善',
  worsened: '退步',
  // The legend says 分级 after a method's name; 固定分段 already says it.
  methods: {
    quantile: `${CLASS_NAMES.quantile}分级`,
    'equal-interval': `${CLASS_NAMES['equal-interval']}分级`,
    jenks: `${CLASS_NAMES.jenks}分级`,
    threshold: `${CLASS_NAMES.threshold}分级`,
    fixed: CLASS_NAMES.fixed,
  },
  legendTitle: '图例',
  districts: (count) => `${count}个地区`,
  withoutArea: (names) => `有数据但地图上没有区域（功能区无官方边界），见排名和表格：${names}`,
  nameSeparator: '、',
  rank: (rank, of, parent) => `${parent}第${rank}名（共${of}个）`,
  vsParent: (parent) => `比${parent}`,
  vsTarget: '比目标',
  target: chart.target,
  flags: {
    incomplete: coverage.flags.incomplete,
    over_100: `${coverage.flags.over_100}（含外地或超龄幼儿）`,
    partial: `${coverage.flags.partial}：只含有数据的下级地区`,
    remapped: `${coverage.flags.remapped}（按现行区划）`,
  },
  synthetic: synthetic.long,
  notice: '本图边界仅为示意，不代表权威界线；公开出版的中国地图须使用经审核的标准地图（审图号）。',
  boundarySource: '边界来源：',
  loading: '地图加载中…',
  loadError: '地图加载失败',
  zoomIn: '放大',
  zoomOut: '缩小',
  focused: (name, value) => `${name}：${value}`,
};
