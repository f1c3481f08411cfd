// The state of the atlas that a URL can hold is a view (src/view/spec.ts).
// Everything else (data, focus, menus) is derived or local to an element.

export {
  CHART_KINDS,
  CLASS_PARAMS,
  MAX_SELECTED,
  VIEWS,
  DEFAULT_VIEW as DEFAULT_STATE,
  type ChartKind,
  type ClassParam,
  type View,
  type ViewSpec as AtlasState,
} from '../view/spec';
