// Public entry of the charts: layouts (pure), renderers, and the elements
// (importing this module defines <edu-ranking>, <edu-trend>, <edu-scatter>,
// <edu-compare> and <edu-change>).

export type { ChartScene, Mark, RectMark, LineMark, TextMark, PathMark, CircleMark } from './scene';
export type { ChartFrameInput } from './frame';
export { renderSvgString } from './render-svg-string';
export { renderSceneLit } from './render-lit';
export { ChartElement, EDU_SELECT, type EduSelectDetail } from './chart-element';
export { ResizeController } from './resize-controller';
export { layoutRanking, type RankingInput, type RankingUnit } from './ranking/layout';
export { layoutTrend, type TrendInput, type TrendSeries } from './trend/layout';
export { layoutScatter, type ScatterInput, type ScatterUnit } from './scatter/layout';
export { layoutCompare, type CompareInput, type CompareDistrict } from './compare/layout';
export { layoutChange, type ChangeInput, type ChangeUnit } from './change/layout';
export { EduRanking } from './ranking/element';
export { EduTrend } from './trend/element';
export { EduScatter } from './scatter/element';
export { EduCompare } from './compare/element';
export { EduChange } from './change/element';
